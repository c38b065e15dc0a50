package dev.byline.webhook;

import static dev.byline.support.Fixtures.asAdmin;
import static dev.byline.webhook.WebhookFixtures.author;
import static dev.byline.webhook.WebhookFixtures.publishArticle;
import static dev.byline.webhook.WebhookFixtures.webhook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.common.config.BylineConfig;
import dev.byline.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Issue: one dead receiver delayed every other receiver's deliveries, because it could hold
 * every sender. Senders are fair per target: a webhook whose receiver never answers has at
 * most {@code byline.webhooks.per-target-concurrency} sends in flight, and a healthy webhook's
 * deliveries all arrive meanwhile. Asserted by what the dead receiver sees at once (never more
 * connections than its share), not by timing.
 */
@QuarkusTest
class WebhookFairnessTest {

    private static final int EVENTS = 12;

    @Inject
    BylineConfig config;

    @Test
    void shouldHoldDeadReceiverToItsShareOfSendersWhileHealthyOneGetsEverything() throws Exception {
        int share = config.webhooks().perTargetConcurrency();
        assertTrue(share < config.webhooks().concurrency(), "the test needs senders beyond one target's share");
        try (SilentReceiver dead = new SilentReceiver(); Receiver healthy = Receiver.answering(204)) {
            String deadHook = WebhookFixtures.create(webhook(dead.url(), "article.published"));
            String healthyHook = WebhookFixtures.create(webhook(healthy.url(), "article.published"));
            ExecutorService publishers = Executors.newFixedThreadPool(6);
            try {
                String author = author();
                // In a burst, so that many of the dead receiver's deliveries are due at once.
                List<Future<String>> articles = new ArrayList<>();
                for (int i = 0; i < EVENTS; i++) {
                    String title = Fixtures.unique("Fair share " + i);
                    articles.add(publishers.submit(() -> publishArticle(title, author)));
                }
                for (Future<String> article : articles) {
                    article.get();
                }

                List<Receiver.Received> got = healthy.await(EVENTS, Duration.ofSeconds(90));
                assertEquals(EVENTS, got.size(), "every delivery of the healthy webhook arrived");
                assertTrue(dead.accepted() >= share, "the dead receiver was tried: " + dead.accepted());
                assertTrue(dead.mostOpenAtOnce() <= share, "the dead receiver held " + dead.mostOpenAtOnce()
                        + " senders at once; its share is " + share);
            } finally {
                publishers.shutdownNow();
                asAdmin().delete("/api/v1/webhooks/" + deadHook);
                asAdmin().delete("/api/v1/webhooks/" + healthyHook);
            }
        }
    }
}
