// Every version with its state, dates and fingerprint, and a word diff between any two.
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CharterDiff, CharterVersionSummary } from '../../../../contract/types/charter';
import { request } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../lib/format';

export function VersionHistory({ versions }: { versions: CharterVersionSummary[] }) {
  const { t, i18n } = useTranslation('charter');
  const id = useId();
  const older = versions[1]?.id ?? '';
  const newer = versions[0]?.id ?? '';
  // '' means the default pair (the two latest), which follows new versions as they come.
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [asked, setAsked] = useState<{ fromId: string; toId: string } | null>(null);
  const diff = useQuery({ queryKey: ['charter.diff', asked], queryFn: () => request('charter.diff', asked!), enabled: asked !== null });
  const day = (d: string | null) => (d ? formatDate(d, i18n.language) : '—');
  const option = (v: CharterVersionSummary) => (
    <option key={v.id} value={v.id}>
      {t('history.versionOption', { number: v.number, status: t(`versionStatus.${v.status}`) })}
    </option>
  );

  return (
    <section className="card" aria-labelledby="charter-history">
      <h2 id="charter-history">{t('history.heading')}</h2>
      {versions.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('history.version')}</th>
              <th scope="col">{t('history.status')}</th>
              <th scope="col">{t('history.adoptedOn')}</th>
              <th scope="col">{t('history.reviewDue')}</th>
              <th scope="col">{t('history.fingerprint')}</th>
              <th scope="col">{t('history.signatures')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id}>
                <th scope="row">{v.number}</th>
                <td>{t(`versionStatus.${v.status}`)}</td>
                <td>{day(v.adoptedOn)}</td>
                <td>{day(v.reviewDue)}</td>
                <td className="fingerprint">{v.fingerprint}</td>
                <td>{v.signatureCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {versions.length >= 2 ? (
        <form
          className="subsection"
          aria-labelledby={`${id}-compare`}
          onSubmit={(e) => {
            e.preventDefault();
            setAsked({ fromId: from || older, toId: to || newer });
          }}
        >
          <h3 id={`${id}-compare`}>{t('history.compare')}</h3>
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-from`}>{t('history.from')}</label>
              <select id={`${id}-from`} value={from || older} onChange={(e) => setFrom(e.target.value)}>
                {versions.map(option)}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>{t('history.to')}</label>
              <select id={`${id}-to`} value={to || newer} onChange={(e) => setTo(e.target.value)}>
                {versions.map(option)}
              </select>
            </div>
          </div>
          <button type="submit" className="button-secondary">
            {t('history.show')}
          </button>
          <ErrorAlert error={diff.error} />
          {diff.data ? <DiffView diff={diff.data} /> : null}
        </form>
      ) : null}
    </section>
  );
}

/** Added text is underlined with "+", removed text struck through with "−": readable without colour. */
function DiffView({ diff }: { diff: CharterDiff }) {
  const { t } = useTranslation('charter');
  const changed = diff.parts.some((p) => p.kind !== 'same');
  return (
    <section className="charter-diff" aria-labelledby="charter-diff-title">
      <h4 id="charter-diff-title">{t('history.diffHeading', { from: diff.from.number, to: diff.to.number })}</h4>
      <p className="field-hint">{t('history.legend')}</p>
      {changed ? (
        <div className="charter-diff-text" data-testid="charter-diff" tabIndex={0} role="region" aria-labelledby="charter-diff-title">
          {diff.parts.map((part, index) =>
            part.kind === 'added' ? (
              <ins key={index}>
                <span className="visually-hidden">{t('history.added')} </span>
                <span aria-hidden="true">+</span>
                {part.text}
              </ins>
            ) : part.kind === 'removed' ? (
              <del key={index}>
                <span className="visually-hidden">{t('history.removed')} </span>
                <span aria-hidden="true">−</span>
                {part.text}
              </del>
            ) : (
              <span key={index}>{part.text}</span>
            ),
          )}
        </div>
      ) : (
        <p>{t('history.noChange')}</p>
      )}
    </section>
  );
}
