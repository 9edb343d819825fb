// The recovery key, shown once right after the workspace is created: copy it, print it, confirm it is safe.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicLayout } from '../app/PublicLayout';
import { StatusMessage } from '../components/ErrorAlert';
import { FieldError, errorIdOf } from '../components/FieldError';
import { formatDateTime } from '../lib/format';
import type { CreatedWorkspaceInfo } from './CreateWorkspaceScreen';

interface Props {
  info: CreatedWorkspaceInfo;
  mode: 'electron' | 'browser';
  onDone(): void;
}

export function RecoveryKeyScreen({ info, mode, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState(false);
  const [missingConfirm, setMissingConfirm] = useState(false);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const groups = info.recoveryKey.split('-');
  const checkboxId = 'recovery-saved';

  useEffect(() => headingRef.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(info.recoveryKey);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  const proceed = () => {
    if (!saved) {
      setMissingConfirm(true);
      document.getElementById(checkboxId)?.focus();
      return;
    }
    onDone();
  };

  return (
    <PublicLayout mode={mode}>
      <h1 ref={headingRef} tabIndex={-1} className="screen-only">
        {t('recovery.title')}
      </h1>
      <div className="screen-only">
        <p className="lead">{t('recovery.intro')}</p>
        <p className="notice notice-warning">
          <strong>{t('recovery.onceTitle')}</strong> {t('recovery.once')}
        </p>
      </div>

      {/* The only part that prints: the key, the group and the date. */}
      <section className="printable recovery-card" aria-labelledby="recovery-key-label">
        <p className="print-only print-title">{t('recovery.printTitle')}</p>
        <p className="recovery-meta">
          {t('recovery.group')} <strong>{info.groupName}</strong>
          <br />
          {t('recovery.createdOn', { date: formatDateTime(info.createdAt, i18n.language) })}
        </p>
        <h2 id="recovery-key-label" className="recovery-key-label">
          {t('recovery.keyLabel')}
        </h2>
        <p className="recovery-key" data-testid="recovery-key">
          {groups.map((group, index) => (
            <span key={index} className="recovery-group">
              {group}
            </span>
          ))}
        </p>
        <p className="print-only small">{t('recovery.printNote')}</p>
      </section>

      <div className="screen-only">
        <div className="button-row">
          <button type="button" className="button-secondary" onClick={() => void copy()}>
            {t('recovery.copy')}
          </button>
          <button type="button" className="button-secondary" onClick={() => window.print()}>
            {t('recovery.print')}
          </button>
        </div>
        <StatusMessage className={copyState === 'failed' ? 'status-error' : undefined}>
          {copyState === 'copied' ? t('recovery.copied') : copyState === 'failed' ? t('recovery.copyFailed') : null}
        </StatusMessage>

        <h2>{t('recovery.whatForTitle')}</h2>
        <ul className="plain-list">
          <li>{t('recovery.whatFor1')}</li>
          <li>{t('recovery.whatFor2')}</li>
          <li>{t('recovery.whatFor3')}</li>
        </ul>

        <div className="checkbox-field confirm-box">
          <input
            id={checkboxId}
            type="checkbox"
            checked={saved}
            onChange={(event) => {
              setSaved(event.target.checked);
              if (event.target.checked) setMissingConfirm(false);
            }}
            aria-invalid={missingConfirm ? true : undefined}
            aria-describedby={missingConfirm ? errorIdOf(checkboxId) : undefined}
          />
          <label htmlFor={checkboxId}>{t('recovery.savedCheckbox')}</label>
        </div>
        <FieldError fieldId={checkboxId} messageKey={missingConfirm ? 'recovery.savedRequired' : undefined} />
        <div className="form-actions">
          <button type="button" className="button-primary" onClick={proceed}>
            {t('recovery.continue')}
          </button>
        </div>
      </div>
    </PublicLayout>
  );
}
