import type { FindingKind } from '../schemas/anonymisation.js';

/** One identifier found in a text: where it is (UTF-16 offsets, end exclusive), what kind, and what to put instead. */
export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
  text: string;
  suggestion: string;
}
