package dev.byline.cdn;

import java.util.List;
import java.util.Set;

/**
 * Purge rows one instance leased: their ids (several rows may name one key, from different
 * writes) and the distinct keys to send; {@code attempts} is the most any of them had failed.
 */
record ClaimedPurges(List<Long> ids, Set<String> keys, int attempts) {

    boolean isEmpty() {
        return ids.isEmpty();
    }
}
