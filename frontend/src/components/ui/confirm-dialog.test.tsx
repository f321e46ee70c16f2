import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { ConfirmDialog } from './confirm-dialog';

describe('a confirmation', () => {
  it('confirms once on a double click, and again only after the action is over', () => {
    const onConfirm = vi.fn();
    const props = {
      open: true,
      title: 'Remove?',
      confirmLabel: 'Remove',
      cancelLabel: 'Cancel',
      onConfirm,
      onCancel: vi.fn(),
    };
    const { rerender } = renderWithProviders(<ConfirmDialog {...props} />);

    const confirm = screen.getByRole('button', { name: 'Remove' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    expect(onConfirm).toHaveBeenCalledTimes(1);

    rerender(<ConfirmDialog {...props} busy />);
    rerender(<ConfirmDialog {...props} busy={false} />); // it failed: the user may try again
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(onConfirm).toHaveBeenCalledTimes(2);
  });
});
