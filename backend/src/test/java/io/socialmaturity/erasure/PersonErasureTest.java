package io.socialmaturity.erasure;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pseudonym and the replacements, without a database. */
class PersonErasureTest {

    static PersonErasure erasure(String key) {
        return new PersonErasure(null, null, new ErasureProperties(key));
    }

    @Test
    void thePseudonymIsStablePerTenantUserAndKeyAndNamesNobody() {
        PersonErasure.Pseudonym p = erasure("k1").pseudonym(1, "user-a");
        assertTrue(p.id().matches("erased-[0-9a-f]{16}"), p.id());
        assertTrue(p.name().matches("Erased person [0-9a-f]{6}"), p.name());
        assertEquals(p.id() + "@erased.invalid", p.email());
        assertEquals(p.name().substring("Erased person ".length()), p.id().substring(7, 13), "one hash");
        assertEquals(p, erasure("k1").pseudonym(1, "user-a"), "stable");
        assertNotEquals(p, erasure("k1").pseudonym(2, "user-a"), "another tenant, another pseudonym");
        assertNotEquals(p, erasure("k1").pseudonym(1, "user-b"));
        assertNotEquals(p, erasure("k2").pseudonym(1, "user-a"), "another key, another pseudonym");
    }

    @Test
    void longerIdentifiersGoFirstAndShortOnesAreLeftAlone() {
        PersonErasure.Pseudonym p = erasure("k").pseudonym(1, "u-123");
        Map<String, String> r = PersonErasure.replacements(
                "u-123",
                List.of("Mario.Rossi@Acme.example"),
                List.of("Mario Rossi", "Al"),
                Set.of("mrossi", "Mario.Rossi@Acme.example"),
                p);
        assertEquals(
                List.of("Mario.Rossi@Acme.example", "mario.rossi@acme.example", "Mario Rossi", "mrossi", "u-123"),
                List.copyOf(r.keySet()));
        assertEquals(p.email(), r.get("mario.rossi@acme.example"));
        assertEquals(p.name(), r.get("Mario Rossi"));
        assertEquals(p.id(), r.get("mrossi"), "a username that is no email becomes the pseudonym's id");
        assertEquals(p.id(), r.get("u-123"));
    }

    @Test
    void onlyAUsersIdCanBeErased() {
        assertTrue(PersonErasure.isUserId("11111111-0000-4000-8000-000000000001"));
        assertFalse(PersonErasure.isUserId("system"));
        assertFalse(PersonErasure.isUserId("123"));
        assertFalse(PersonErasure.isUserId("external:5"));
        assertThrows(
                IllegalArgumentException.class,
                () -> erasure("k")
                        .erase(null, 1, "acme", "system", PersonErasure.KnownIdentifiers.of(null, null, null, null)));
    }

    @Test
    void likePatternsEscapeTheirOwnCharacters() {
        assertEquals("%a\\_b\\%c\\\\d%", PersonErasure.contains("a_b%c\\d"));
    }
}
