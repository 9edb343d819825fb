// A modal dialog on the native <dialog> element: showModal() makes the rest of the page inert
// (focus stays inside), Escape closes it, and focus returns to what opened it.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Focus for when the element that had it is gone: the roster's heading (focusable by script only). */
export function focusPageHeading(): void {
  document.getElementById('roster-title')?.focus();
}

interface Props {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** An optional one-line description read with the title. */
  description?: string;
  wide?: boolean;
}

export function RosterDialog({ title, onClose, children, description, wide }: Props) {
  const { t } = useTranslation('roster');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    // React's autoFocus runs before the dialog is shown; mark the first field with data-autofocus instead.
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      dialog?.close();
      // The opener may have gone (a deactivated row leaves the list of active members): then the
      // page heading takes the focus rather than leaving it nowhere.
      if (opener?.isConnected) opener.focus();
      else focusPageHeading();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`roster-dialog${wide ? ' roster-dialog--wide' : ''}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={() => {
        // Escape closes the native dialog (the browser may refuse to let a page keep it open), so
        // React follows the element. Ignore a stale event from a close already followed by a reopen.
        if (!ref.current?.open) onClose();
      }}
    >
      <div className="roster-dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button-secondary roster-dialog-close" onClick={onClose} aria-label={t('dialog.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {description ? (
        <p id={descriptionId} className="roster-dialog-description">
          {description}
        </p>
      ) : null}
      {children}
    </dialog>
  );
}
