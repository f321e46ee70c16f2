package io.socialmaturity.clientplans;

/** A proposal is PENDING until the company accepts or rejects it, or the consultancy withdraws it. */
public enum ProposalStatus {
    PENDING,
    ACCEPTED,
    REJECTED,
    WITHDRAWN
}
