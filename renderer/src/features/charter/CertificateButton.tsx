// Downloads a signature's certificate: the PDF and the signature record file beside it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { errorText } from '../../api/errors';
import { downloadBlob } from '../../lib/download';
import { downloadText } from '../roster/csvFiles';

function downloadBase64(fileName: string, base64: string, type: string): void {
  downloadBlob(fileName, new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type }));
}

export function CertificateButton({ signatureId, name, onMessage }: { signatureId: string; name: string; onMessage(text: string): void }) {
  const { t } = useTranslation('charter');
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="link-button"
      disabled={busy}
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
      {t('certificate.button')}
      <span className="visually-hidden"> — {name}</span>
    </button>
  );
}
