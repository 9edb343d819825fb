// Text helpers shared by the detectors. Offsets stay UTF-16 offsets into the original text:
// folding maps each code unit to one code unit, so a match in the folded text is a match in the text.

const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    const lower = (ch.normalize('NFD')[0] ?? ch).toLowerCase();
    folded = lower.length === 1 ? lower : ch;
    if (foldedChars.size < 10_000) foldedChars.set(ch, folded);
  }
  return folded;
}

// The detectors of one check fold and tokenize the same text: the last result is kept (one entry each).
let lastFolded: { text: string; folded: string } | undefined;
let lastTokens: { text: string; tokens: Token[] } | undefined;

/** Lower case without accents, same length as the input (one code unit in, one out). */
export function fold(text: string): string {
  if (lastFolded?.text === text) return lastFolded.folded;
  const folded = foldUncached(text);
  if (text.length > 200) lastFolded = { text, folded };
  return folded;
}

function foldUncached(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Plain ASCII needs no normalisation; surrogate halves (astral characters) are kept as they are.
    if (code < 0x80) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    else if (code >= 0xd800 && code <= 0xdfff) out += text[i];
    else out += foldChar(text[i] as string);
  }
  return out;
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for a phrase in folded text: whole words, any run of spaces or hyphens between its words. */
export function phrasePattern(phrase: string): string | null {
  const words = fold(phrase.trim()).split(/[\s\u00a0-]+/u).filter(Boolean);
  if (words.length === 0) return null;
  // Combining marks may follow any letter: a text pasted in decomposed form (NFD) still matches.
  const word = (w: string): string => [...w].map((ch) => `${escapeRegExp(ch)}\\p{M}*`).join('');
  // The first character, then the look-behind before it (the same condition as a look-behind in front, since that
  // character is known): the engine can skip to each occurrence of the character instead of testing every position.
  const first = escapeRegExp([...(words[0] as string)][0] as string);
  return `${first}(?<![\\p{L}\\p{N}\\p{M}]${first})${words.map(word).join('[\\s\\u00a0-]+').slice(first.length)}(?![\\p{L}\\p{N}\\p{M}])`;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words made of letters, joined by hyphens ("Jean-Pierre", "Braine-l"); apostrophes split ("d'Emma" → "d", "Emma").
// Except a name like "N'Diaye", "O'Neil", "D'Hondt": one capital, an apostrophe, a capital.
const WORD = /(?:[NODM]['’](?=\p{Lu}))?\p{L}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*\.?/gu;

/** The words of a text, with a trailing full stop kept only for abbreviations the name detectors need ("M.", "Dr."). */
export function tokenize(text: string): Token[] {
  if (lastTokens?.text === text) return lastTokens.tokens;
  const tokens: Token[] = [];
  lastTokens = { text, tokens };
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    if (word.endsWith('.') && !/^(?:M|Mr|Mme|Mlle|Dr|Me|St|Ste|av|bd)\.$/u.test(word)) word = word.slice(0, -1);
    tokens.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return tokens;
}

/** True when the word starts with a–z: most words of a text, answered without a regular expression. */
const startsAsciiLower = (word: string): boolean => {
  const code = word.charCodeAt(0);
  return code >= 97 && code <= 122;
};

export const isCapitalised = (word: string): boolean => !startsAsciiLower(word) && (/^\p{Lu}(?:['’]\p{Lu})?\p{Ll}/u.test(word) || /^\p{Lu}$/u.test(word));
export const isAllCaps = (word: string): boolean => word.length >= 2 && !startsAsciiLower(word) && /^[\p{Lu}-]+$/u.test(word);
/** The word starts with a lower-case letter (\p{Ll}). */
export const startsLowerCase = (word: string): boolean => startsAsciiLower(word) || /^\p{Ll}/u.test(word);

/** True when the character before `index` (spaces, quotes, brackets and dashes skipped) ends a sentence, or there is none. */
export function startsSentence(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s"«»“”'‘’(\[—–-]/u.test(text[i] ?? '')) i--;
  if (i < 0) return true;
  const ch = text[i] ?? '';
  return /[.!?:;…•*]/u.test(ch) || /\n/.test(text.slice(i + 1, index));
}

/** The text from the start of the sentence holding `index` up to `index`. */
export function sentenceBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n'), before.lastIndexOf('; '));
  return before.slice(cut + 1);
}
