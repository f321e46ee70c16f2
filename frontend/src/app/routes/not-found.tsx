import { NotFoundContent } from '@/components/not-found';

export function NotFoundRoute() {
  return <NotFoundContent />;
}
