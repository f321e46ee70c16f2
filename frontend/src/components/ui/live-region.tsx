/**
 * A polite live region that is always in the page, so that a success message put into it later is
 * announced (screen readers ignore live regions that appear together with their text).
 */
export function LiveRegion({ message }: { message: string }) {
  return (
    <p role="status" className="live-region">
      {message}
    </p>
  );
}
