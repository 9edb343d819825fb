// Acronyms of the field (SAJ, SPJ, AMO, CPAS, AVIQ…) with their expansion from the glossary
// (channel reference.get): a native <abbr title>, plus a tooltip shown on hover and on keyboard focus,
// announced as the description of the acronym.
import { Fragment, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '../../../contract/reference/glossary';
import { useReference } from '../api/queries';

function useGlossary(): Map<string, GlossaryEntry> {
  const reference = useReference();
  return useMemo(() => new Map((reference.data?.glossary ?? []).map((entry) => [entry.acronym, entry])), [reference.data]);
}

const expansionOf = (entry: GlossaryEntry, language: string) => (language.startsWith('en') ? entry.en : entry.fr);

interface AcronymProps {
  code: string;
  /** Make it reachable with Tab so keyboard users can read the expansion (default true). */
  focusable?: boolean;
}

export function Acronym({ code, focusable = true }: AcronymProps) {
  const { i18n } = useTranslation();
  const glossary = useGlossary();
  const tipId = useId();
  const entry = glossary.get(code.toUpperCase());
  if (!entry) return <>{code}</>;
  const expansion = expansionOf(entry, i18n.language);
  return (
    <span className="acronym">
      <abbr title={expansion} tabIndex={focusable ? 0 : undefined} aria-describedby={tipId}>
        {code}
      </abbr>
      <span role="tooltip" id={tipId} className="acronym-tip">
        {expansion}
      </span>
    </span>
  );
}

/** A text with every known acronym wrapped in <Acronym> ("Éducateur au SAJ de Nivelles"). */
export function AcronymText({ text, focusable = false }: { text: string; focusable?: boolean }) {
  const glossary = useGlossary();
  const parts = useMemo(() => {
    if (glossary.size === 0) return [text];
    const alternatives = [...glossary.keys()].sort((a, b) => b.length - a.length).join('|');
    // Whole words only, in capitals as written: "one" in a sentence is not the ONE.
    return text.split(new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, 'u'));
  }, [glossary, text]);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? <Acronym key={index} code={part} focusable={focusable} /> : <Fragment key={index}>{part}</Fragment>,
      )}
    </>
  );
}
