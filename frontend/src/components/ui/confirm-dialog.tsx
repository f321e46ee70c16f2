import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';

type ConfirmDialogProps = {
  open: boolean;
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** While the confirmed action runs: both buttons are disabled. */
  busy?: boolean;
  /** What happens if the user confirms, and any error of the action. */
  children?: ReactNode;
};

/** "Are you sure?" before an action that cannot simply be undone. Cancel has the focus first. */
export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  busy = false,
  children,
}: ConfirmDialogProps) {
  // A double click confirms once: a second click before React has rendered the action as busy (and the button
  // as disabled) is ignored. Every commit ends that window, so a refused action can be confirmed again.
  const confirmed = useRef(false);
  useEffect(() => {
    confirmed.current = false;
  });
  const confirm = () => {
    if (confirmed.current) return;
    confirmed.current = true;
    onConfirm();
  };
  return (
    <Dialog open={open} title={title} onClose={onCancel} role="alertdialog">
      {children}
      <div className="button-row">
        <Button variant="secondary" onClick={onCancel} disabled={busy} data-autofocus>
          {cancelLabel}
        </Button>
        <Button onClick={confirm} disabled={busy}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
