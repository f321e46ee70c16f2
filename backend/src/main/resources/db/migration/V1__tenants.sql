-- Tenants: one row per company or consultancy. The Keycloak Organization alias is the tenant key
-- carried in every access token; it is immutable in Keycloak and therefore here.
CREATE TABLE tenant (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    alias       VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    industry    VARCHAR(64)  NULL,
    size_band   VARCHAR(16)  NULL,
    country     CHAR(2)      NULL,
    status      VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_tenant_alias UNIQUE (alias),
    CONSTRAINT ck_tenant_kind CHECK (kind IN ('COMPANY', 'CONSULTANCY')),
    CONSTRAINT ck_tenant_status CHECK (status IN ('ACTIVE', 'DISABLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
