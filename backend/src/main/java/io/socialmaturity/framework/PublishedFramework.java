package io.socialmaturity.framework;

import io.socialmaturity.framework.definition.FrameworkDefinition;

/**
 * A published, immutable framework version. The scoring engine for it is built by its user (the assessments'
 * results), so this feature does not depend on scoring: scoring depends on the definition model only.
 */
public record PublishedFramework(
        long id, String key, int version, String contentHash, FrameworkDefinition definition) {}
