package dev.byline.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which configured admin tokens are refused at start (BYLINE_ADMIN_TOKEN). */
class TokenSecretsTest {

    @Test
    void shouldRefuseDocumentedExampleAndLowVarietyTokens() {
        assertFalse(TokenSecrets.isStrongEnough("byl_change-me-to-a-long-random-secret-0123456789"));
        assertFalse(TokenSecrets.isStrongEnough("byl_" + "a".repeat(40)));
        assertFalse(TokenSecrets.isStrongEnough("byl_" + "ab".repeat(20)));
        assertFalse(TokenSecrets.isStrongEnough("byl_" + "0123456789".repeat(4)));
        assertFalse(TokenSecrets.isStrongEnough("byl_" + "abcdefgh".repeat(5)));
        assertFalse(TokenSecrets.isStrongEnough("byl_short-but-random-Xq9"));
        assertFalse(TokenSecrets.isStrongEnough("no-prefix-" + TokenSecrets.generate()));
    }

    @Test
    void shouldAcceptGeneratedAndRandomLookingTokens() {
        for (int i = 0; i < 200; i++) {
            String generated = TokenSecrets.generate();
            assertTrue(TokenSecrets.isStrongEnough(generated), generated);
        }
        assertTrue(TokenSecrets.isStrongEnough("byl_test-admin-token-0123456789abcdefghijklmnopqrstuvwxyz"));
        // What `openssl rand -hex 32` gives: 64 hex digits.
        assertTrue(TokenSecrets.isStrongEnough("byl_9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
    }
}
