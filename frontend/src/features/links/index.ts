/*
 * Personal links: respondents without an account. The manage page's section (add, list, revoke, re-send) and
 * the page a personal link opens (/respond/:token), which needs no sign-in.
 */
export { ExternalRespondentsSection } from './components/external-respondents-section';
export { LinkPage } from './components/link-page';
