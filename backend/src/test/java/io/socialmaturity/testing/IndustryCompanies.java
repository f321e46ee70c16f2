package io.socialmaturity.testing;

import io.socialmaturity.tenant.TenantKind;
import io.socialmaturity.tenant.TenantService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Companies {@code <prefix>-1 … <prefix>-n} of one industry, each with a tenant admin
 * ({@code admin@<prefix>-i.example}, business function marketing) in Keycloak and a product record. A record left
 * by an earlier run against the same database moves to this run's industry, so the industry holds exactly them.
 */
public record IndustryCompanies(String industry, List<String> admins, List<String> adminIds) {

    public static IndustryCompanies create(
            TenantService tenants, String prefix, String namePrefix, int count, String industry) throws SQLException {
        List<String> admins = new ArrayList<>();
        List<String> adminIds = new ArrayList<>();
        Map<String, String> db = TestDatabase.properties();
        for (int i = 1; i <= count; i++) {
            String alias = prefix + "-" + i;
            String name = namePrefix + " " + i;
            String org = KeycloakFixtures.ensureOrganization(alias, name);
            String email = "admin@" + alias + ".example";
            String userId = KeycloakFixtures.ensureMember(org, email, "marketing");
            KeycloakFixtures.ensureRealmRole(userId, "tenant-admin");
            tenants.ensure(alias, name, TenantKind.COMPANY, industry, null, null);
            try (Connection c = DriverManager.getConnection(
                            db.get("datasources.default.url"),
                            db.get("datasources.default.username"),
                            db.get("datasources.default.password"));
                    PreparedStatement s = c.prepareStatement(
                            "UPDATE tenant SET industry = ?, size_band = NULL, country = NULL WHERE alias = ?")) {
                s.setString(1, industry);
                s.setString(2, alias);
                s.executeUpdate();
            }
            tenants.ensure(alias, name, TenantKind.COMPANY, industry, null, null); // evicts the cache
            admins.add(email);
            adminIds.add(userId);
        }
        return new IndustryCompanies(industry, List.copyOf(admins), List.copyOf(adminIds));
    }
}
