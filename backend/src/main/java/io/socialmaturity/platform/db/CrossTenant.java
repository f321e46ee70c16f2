package io.socialmaturity.platform.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a hand-written query that reads tenant-owned rows of many tenants on purpose (e.g. to rebuild the
 * anonymous benchmark population). TenantScopedQueriesTest accepts it only with this marker and a reason;
 * its results must never reach a caller unaggregated.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CrossTenant {
    /** Why this query may cross tenants. */
    String value();
}
