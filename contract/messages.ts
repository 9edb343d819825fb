// Error messages for the router's results, from the same locale files as the renderer.
import errorsEn from '../resources/locales/en/errors.json' with { type: 'json' };
import errorsFr from '../resources/locales/fr/errors.json' with { type: 'json' };
import type { ErrorCode } from './errors.js';
import type { Language } from './schemas/common.js';

const catalogues: Record<Language, Record<string, string>> = { fr: errorsFr, en: errorsEn };

export const errorMessage = (code: ErrorCode, language: Language = 'fr'): string => catalogues[language][code] ?? catalogues.fr[code] ?? code;
