package io.socialmaturity.framework;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.List;

/**
 * {@code maturity.frameworks}: the framework definition files (class path resources) published at start-up.
 *
 * @param frameworks resources such as {@code frameworks/socially-enabled/1.json}
 */
@ConfigurationProperties("maturity")
public record FrameworkFiles(
        @Bindable(defaultValue = "frameworks/socially-enabled/1.json,frameworks/collaboration-pulse/1.json")
        List<String> frameworks) {}
