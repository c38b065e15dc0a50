package dev.byline.comment;

import dev.byline.common.config.BylineConfig;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Who a request comes from, for the comment rate limit: the connection's address, or the
 * first {@code X-Forwarded-For} entry when {@code byline.trust-forwarded-for} is on (behind
 * a proxy). An entry that is not an address, or is missing, falls back to the connection.
 */
@ApplicationScoped
public class ClientAddresses {

    static final int MAX_LENGTH = 100;

    @Inject
    BylineConfig config;

    public String of(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        return resolve(config.trustForwardedFor(), remote == null ? null : remote.hostAddress(),
                request.getHeader("X-Forwarded-For"));
    }

    static String resolve(boolean trustForwardedFor, String remoteAddress, String forwardedFor) {
        if (trustForwardedFor && forwardedFor != null) {
            int comma = forwardedFor.indexOf(',');
            String first = (comma < 0 ? forwardedFor : forwardedFor.substring(0, comma)).strip();
            if (looksLikeAddress(first)) {
                return first.toLowerCase(Locale.ROOT);
            }
        }
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "unknown";
        }
        return remoteAddress.length() > MAX_LENGTH ? remoteAddress.substring(0, MAX_LENGTH) : remoteAddress;
    }

    /** IPv4 or IPv6 text, optionally with a port or brackets: digits, hex letters, dots, colons. */
    private static boolean looksLikeAddress(String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
                    || c == '.' || c == ':' || c == '[' || c == ']';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
