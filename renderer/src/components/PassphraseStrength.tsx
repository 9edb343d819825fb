// Live strength meter of a new passphrase, with the same verdict the backend enforces (checkPassphrase).
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPassphrase, PASSPHRASE_MIN_LENGTH, PASSPHRASE_MIN_SCORE } from '../../../contract/passphrasePolicy';

const LEVELS = ['veryWeak', 'weak', 'fair', 'good', 'strong'] as const;

export function PassphraseStrength({ id, value }: { id: string; value: string }) {
  const { t, i18n } = useTranslation();
  // zxcvbn takes a few milliseconds: let typing stay fluid.
  const deferred = useDeferredValue(value);
  const verdict = useMemo(() => (deferred ? checkPassphrase(deferred) : null), [deferred]);
  const score = verdict?.score ?? 0;
  const level = LEVELS[score] ?? 'veryWeak';
  const length = [...deferred].length;

  return (
    <div id={id} className="strength">
      <p className="field-hint">{t('passphrase.rule', { min: PASSPHRASE_MIN_LENGTH, score: PASSPHRASE_MIN_SCORE })}</p>
      <div className={`strength-bar strength-${verdict ? level : 'empty'}`} aria-hidden="true">
        {[1, 2, 3, 4].map((n) => (
          <span key={n} className={verdict && score >= n ? 'on' : ''} />
        ))}
      </div>
      <p className="strength-label" aria-live="polite">
        {verdict
          ? t('passphrase.strength', { level: t(`passphrase.levels.${level}`), score, length })
          : t('passphrase.strengthEmpty')}
        {verdict ? <strong className={verdict.ok ? 'strength-ok' : 'strength-ko'}> {verdict.ok ? t('passphrase.enough') : t('passphrase.notEnough')}</strong> : null}
      </p>
      {/* zxcvbn's hints come in French only. */}
      {verdict && !verdict.ok && verdict.suggestions.length > 0 && i18n.language.startsWith('fr') ? (
        <ul className="strength-hints">
          {verdict.suggestions.slice(0, 3).map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
