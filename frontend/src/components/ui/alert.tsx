import type { ReactNode } from 'react';

/** An error message that screen readers announce as soon as it appears. */
export function Alert({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div role="alert" className="alert">
      <p className="alert__title">{title}</p>
      {children ? <div className="alert__body">{children}</div> : null}
    </div>
  );
}
