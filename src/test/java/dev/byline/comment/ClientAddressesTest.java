package dev.byline.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which address a comment is counted against, with byline.trust-forwarded-for off and on. */
class ClientAddressesTest {

    @Test
    void shouldUseConnectionAddressWhenForwardedForIsNotTrusted() {
        assertEquals("127.0.0.1", ClientAddresses.resolve(false, "127.0.0.1", "203.0.113.9"));
        assertEquals("127.0.0.1", ClientAddresses.resolve(false, "127.0.0.1", null));
    }

    @Test
    void shouldUseFirstForwardedEntryWhenTrusted() {
        assertEquals("203.0.113.9", ClientAddresses.resolve(true, "10.0.0.2", "203.0.113.9, 10.0.0.1"));
        assertEquals("2001:db8::1", ClientAddresses.resolve(true, "10.0.0.2", " 2001:DB8::1 ,10.0.0.1"));
        assertEquals("10.0.0.2", ClientAddresses.resolve(true, "10.0.0.2", null));
    }

    @Test
    void shouldFallBackToConnectionWhenForwardedEntryIsNoAddress() {
        assertEquals("10.0.0.2", ClientAddresses.resolve(true, "10.0.0.2", ""));
        assertEquals("10.0.0.2", ClientAddresses.resolve(true, "10.0.0.2", "unknown, 203.0.113.9"));
        assertEquals("10.0.0.2", ClientAddresses.resolve(true, "10.0.0.2", "<script>"));
        assertEquals("10.0.0.2", ClientAddresses.resolve(true, "10.0.0.2", "1".repeat(101)));
        assertEquals("unknown", ClientAddresses.resolve(false, null, null));
    }
}
