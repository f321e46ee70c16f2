import { useParams } from 'react-router';
import { LinkPage } from '@/features/links';

/** /respond/:token — a personal link's questionnaire, no sign-in; loaded lazily (see router.tsx). */
export default function RespondRoute() {
  const { token = '' } = useParams();
  return <LinkPage token={token} />;
}
