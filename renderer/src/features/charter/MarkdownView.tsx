// Markdown rendered as React elements (no raw HTML is ever injected): the charter, the minutes.
import Markdown, { type Components } from 'react-markdown';

const LEVELS = [1, 2, 3, 4, 5, 6] as const;

/** The text's headings moved down so that they sit under the page's own (h1 of the text → h{base}). */
function shiftedHeadings(base: number): Components {
  return Object.fromEntries(LEVELS.map((level) => [`h${level}`, `h${Math.min(6, level + base - 1)}`])) as Components;
}

export function MarkdownView({ text, headingBase = 1 }: { text: string; headingBase?: number }) {
  return (
    <div className="charter-markdown">
      <Markdown skipHtml components={headingBase > 1 ? shiftedHeadings(headingBase) : undefined}>
        {text}
      </Markdown>
    </div>
  );
}
