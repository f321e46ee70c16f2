package io.socialmaturity.users;

/**
 * A tenant admin changed a user's business function. The assessments feature moves the user's respondent rows of
 * assessments that are not closed yet, so the perception gap counts the user where they now belong.
 */
public record BusinessFunctionChanged(long tenantId, String userId, String businessFunction) {}
