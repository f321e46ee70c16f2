import type { TFunction } from 'i18next';
import type { UserView } from './api/get-users';

/** Required actions that mean the user has not yet finished an invitation (set a password, verified the email). */
const invitationActions = ['UPDATE_PASSWORD', 'VERIFY_EMAIL'];

/** The user still has to act on an invitation or an initial password: re-sending the email makes sense. */
export const awaitsOnboarding = (user: UserView): boolean =>
  user.source === 'PRODUCT' && user.pendingActions.some((action) => invitationActions.includes(action));

/** What the user still has to do, in words: "Invitation pending", "Must change the password", … */
export function pendingLabels(t: TFunction, user: UserView): string[] {
  const actions = new Set(user.pendingActions);
  const labels: string[] = [];
  if (actions.has('UPDATE_PASSWORD') && actions.has('VERIFY_EMAIL')) {
    labels.push(t('users.pending.invitation'));
  } else if (actions.has('UPDATE_PASSWORD')) {
    labels.push(t('users.pending.password'));
  } else if (actions.has('VERIFY_EMAIL')) {
    labels.push(t('users.pending.verifyEmail'));
  }
  actions.delete('UPDATE_PASSWORD');
  actions.delete('VERIFY_EMAIL');
  for (const action of actions) {
    if (action === 'CONFIGURE_TOTP') labels.push(t('users.pending.totp'));
    else if (action === 'UPDATE_PROFILE') labels.push(t('users.pending.profile'));
    else labels.push(t('users.pending.other', { action }));
  }
  return labels;
}
