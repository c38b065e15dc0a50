package dev.byline.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    @Test
    void shouldMatchRfc4231VectorWhenSigning() {
        // RFC 4231, test case 2
        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                Signatures.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void shouldChangeWhenOneByteOfTheBodyChanges() {
        assertNotEquals(Signatures.sign("secret-0123456789", "{\"a\":1}".getBytes(StandardCharsets.UTF_8)),
                Signatures.sign("secret-0123456789", "{\"a\":2}".getBytes(StandardCharsets.UTF_8)));
    }
}
