/*
 * Client plans: a consultant reads a client's action plan and, with the client's "contribute" grant, proposes
 * actions; the company's tenant admins accept (the action joins the plan) or reject them in their inbox.
 */
export { ClientPlanPage } from './components/client-plan-page';
export { ProposalInbox } from './components/proposal-inbox';
