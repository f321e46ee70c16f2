package io.socialmaturity.actions;

/** How much work an action is: small, medium, large. */
public enum Effort {
    S,
    M,
    L
}
