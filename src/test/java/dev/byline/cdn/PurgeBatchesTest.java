package dev.byline.cdn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurgeBatchesTest {

    @Test
    void shouldJoinKeysBySpacesInOneHeaderWhenTheyFit() {
        assertEquals(List.of("article:1 list:articles list:recent"),
                PurgeBatches.headers(List.of("article:1", "list:articles", "list:recent")));
    }

    @Test
    void shouldSplitIntoHeadersWithinTheLimitWithoutCuttingAKeyWhenTheyDoNotFit() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            keys.add("article:00000000-0000-0000-0000-" + String.format("%012d", i));
        }
        List<String> headers = PurgeBatches.headers(keys);

        assertTrue(headers.size() > 1);
        headers.forEach(header -> assertTrue(header.length() <= PurgeBatches.MAX_LENGTH, header.length() + ""));
        List<String> rejoined = headers.stream().flatMap(header -> Arrays.stream(header.split(" "))).toList();
        assertEquals(keys, rejoined);
    }

    @Test
    void shouldSendNothingWhenThereAreNoKeys() {
        assertEquals(List.of(), PurgeBatches.headers(List.of()));
    }
}
