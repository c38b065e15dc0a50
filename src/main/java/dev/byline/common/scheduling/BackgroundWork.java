package dev.byline.common.scheduling;

import dev.byline.common.error.DatabaseFailures;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * How every scheduled batch (numbering changes, running imports, publishing what is due,
 * sweeping stray files, retention) meets a failure: it is logged, never thrown at the scheduler,
 * and a database outage is a warning, not an error, since the next run simply tries again.
 */
public final class BackgroundWork {

    private BackgroundWork() {
    }

    /** Runs one batch; {@code what} names it in the log ("Change feed numbering"). */
    public static void run(Logger log, String what, Runnable batch) {
        run(log, what, () -> {
            batch.run();
            return null;
        }, null);
    }

    /** Runs one batch and answers its result, or {@code otherwise} when it failed. */
    public static <T> T run(Logger log, String what, Supplier<T> batch, T otherwise) {
        try {
            return batch.get();
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                log.warnf("%s skipped: the database is unavailable", what);
            } else {
                log.errorf(e, "%s failed", what);
            }
            return otherwise;
        }
    }
}
