// Downloads a signature's certificate: the PDF and the signature record file beside it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { errorText } from '../../api/errors';
import { WorkInProgress } from '../../components/WorkInProgress';
import { downloadBase64 } from '../../lib/download';
import { downloadText } from '../roster/csvFiles';

export function CertificateButton({ signatureId, name, onMessage }: { signatureId: string; name: string; onMessage(text: string): void }) {
  const { t } = useTranslation('charter');
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        className="link-button"
        disabled={busy}
        aria-busy={busy}
        onClick={async () => {
          setBusy(true);
          try {
            const cert = await request('charter.certificate', { id: signatureId });
            downloadBase64(cert.pdf.fileName, cert.pdf.base64, 'application/pdf');
            downloadText(cert.record.fileName, cert.record.content, 'application/json');
            onMessage(t('certificate.done', { pdf: cert.pdf.fileName, record: cert.record.fileName }));
          } catch (error) {
            onMessage(errorText(t, error));
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? t('certificate.busy') : t('certificate.button')}
        <span className="visually-hidden"> — {name}</span>
      </button>
      <WorkInProgress active={busy} label={t('certificate.progress')} />
    </>
  );
}
