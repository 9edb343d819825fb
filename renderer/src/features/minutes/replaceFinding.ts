// Replacing a finding by its suggestion in the editor's text: where the check found it if the text
// is still the one checked, else its nearest occurrence; null when it is no longer there.
// (No imports: the unit tests load it under Node's module rules.)

/** The part of a CheckedFinding that says where it is and what replaces it. */
interface Placed {
  start: number;
  end: number;
  text: string;
  suggestion: string;
}

export function replaceFinding(body: string, finding: Placed): string | null {
  const { start, end, text, suggestion } = finding;
  if (body.slice(start, end) === text) return body.slice(0, start) + suggestion + body.slice(end);
  let best = -1;
  for (let at = body.indexOf(text); at !== -1; at = body.indexOf(text, at + 1)) {
    if (best === -1 || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  return best === -1 ? null : body.slice(0, best) + suggestion + body.slice(best + text.length);
}
