import type { ReactNode } from 'react';
import './data-table.css';

/**
 * A wide table's horizontal scroll container. It is focusable and named, so keyboard users can scroll it
 * (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // a scrollable region must be focusable
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
