-- Published framework versions: immutable once stored. The definition is the canonical JSON of the
-- validated file; content_hash lets start-up refuse a changed file that kept its version number.
CREATE TABLE framework_version (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    framework_key  VARCHAR(64)   NOT NULL,
    version        INT           NOT NULL,
    content_hash   CHAR(64)      NOT NULL,
    definition     LONGTEXT      NOT NULL,
    published_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_framework_version UNIQUE (framework_key, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A published version can never change: the database refuses it too.
CREATE TRIGGER framework_version_immutable BEFORE UPDATE ON framework_version
FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'published framework versions are immutable';
