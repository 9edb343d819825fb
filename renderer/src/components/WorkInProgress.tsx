// Long work under way (backup, restore, import, PDF, integrity check): a progress bar and, beside it,
// what is being done. The backend answers each call once (calls are queued, the work runs in one
// go), so the bar is indeterminate unless the caller knows real steps (value of max).
import { useEffect, useId, useState } from 'react';

/** Below this the work is over before a bar would help: showing one would only flash. */
export const PROGRESS_DELAY_MS = 300;

/** True once `active` has lasted `delayMs` (false again as soon as it ends). */
export function useShownAfter(active: boolean, delayMs = PROGRESS_DELAY_MS): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [active, delayMs]);
  return shown;
}

interface Props {
  active: boolean;
  /** What is being done, in words ("Copie chiffrée de la base…"). */
  label: string;
  /** Real progress only: step done out of max. Leave out for an indeterminate bar. */
  value?: number;
  max?: number;
}

export function WorkInProgress({ active, label, value, max }: Props) {
  const shown = useShownAfter(active);
  const id = useId();
  if (!shown) return null;
  return (
    <div className="work-progress" role="status" data-testid="work-progress">
      <progress aria-labelledby={id} {...(value !== undefined && max !== undefined ? { value, max } : {})} />
      <span id={id}>{label}</span>
    </div>
  );
}
