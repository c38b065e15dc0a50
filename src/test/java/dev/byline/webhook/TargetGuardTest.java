package dev.byline.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guard's decisions with the setting off (the app's tests run with it on, for loopback receivers). */
class TargetGuardTest {

    private final TargetGuard strict = new TargetGuard(false);
    private final TargetGuard lenient = new TargetGuard(true);

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.com/hook", "gopher://example.com/",
        "javascript:alert(1)", "mailto:ops@example.com", "/relative/path", "http:///no-host"})
    void shouldRefuseWhenSchemeIsNotHttpEvenIfPrivateTargetsAreAllowed(String url) {
        assertThrows(TargetGuard.RefusedTarget.class, () -> strict.check(url));
        assertThrows(TargetGuard.RefusedTarget.class, () -> lenient.check(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://127.8.9.10:8080/", "http://169.254.169.254/latest/meta-data",
        "http://[::1]/hook", "http://localhost:8080/hook", "http://10.1.2.3/", "http://172.16.0.1/",
        "http://172.31.255.254/", "http://192.168.1.1/", "http://100.64.0.1/", "http://100.127.255.254/",
        "http://0.0.0.0/", "http://0.1.2.3/", "http://224.0.0.1/", "http://255.255.255.255/", "http://[fc00::1]/",
        "http://[fd12:3456::1]/", "http://[fe80::1]/", "http://[ff02::1]/", "http://[::]/",
        "http://[::ffff:127.0.0.1]/", "http://[::7f00:1]/", "http://[::ffff:a9fe:a9fe]/", "http://[64:ff9b::a00:1]/",
        "https://127.0.0.1/"})
    void shouldRefuseWhenTargetIsNotPublicAndSettingIsOff(String url) throws Exception {
        TargetGuard.RefusedTarget refused = assertThrows(TargetGuard.RefusedTarget.class, () -> strict.check(url));
        assertTrue(refused.getMessage().contains("allow-private-targets"), refused.getMessage());
        assertEquals(URI.create(url), lenient.check(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14/hook", "https://8.8.8.8/", "http://100.128.0.1/",
        "http://172.32.0.1/", "http://[2606:4700:4700::1111]/hook", "http://192.169.0.1/"})
    void shouldAllowWhenAddressIsPublic(String url) throws Exception {
        assertEquals(URI.create(url), strict.check(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost/", "http://127.0.0.1/"})
    void shouldNameAddressAndKindWhenRefusing(String url) {
        TargetGuard.RefusedTarget refused = assertThrows(TargetGuard.RefusedTarget.class, () -> strict.check(url));
        assertTrue(refused.getMessage().contains("a loopback address"), refused.getMessage());
    }

    /** Issue #11: special-purpose ranges (RFC 6890 and friends) that were let through. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "http://198.18.0.1/", "http://198.19.255.254/", "http://192.0.0.8/", "http://192.0.2.10/",
        "http://198.51.100.7/", "http://203.0.113.99/", "http://240.0.0.1/", "http://255.255.255.255/",
        "http://[::ffff:8.8.8.8]/", "http://[64:ff9b::808:808]/", "http://[2002:808:808::1]/",
        "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", "http://[2001:db8::1]/", "http://[100::1]/"})
    void shouldRefuseSpecialPurposeRanges(String url) {
        TargetGuard.RefusedTarget refused = assertThrows(TargetGuard.RefusedTarget.class, () -> strict.check(url));
        assertTrue(refused.getMessage().contains("allow-private-targets"), refused.getMessage());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"http://8.8.8.8/", "http://198.20.0.1/",
        "http://203.0.114.1/", "http://[2606:4700:4700::1111]/", "http://[2001:4860:4860::8888]/"})
    void shouldAllowPublicNeighboursOfSpecialRanges(String url) throws Exception {
        assertEquals(URI.create(url), strict.check(url));
    }
}
