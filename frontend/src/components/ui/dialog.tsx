import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';

type DialogProps = {
  open: boolean;
  /** The dialog's heading, which also names it. */
  title: string;
  /** Called when the dialog closes by itself (Escape) so the owner can drop its state. */
  onClose: () => void;
  children: ReactNode;
  /** 'alertdialog' for confirmations that interrupt the user. */
  role?: 'dialog' | 'alertdialog';
};

/**
 * A modal dialog on the native <dialog> element: the browser makes the rest of the page inert,
 * keeps the focus inside, closes it on Escape and gives the focus back to where it was.
 */
export function Dialog({ open, title, onClose, children, role = 'dialog' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  // A layout effect: its cleanup runs while the <dialog> is still in the document, so close() can give
  // the focus back before React removes the element.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    if (!dialog.open) dialog.showModal();
    // showModal() focuses the first focusable element; a dialog may name a better one (e.g. Cancel).
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const handleClose = () => onCloseRef.current();
    dialog.addEventListener('close', handleClose);
    return () => {
      dialog.removeEventListener('close', handleClose);
      if (dialog.open) dialog.close();
    };
  }, [open]);

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={headingId}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
    >
      <h2 id={headingId} className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
