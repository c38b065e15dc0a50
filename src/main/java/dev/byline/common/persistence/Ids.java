package dev.byline.common.persistence;

import java.util.UUID;
import org.hibernate.id.uuid.UuidVersion7Strategy;

/** Time-ordered UUIDv7 ids, assigned in Java so a new entity knows its id before the flush. */
public final class Ids {

    private Ids() {
    }

    public static UUID newId() {
        return UuidVersion7Strategy.INSTANCE.generateUuid(null);
    }
}
