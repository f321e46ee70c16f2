package io.socialmaturity.platform.security;

/** Realm roles of the {@code maturity} realm, delivered in the token's flat {@code roles} claim. */
public final class Roles {
    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String CONSULTANT = "consultant";
    public static final String RESPONDENT = "respondent";
    /** The product's roles; other roles in a token are ignored. */
    public static final java.util.Set<String> ALL =
            java.util.Set.of(PLATFORM_ADMIN, TENANT_ADMIN, CONSULTANT, RESPONDENT);

    private Roles() {}
}
