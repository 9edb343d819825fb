// A checked text with each finding in a <mark> that says its kind in words (not colour alone).
// Shared by every screen that runs the anonymisation check (situations, minutes).
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckedFinding } from '../../../../contract/types/situations';
import './anonymisation.css';

export function HighlightedText({ text, findings }: { text: string; findings: CheckedFinding[] }) {
  const { t } = useTranslation('anonymisation');
  const parts: React.ReactNode[] = [];
  let at = 0;
  findings.forEach((f, index) => {
    if (f.start < at) return;
    parts.push(<Fragment key={`t${index}`}>{text.slice(at, f.start)}</Fragment>);
    parts.push(
      <mark key={`m${index}`} className={f.overridden ? 'finding finding--kept' : 'finding'}>
        {text.slice(f.start, f.end)}
        <span className="finding-kind">
          {' '}[{t(`kinds.${f.kind}`)}
          {f.overridden ? `, ${t('finding.kept')}` : ''}]
        </span>
      </mark>,
    );
    at = f.end;
  });
  parts.push(<Fragment key="end">{text.slice(at)}</Fragment>);
  return <p className="checked-text">{parts}</p>;
}
