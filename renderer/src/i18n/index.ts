// i18next set-up: every namespace of resources/locales/{fr,en}/*.json is bundled at build time
// (no loading over the network), French by default, English available.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['fr', 'en'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];

type Catalogue = Record<string, unknown>;
const files = import.meta.glob<Catalogue>('../../../resources/locales/*/*.json', { eager: true, import: 'default' });

const resources: Record<string, Record<string, Catalogue>> = {};
for (const [file, catalogue] of Object.entries(files)) {
  const match = /\/locales\/([a-z]{2})\/([A-Za-z0-9_-]+)\.json$/.exec(file);
  if (!match) continue;
  const [, language, namespace] = match as unknown as [string, string, string];
  (resources[language] ??= {})[namespace] = catalogue;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: 'fr',
  fallbackLng: 'fr',
  supportedLngs: [...LANGUAGES],
  ns: Object.keys(resources.fr ?? {}),
  defaultNS: 'ui',
  interpolation: { escapeValue: false },
  initAsync: false,
});

// Keep <html lang> right for screen readers and hyphenation.
const syncHtmlLang = (language: string) => document.documentElement.setAttribute('lang', language.startsWith('en') ? 'en' : 'fr');
syncHtmlLang(i18n.language);
i18n.on('languageChanged', syncHtmlLang);

export const currentLanguage = (): UiLanguage => (i18n.language?.startsWith('en') ? 'en' : 'fr');
