// The controls of an anonymisation check, for a situation or minutes: the private words (for this
// check only), the button that runs it, and what went wrong or was just done.
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { PrivateWordsField } from './PrivateWordsField';

interface Props {
  id: string;
  privateWordsText: string;
  onPrivateWordsText(text: string): void;
  running: boolean;
  onRun(): void;
  runLabel: string;
  runningLabel: string;
  error: unknown;
  message: string;
}

export function CheckControls({ id, privateWordsText, onPrivateWordsText, running, onRun, runLabel, runningLabel, error, message }: Props) {
  return (
    <>
      <PrivateWordsField id={`${id}-private`} value={privateWordsText} onChange={onPrivateWordsText} />
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onRun} disabled={running}>
          {running ? runningLabel : runLabel}
        </button>
      </div>
      <ErrorAlert error={error} />
      <StatusMessage>{message}</StatusMessage>
    </>
  );
}
