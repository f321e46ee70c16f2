package io.socialmaturity.testing;

/** Demo and fixture accounts of realm {@code maturity} (infra/keycloak/maturity-realm.json). */
public final class DemoUsers {
    public static final String ANNA_ADMIN = "anna.admin@acme.example";
    public static final String MARCO_MARKETING = "marco.marketing@acme.example";
    public static final String IVAN_IT = "ivan.it@acme.example";
    public static final String GINA_ADMIN = "gina.admin@globex.example";
    public static final String GIORGIO_GLOBEX = "giorgio.globex@globex.example";
    public static final String CARLA_CONSULTANT = "carla.consultant@bright.example";
    public static final String ROOT = "root@platform.example";
    /** Fixture: member of two organizations. */
    public static final String OLGA_TWO_ORGS = "olga.two@multi.example";
    /** Fixture: member of an organization the product does not know. */
    public static final String GUS_GHOST = "gus.ghost@ghost.example";
    /** Fixture: member of no organization and not a platform admin. */
    public static final String NORA_NO_ORG = "nora.noorg@example.test";

    public static final String ANNA_ID = "11111111-0000-4000-8000-000000000001";
    public static final String MARCO_ID = "11111111-0000-4000-8000-000000000002";
    public static final String IVAN_ID = "11111111-0000-4000-8000-000000000003";
    public static final String GINA_ID = "22222222-0000-4000-8000-000000000001";
    public static final String GIORGIO_ID = "22222222-0000-4000-8000-000000000002";

    private DemoUsers() {}
}
