// A scrollable reader that reports once its whole content was shown (scrolled to the end,
// or short enough to fit). Focusable, so the keyboard can scroll it too.
import { useCallback, useEffect, useRef } from 'react';
import { MarkdownView } from './MarkdownView';

interface Props {
  text: string;
  label: string;
  onReadToEnd(): void;
}

export function ReadToEnd({ text, label, onReadToEnd }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const check = useCallback(() => {
    const box = ref.current;
    if (box && box.scrollTop + box.clientHeight >= box.scrollHeight - 4) onReadToEnd();
  }, [onReadToEnd]);
  useEffect(check, [check, text]);
  return (
    <div ref={ref} className="charter-reader" tabIndex={0} role="region" aria-label={label} onScroll={check}>
      <MarkdownView text={text} />
    </div>
  );
}
