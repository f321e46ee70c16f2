import { Button } from './button';

type PagerProps = {
  /** zero-based */
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
  labels: { navigation: string; previous: string; next: string; position: (page: number, pages: number) => string };
};

/** Previous / next page of a server-paged list, with "page x of y". Nothing when it all fits on one page. */
export function Pager({ page, size, total, onPage, labels }: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1 && page === 0) return null;
  return (
    <nav className="pager" aria-label={labels.navigation}>
      <Button variant="secondary" onClick={() => onPage(page - 1)} disabled={page <= 0}>
        {labels.previous}
      </Button>
      <span className="pager__position">{labels.position(page + 1, pages)}</span>
      <Button variant="secondary" onClick={() => onPage(page + 1)} disabled={page + 1 >= pages}>
        {labels.next}
      </Button>
    </nav>
  );
}
