// i18next set-up: the locale files of resources/locales/{fr,en}/*.json are bundled at build time
// (no loading over the network). The unlock screen's namespaces in French come with the first
// script; every other namespace, and English, is its own small chunk, loaded before it is shown.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['fr', 'en'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];

type Catalogue = Record<string, unknown>;
/** What the screens before unlocking show (creation, unlock, recovery, restore, problems). */
const FIRST_SCREEN_NAMESPACES = ['ui', 'safety'] as const;

const eager = import.meta.glob<Catalogue>(['../../../resources/locales/fr/{ui,safety}.json'], { eager: true, import: 'default' });
const lazy = import.meta.glob<Catalogue>(['../../../resources/locales/*/*.json', '!../../../resources/locales/fr/{ui,safety}.json'], { import: 'default' });

const parts = (file: string): [string, string] | null => {
  const match = /\/locales\/([a-z]{2})\/([A-Za-z0-9_-]+)\.json$/.exec(file);
  return match ? [match[1] as string, match[2] as string] : null;
};

const allNamespaces = [...new Set([...Object.keys(eager), ...Object.keys(lazy)].map((file) => parts(file)?.[1]).filter((ns): ns is string => Boolean(ns)))];

const resources: Record<string, Record<string, Catalogue>> = {};
for (const [file, catalogue] of Object.entries(eager)) {
  const found = parts(file);
  if (found) (resources[found[0]] ??= {})[found[1]] = catalogue;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: 'fr',
  fallbackLng: 'fr',
  supportedLngs: [...LANGUAGES],
  ns: [...FIRST_SCREEN_NAMESPACES],
  defaultNS: 'ui',
  partialBundledLanguages: true,
  interpolation: { escapeValue: false },
  initAsync: false,
  react: { useSuspense: false },
});

const loaded = new Map<string, Promise<void>>();

/** Loads some namespaces of a language now (each file once). */
function loadBundles(lng: string, only?: readonly string[]): Promise<void> {
  return Promise.all(
    Object.entries(lazy)
      .filter(([file]) => parts(file)?.[0] === lng && (!only || only.includes(parts(file)?.[1] ?? '')))
      .map(async ([file, load]) => {
        const [, ns] = parts(file) as [string, string];
        if (!i18n.hasResourceBundle(lng, ns)) i18n.addResourceBundle(lng, ns, await load(), true, true);
      }),
  ).then(() => undefined);
}

// Error and validation messages: fetched at once, right after the first screen is up (a few ms from
// local files), so that they are there before anyone can submit a form.
const errorsReady = loadBundles('fr', ['errors', 'validation']);

/** Loads every namespace of a language (and French, the fallback) once; resolves when they are usable. */
export function loadLanguage(language: UiLanguage): Promise<void> {
  const languages = language === 'fr' ? ['fr'] : ['fr', language];
  return Promise.all(
    languages.map((lng) => {
      let done = loaded.get(lng);
      if (!done) {
        done = errorsReady.then(() => loadBundles(lng));
        loaded.set(lng, done);
      }
      return done;
    }),
  ).then(() => {
    i18n.options.ns = allNamespaces;
  });
}

/** Switches the interface's language once its files are loaded. */
export async function switchLanguage(language: UiLanguage): Promise<void> {
  await loadLanguage(language);
  if (!i18n.language.startsWith(language)) await i18n.changeLanguage(language);
}

// Keep <html lang> right for screen readers and hyphenation.
const syncHtmlLang = (language: string) => document.documentElement.setAttribute('lang', language.startsWith('en') ? 'en' : 'fr');
syncHtmlLang(i18n.language);
i18n.on('languageChanged', syncHtmlLang);

export const currentLanguage = (): UiLanguage => (i18n.language?.startsWith('en') ? 'en' : 'fr');
