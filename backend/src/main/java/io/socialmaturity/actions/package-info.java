/**
 * Action plans: a company's improvement actions (from a result's roadmap or added by hand) with owners, due dates,
 * status, an update log, progress, the assignment mails and the weekly digest of overdue actions (tables
 * action_item, action_owner, action_update, action_digest). Public face: {@link io.socialmaturity.actions.ActionChanged}
 * (published in the change's transaction), {@link io.socialmaturity.actions.ActionLoops} (the actions done beside each closed
 * result's score changes) and {@link io.socialmaturity.actions.ActionViews}.
 */
package io.socialmaturity.actions;
