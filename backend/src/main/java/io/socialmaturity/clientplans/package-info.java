/**
 * A client's action plan as its consultancy sees it, and the actions the consultancy proposes (table
 * action_proposal). With an active engagement a consultant reads the client's plan (progress, overdue, the actions);
 * with the engagement's {@code contribute} grant they also propose actions, which the company's tenant admins accept
 * (the action is created in the plan) or reject. Every read checks the engagement in the database, so a revoke takes
 * effect on the next request. Public face: none (an API only).
 */
package io.socialmaturity.clientplans;
