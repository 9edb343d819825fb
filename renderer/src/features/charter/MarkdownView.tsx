// Charter text rendered from Markdown as React elements (no raw HTML is ever injected).
import Markdown from 'react-markdown';

export function MarkdownView({ text }: { text: string }) {
  return (
    <div className="charter-markdown">
      <Markdown skipHtml>{text}</Markdown>
    </div>
  );
}
