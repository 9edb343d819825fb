// Minimum passphrase strength, enforced in the main process and shown live in the forms.
// zxcvbn-ts with the French dictionaries: length alone is not strength ("motdepasse1234").
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as fr from '@zxcvbn-ts/language-fr';

export const PASSPHRASE_MIN_LENGTH = 12;
export const PASSPHRASE_MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...fr.dictionary },
    graphs: common.adjacencyGraphs,
    translations: fr.translations,
  });
  return factory;
}

export interface PassphraseVerdict {
  ok: boolean;
  /** 0 (very weak) to 4 (very strong). */
  score: number;
  /** i18n key of the reason when not ok. */
  messageKey?: 'validation.passphraseTooShort' | 'validation.passphraseWeak';
  /** zxcvbn's own French hints, if any. */
  suggestions: string[];
}

export function checkPassphrase(passphrase: string, userInputs: string[] = []): PassphraseVerdict {
  const result = estimator().check(passphrase.slice(0, 256), userInputs.filter(Boolean));
  const suggestions = [result.feedback.warning, ...result.feedback.suggestions].filter((x): x is string => Boolean(x));
  if ([...passphrase].length < PASSPHRASE_MIN_LENGTH) return { ok: false, score: result.score, messageKey: 'validation.passphraseTooShort', suggestions };
  if (result.score < PASSPHRASE_MIN_SCORE) return { ok: false, score: result.score, messageKey: 'validation.passphraseWeak', suggestions };
  return { ok: true, score: result.score, suggestions };
}
