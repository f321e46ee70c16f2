package io.socialmaturity.framework.definition;

import java.util.Objects;

/**
 * A framework definition that passed every check, with the identity the database keeps.
 *
 * @param file          where it was read from (resource path or file name)
 * @param definition    the definition
 * @param canonicalJson its canonical JSON ({@link CanonicalJson#write(FrameworkDefinition)}): store this
 * @param sha256        SHA-256 of the canonical JSON, lowercase hex: a published {@code (key, version)}
 *                      whose stored hash differs from this one has been changed and must be refused
 */
public record LoadedFramework(String file, FrameworkDefinition definition, String canonicalJson, String sha256) {
    public LoadedFramework {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(canonicalJson, "canonicalJson");
        Objects.requireNonNull(sha256, "sha256");
    }
}
