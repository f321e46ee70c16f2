/** A polite live region for loading and progress messages. */
export function StatusMessage({ children }: { children: string }) {
  return (
    <p role="status" className="status-message">
      {children}
    </p>
  );
}
