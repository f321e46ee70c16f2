/**
 * Maturity frameworks: the definition model and loader (framework.definition, plain Java) and the catalog of published versions.
 * Public face: {@link io.socialmaturity.framework.FrameworkCatalog}, {@link io.socialmaturity.framework.PublishedFramework}, the definition records.
 */
package io.socialmaturity.framework;
