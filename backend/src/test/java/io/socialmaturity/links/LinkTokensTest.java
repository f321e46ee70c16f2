package io.socialmaturity.links;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkTokensTest {

    @Test
    void tokensAre256RandomBitsInBase64UrlAndOnlyTheirHashIsKept() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String t = LinkTokens.newToken();
            assertEquals(43, t.length(), "32 bytes in base64url without padding");
            assertTrue(LinkTokens.wellFormed(t), t);
            assertTrue(seen.add(t), "no repeats");
        }
        String t = LinkTokens.newToken();
        assertEquals(64, LinkTokens.hash(t).length());
        assertEquals(LinkTokens.hash(t), LinkTokens.hash(t));
        assertNotEquals(LinkTokens.hash(t), LinkTokens.hash(LinkTokens.newToken()));
        assertFalse(LinkTokens.hash(t).contains(t));
    }

    @Test
    void anythingElseIsNotAToken() {
        for (String bad : new String[] {
            null, "", "abc", "a".repeat(42), "a".repeat(44), "a".repeat(42) + "=", "a".repeat(42) + "/", "../../x"
        }) {
            assertFalse(LinkTokens.wellFormed(bad), String.valueOf(bad));
        }
        assertTrue(LinkTokens.sameHash(LinkTokens.hash("x"), LinkTokens.hash("x")));
        assertFalse(LinkTokens.sameHash(LinkTokens.hash("x"), LinkTokens.hash("y")));
    }
}
