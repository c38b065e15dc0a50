package dev.byline.webhook;

import dev.byline.common.config.BylineConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Keeps webhook targets out of the network Byline runs in (SSRF): only http and https, and,
 * unless {@code byline.webhooks.allow-private-targets} is set, no host that resolves to a
 * private, loopback, link-local, multicast, unspecified, reserved or carrier-grade NAT
 * address. Checked when a URL is registered and again right before each send, so a name that
 * later resolves somewhere private is refused then.
 */
@Singleton
public class TargetGuard {

    private final boolean allowPrivateTargets;

    @Inject
    public TargetGuard(BylineConfig config) {
        this(config.webhooks().allowPrivateTargets());
    }

    public TargetGuard(boolean allowPrivateTargets) {
        this.allowPrivateTargets = allowPrivateTargets;
    }

    /** Why a target is refused; the message is meant for the admin who registered it. */
    public static class RefusedTarget extends Exception {
        public RefusedTarget(String message) {
            super(message, null, false, false);
        }
    }

    /** The parsed URL when it may be used as a target at this moment; resolves its host. */
    public URI check(String url) throws RefusedTarget {
        URI uri = parse(url);
        if (!allowPrivateTargets) {
            checkAddresses(uri.getHost());
        }
        return uri;
    }

    static URI parse(String url) throws RefusedTarget {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new RefusedTarget("must be a valid absolute URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedTarget("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new RefusedTarget("must name a host");
        }
        if (uri.getRawFragment() != null) {
            throw new RefusedTarget("must not have a fragment");
        }
        return uri;
    }

    private static void checkAddresses(String host) throws RefusedTarget {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new RefusedTarget("host " + host + " cannot be resolved");
        }
        for (InetAddress address : addresses) {
            String kind = restrictedKind(address);
            if (kind != null) {
                throw new RefusedTarget("host " + host + " resolves to " + address.getHostAddress() + ", " + kind
                        + "; such targets are refused unless byline.webhooks.allow-private-targets is true");
            }
        }
    }

    /** What kind of non-public address this is, or null for a public one. */
    static String restrictedKind(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return restrictedIpv4(b);
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return "a private address";
        }
        byte[] embedded = embeddedIpv4(b);
        if (embedded != null) {
            try {
                return restrictedKind(InetAddress.getByAddress(embedded));
            } catch (UnknownHostException impossible) {
                return "an invalid address";
            }
        }
        return null;
    }

    private static String restrictedIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return "an unspecified address";
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return "a carrier-grade NAT address";
        }
        if (first >= 240) {
            return "a reserved address";
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible or NAT64 (64:ff9b::/96) IPv6 address. */
    private static byte[] embeddedIpv4(byte[] b) {
        byte[] prefix = Arrays.copyOf(b, 12);
        byte[] zeros = new byte[12];
        byte[] mapped = new byte[12];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        byte[] nat64 = new byte[12];
        nat64[1] = 0x64;
        nat64[2] = (byte) 0xff;
        nat64[3] = (byte) 0x9b;
        if (Arrays.equals(prefix, zeros) || Arrays.equals(prefix, mapped) || Arrays.equals(prefix, nat64)) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        return null;
    }
}
