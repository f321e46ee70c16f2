package io.socialmaturity.consulting;

/** PENDING (granted by the company, not yet accepted) → ACTIVE; DECLINED by the consultancy; REVOKED by the company. */
public enum EngagementStatus {
    PENDING,
    ACTIVE,
    DECLINED,
    REVOKED
}
