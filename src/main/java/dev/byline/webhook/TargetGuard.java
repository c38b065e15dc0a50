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
 * later resolves somewhere private is refused then; the send connects to the very address that
 * was checked ({@link #resolve}).
 */
@Singleton
public class TargetGuard {

    /** Looks a host name up; the JDK's resolver in production, a fixed table in tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A URL that may be used now, and the address that was checked: the one to connect to. */
    public record Target(URI uri, InetAddress address) {
    }

    private final boolean allowPrivateTargets;
    private final Resolver resolver;

    @Inject
    public TargetGuard(BylineConfig config) {
        this(config.webhooks().allowPrivateTargets());
    }

    public TargetGuard(boolean allowPrivateTargets) {
        this(allowPrivateTargets, InetAddress::getAllByName);
    }

    TargetGuard(boolean allowPrivateTargets, Resolver resolver) {
        this.allowPrivateTargets = allowPrivateTargets;
        this.resolver = resolver;
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
            checkAddresses(uri.getHost(), addresses(uri.getHost()));
        }
        return uri;
    }

    /**
     * Checks the URL and resolves its host once. The sender connects to the returned address
     * (keeping the name for Host, SNI and the certificate check), so a name that resolves
     * somewhere else a moment later (DNS rebinding) cannot redirect the request.
     */
    public Target resolve(String url) throws RefusedTarget {
        URI uri = parse(url);
        InetAddress[] addresses = addresses(uri.getHost());
        if (!allowPrivateTargets) {
            checkAddresses(uri.getHost(), addresses);
        }
        return new Target(uri, addresses[0]);
    }

    private InetAddress[] addresses(String host) throws RefusedTarget {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            InetAddress[] found = resolver.resolve(bare);
            if (found == null || found.length == 0) {
                throw new UnknownHostException(bare);
            }
            return found;
        } catch (UnknownHostException e) {
            throw new RefusedTarget("host " + host + " cannot be resolved");
        }
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

    private static void checkAddresses(String host, InetAddress[] addresses) throws RefusedTarget {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        String literal = ipv6LiteralKind(bare);
        if (literal != null) {
            throw new RefusedTarget("host " + host + " is " + literal
                    + "; such targets are refused unless byline.webhooks.allow-private-targets is true");
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
        String special = specialIpv6(b);
        if (special != null) {
            return special;
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
        int third = b[2] & 0xff;
        if (first == 198 && (second & 0xfe) == 18) {
            return "a benchmarking address (198.18.0.0/15)";
        }
        if (first == 192 && second == 0 && third == 0) {
            return "an IETF protocol assignment (192.0.0.0/24)";
        }
        if ((first == 192 && second == 0 && third == 2) || (first == 198 && second == 51 && third == 100)
                || (first == 203 && second == 0 && third == 113)) {
            return "a documentation address";
        }
        return null;
    }

    /** IPv6 ranges that are not ordinary public unicast, or that tunnel to IPv4 the guard cannot see. */
    private static String specialIpv6(byte[] b) {
        int first16 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
        int second16 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        if (first16 == 0x2002) {
            return "a 6to4 address (2002::/16)";
        }
        if (first16 == 0x2001 && second16 == 0) {
            return "a Teredo address (2001::/32)";
        }
        if (first16 == 0x2001 && second16 == 0x0db8) {
            return "a documentation address (2001:db8::/32)";
        }
        if (first16 == 0x0100 && second16 == 0 && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0) {
            return "a discard-only address (100::/64)";
        }
        if (first16 == 0x0064 && second16 == 0xff9b) {
            return "a NAT64 address (64:ff9b::/96)";
        }
        return null;
    }

    /**
     * The JDK turns an IPv4-mapped literal ({@code ::ffff:a.b.c.d}) into the plain IPv4 address,
     * so the mapped range can only be seen in the literal itself.
     */
    private static String ipv6LiteralKind(String bare) {
        if (!bare.contains(":")) {
            return null;
        }
        String[] groups = expandIpv6(bare.toLowerCase(Locale.ROOT));
        if (groups == null) {
            return null;
        }
        for (int i = 0; i < 5; i++) {
            if (Integer.parseInt(groups[i].isEmpty() ? "0" : groups[i], 16) != 0) {
                return null;
            }
        }
        return Integer.parseInt(groups[5], 16) == 0xffff ? "an IPv4-mapped address (::ffff:0:0/96)" : null;
    }

    /** The first six 16-bit groups of an IPv6 literal, "::" expanded; null when it is not one. */
    private static String[] expandIpv6(String literal) {
        String address = literal.contains("%") ? literal.substring(0, literal.indexOf('%')) : literal;
        int lastColon = address.lastIndexOf(':');
        if (address.indexOf('.', lastColon) >= 0) {
            address = address.substring(0, lastColon + 1) + "0:0"; // an embedded IPv4 tail is two groups
        }
        String[] halves = address.split("::", -1);
        if (halves.length > 2) {
            return null;
        }
        String[] head = halves[0].isEmpty() ? new String[0] : halves[0].split(":");
        String[] tail = halves.length == 1 || halves[1].isEmpty() ? new String[0] : halves[1].split(":");
        int missing = 8 - head.length - tail.length;
        if ((halves.length == 1 && missing != 0) || missing < 0) {
            return null;
        }
        String[] groups = new String[8];
        java.util.Arrays.fill(groups, "0");
        System.arraycopy(head, 0, groups, 0, head.length);
        System.arraycopy(tail, 0, groups, 8 - tail.length, tail.length);
        for (String group : groups) {
            if (group.length() > 4 || !group.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return null;
            }
        }
        return groups;
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
