// The words of the documents the backend prints (minutes, certificates), from the locale files the
// renderer also bundles: resources/locales/{fr,en}/documents.json, French first.
import documentsEn from '../../resources/locales/en/documents.json' with { type: 'json' };
import documentsFr from '../../resources/locales/fr/documents.json' with { type: 'json' };

export type DocumentLanguage = 'fr' | 'en';
export type DocumentStrings = typeof documentsFr;

// Typed against the French file: an English file missing a key does not compile.
const catalogues: Record<DocumentLanguage, DocumentStrings> = { fr: documentsFr, en: documentsEn };

export const documentStrings = (language: DocumentLanguage): DocumentStrings => catalogues[language] ?? catalogues.fr;

/** The locale for dates in each language: Belgian French, British English (day before month). */
export const DATE_LOCALE: Record<DocumentLanguage, string> = { fr: 'fr-BE', en: 'en-GB' };

/** Replaces i18next-style {{name}} placeholders; an unknown name stays visible rather than vanish. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
