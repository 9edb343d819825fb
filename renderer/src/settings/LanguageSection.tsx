// The account's language: saved with the account (account.setLanguage), applied at once.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../contract/types/app';
import { request } from '../api/client';
import { SETTINGS_KEY, setSessionInCache } from '../api/queries';
import { ErrorAlert, StatusMessage } from '../components/ErrorAlert';
import { LANGUAGES, switchLanguage, type UiLanguage } from '../i18n';

/** Each language is named in itself, so anyone can find their own. */
const NATIVE_NAMES: Record<UiLanguage, string> = { fr: 'Français', en: 'English' };

export function LanguageSection({ session }: { session: SessionInfo }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [language, setLanguage] = useState<UiLanguage>(session.language);
  const [done, setDone] = useState(false);
  const save = useMutation({
    mutationFn: (next: UiLanguage) => request('account.setLanguage', { language: next }),
    onSuccess: async (info) => {
      await switchLanguage(info.language);
      setSessionInCache(queryClient, info);
      void queryClient.invalidateQueries({ queryKey: SETTINGS_KEY });
      setDone(true);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    save.mutate(language);
  };

  return (
    <section className="card" aria-labelledby="settings-language">
      <h2 id="settings-language">{t('settings.language.title')}</h2>
      <form onSubmit={submit} noValidate>
        <fieldset className="radio-group radio-inline" disabled={save.isPending}>
          <legend>{t('settings.language.legend')}</legend>
          {LANGUAGES.map((code) => (
            <div className="radio-option" key={code}>
              <input type="radio" id={`language-${code}`} name="language" value={code} checked={language === code} onChange={() => setLanguage(code)} />
              <label htmlFor={`language-${code}`} lang={code}>
                {NATIVE_NAMES[code]}
              </label>
            </div>
          ))}
        </fieldset>
        <ErrorAlert error={save.error} />
        <div className="form-actions">
          <button type="submit" className="button-secondary" disabled={save.isPending}>
            {t('settings.language.submit')}
          </button>
        </div>
        <StatusMessage>{done ? t('settings.language.done') : null}</StatusMessage>
      </form>
    </section>
  );
}
