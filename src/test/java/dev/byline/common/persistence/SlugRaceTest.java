package dev.byline.common.persistence;

import static dev.byline.support.Fixtures.asAdmin;
import static dev.byline.support.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.byline.support.ContentFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Derived slugs under concurrency (API.md §3 "Slug"): a burst of creates with one title never
 * gets a 409 and never two equal slugs; the first takes the base, the others -2, -3…
 */
@QuarkusTest
class SlugRaceTest {

    private static final int BURST = 12;

    @Test
    void shouldGiveDistinctSlugsWhenTwelveArticlesWithOneTitleArriveAtOnce() throws Exception {
        String author = unique("race-byline");
        ContentFixtures.author(author);
        String title = unique("Burst story");
        assertDistinctSlugs("/api/v1/articles", () -> ContentFixtures.body(title, author), title);
    }

    @Test
    void shouldGiveDistinctSlugsWhenTwelvePostsWithOneTitleArriveAtOnce() throws Exception {
        String author = unique("race-poster");
        ContentFixtures.author(author);
        String title = unique("Burst post");
        assertDistinctSlugs("/api/v1/posts", () -> ContentFixtures.body(title, author), title);
    }

    @Test
    void shouldGiveDistinctSlugsWhenTwelveSectionsTagsAndAuthorsWithOneNameArriveAtOnce() throws Exception {
        for (String collection : List.of("sections", "tags", "authors")) {
            String name = unique("Burst " + collection);
            assertDistinctSlugs("/api/v1/" + collection, () -> Map.of("name", name), name);
        }
    }

    @Test
    void shouldStillRefuseAnExplicitSlugThatIsTakenWhenOthersRace() {
        String slug = unique("explicit");
        ContentFixtures.tag(slug);
        asAdmin().body(Map.of("name", "Other", "slug", slug)).post("/api/v1/tags").then().statusCode(409);
    }

    private static void assertDistinctSlugs(String path, Supplier<Map<String, Object>> body, String title)
            throws Exception {
        String base = Slugs.fromTitle(title);
        CyclicBarrier start = new CyclicBarrier(BURST);
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        try {
            List<Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                results.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return asAdmin().body(body.get()).post(path);
                }));
            }
            Set<String> slugs = new HashSet<>();
            for (Future<Response> result : results) {
                Response response = result.get(120, TimeUnit.SECONDS);
                assertEquals(201, response.statusCode(), path + ": " + response.asString());
                slugs.add(response.path("slug"));
            }
            Set<String> expected = new HashSet<>();
            expected.add(base);
            for (int n = 2; n <= BURST; n++) {
                expected.add(base + "-" + n);
            }
            assertEquals(expected, slugs, path + ": every create has its own slug, base to base-" + BURST);
        } finally {
            pool.shutdownNow();
        }
    }
}
