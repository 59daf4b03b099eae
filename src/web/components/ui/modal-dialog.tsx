import { useEffect, useId, useRef, type ReactNode } from 'react';
import './modal.css';
import { returnFocus } from './return-focus';

interface ModalDialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A modal built on the native <dialog>: showModal() traps focus and makes the page inert, Escape closes
 * (via `cancel`), and the focus returns to the opener when it closes or is removed (`returnFocus`). The control
 * marked `data-autofocus` gets the focus when it opens (else the first one).
 */
export function ModalDialog({ open, title, onClose, children, className }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    // Read before showModal moves the focus into the dialog.
    const opener = document.activeElement;
    if (!dialog.open) {
      dialog.showModal();
      // showModal focuses the first control; a dialog can name a safer one (React's autoFocus runs too early).
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    // Runs when `open` turns false and when the dialog is removed while open, as most are (rendered only while
    // open): a removed <dialog> never runs its close steps, so the browser would leave the focus on <body>.
    return () => {
      if (dialog.open) dialog.close();
      returnFocus(opener, dialog);
    };
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="modal-title">
            {title}
          </h2>
          {children}
        </>
      )}
    </dialog>
  );
}

interface ConfirmProps {
  open: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something disappears; Cancel has the focus so Enter never destroys by accident. */
export function ConfirmDialog({ open, title, message, confirmLabel, onConfirm, onCancel }: ConfirmProps) {
  return (
    <ModalDialog open={open} title={title} onClose={onCancel} className="modal-confirm">
      <p>{message}</p>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className="btn btn-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
