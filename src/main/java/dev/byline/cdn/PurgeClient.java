package dev.byline.cdn;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Sends one set of keys to every cache node: {@code PURGE <url>} with the keys, space-separated,
 * in {@value #KEYS_HEADER} (several requests when they do not fit one header), and the shared
 * secret when one is set. A node that answers 2xx took them; anything else is a failure, and
 * the whole set goes again later (a purge sent twice does no harm).
 */
@Singleton
public class PurgeClient {

    public static final String KEYS_HEADER = "xkey-purge";
    static final String METHOD = "PURGE";
    static final String USER_AGENT = "Byline-Purger/1.0";

    @Inject
    CdnConfig config;

    private volatile HttpClient http;

    /**
     * Built on the first purge, not at start: most sites have no CDN, and an HTTP client loads the
     * TLS defaults (a measurable part of the start on a small machine).
     */
    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(config.timeout())
                            .build();
                }
                client = http;
            }
        }
        return client;
    }

    /** What went wrong, one line per node that did not take every key (without the secret); empty: all done. */
    public List<String> purge(List<URI> targets, Collection<String> keys) throws InterruptedException {
        List<String> headers = PurgeBatches.headers(keys);
        List<String> failures = new ArrayList<>();
        for (URI target : targets) {
            for (String header : headers) {
                String failure = send(target, header);
                if (failure != null) {
                    failures.add(PurgeTargets.describe(target) + ": " + failure);
                    break;
                }
            }
        }
        return failures;
    }

    private String send(URI target, String keys) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(config.timeout())
                .header("User-Agent", USER_AGENT)
                .header(KEYS_HEADER, keys)
                .method(METHOD, HttpRequest.BodyPublishers.noBody());
        config.purgeSecret().filter(secret -> !secret.isEmpty())
                .ifPresent(secret -> request.header(config.purgeSecretHeader(), secret));
        try {
            HttpResponse<Void> response = http().send(request.build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (HttpConnectTimeoutException e) {
            return "connect timed out after " + config.timeout().toMillis() + " ms";
        } catch (HttpTimeoutException e) {
            return "no answer within " + config.timeout().toMillis() + " ms";
        } catch (ConnectException e) {
            return "could not connect";
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }
}
