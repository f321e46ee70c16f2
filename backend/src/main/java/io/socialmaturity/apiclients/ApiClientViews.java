package io.socialmaturity.apiclients;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** The API clients' request and answer records. */
final class ApiClientViews {

    private ApiClientViews() {}

    @Serdeable
    record NewApiClient(
            @Schema(description = "What the client is for, e.g. \"Power BI\"; 1–100 characters") @Nullable
            String name,

            @Schema(
                    description = "A realm role of the tenant's kind: tenant-admin, or the kind's reading role"
                            + " (respondent for a company, consultant for a consultancy)")
            @Nullable
            String role) {}

    @Serdeable
    record ApiClient(
            long id,

            @Schema(description = "The OAuth client_id to use at Keycloak's token endpoint")
            String clientId,

            String name,
            String role,
            Instant createdAt,
            Instant secretRotatedAt,

            @Schema(description = "When the backend last saw a token of this client (kept to the minute)") @Nullable
            Instant lastUsedAt) {}

    /** A client with its secret: answered once, on creation and on rotation; the product never shows it again. */
    @Serdeable
    record ApiClientWithSecret(
            ApiClient client,

            @Schema(description = "The client secret; shown only in this answer")
            String clientSecret,

            @Schema(description = "Keycloak's token endpoint, where client_id and client_secret get an access token")
            String tokenUrl) {}

    static ApiClient view(ApiClientRecord r) {
        return new ApiClient(
                r.id(), r.clientId(), r.name(), r.role(), r.createdAt(), r.secretRotatedAt(), r.lastUsedAt());
    }
}
