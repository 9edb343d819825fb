// What the layout engine draws: blocks of wrapped rich text and horizontal rules.
import type { FontStyle } from './fonts.js';

/** A run of text in one style; '\n' inside forces a line break. */
export interface Span {
  text: string;
  style?: FontStyle;
}

export interface TextBlock {
  kind: 'text';
  spans: Span[];
  /** Font size in points (default 10). */
  size?: number;
  /** Left indent in points, from the left margin. */
  indent?: number;
  /** Drawn in the indent, right-aligned against the text, on the first line (list bullets and numbers). */
  marker?: Span;
  /** A thin vertical bar in the indent, for block quotes. */
  bar?: boolean;
  /** Space before and after, in points; the space before is dropped at the top of a page. */
  gapBefore?: number;
  gapAfter?: number;
  /** 0 (black) to 1 (white). */
  grey?: number;
  align?: 'left' | 'center' | 'right';
  /** Do not leave this block alone at the bottom of a page (headings). */
  keepWithNext?: boolean;
  /** Start a new page for this block (unless already at the top of one). */
  pageBreakBefore?: boolean;
}

export interface RuleBlock {
  kind: 'rule';
  gapBefore?: number;
  gapAfter?: number;
}

export type Block = TextBlock | RuleBlock;

export const text = (value: string, options: Omit<TextBlock, 'kind' | 'spans'> & { style?: FontStyle } = {}): TextBlock => {
  const { style, ...rest } = options;
  return { kind: 'text', spans: [{ text: value, style }], ...rest };
};
