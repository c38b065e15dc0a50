package dev.byline.common.error;

import jakarta.persistence.OptimisticLockException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.StaleStateException;

/** Recognises "the database cannot be reached" anywhere in a cause chain. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                String message = sql.getMessage();
                if (message != null && message.contains("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A database refusal caused by what the client sent (a unique value taken by a concurrent
     * write, a reference that vanished, a value the column cannot hold), or null.
     */
    public static ApiException asClientError(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return ApiException.conflict("A concurrent change got in the way; read the resource again and retry");
            }
        }
        String state = sqlState(failure);
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "23505" -> ApiException.conflict("A resource with the same unique value already exists");
            case "23503" -> ApiException.conflict("The change refers to, or is referred to by, another resource");
            case "40001", "40P01" -> ApiException.conflict("A concurrent change got in the way; try again");
            case "22001" -> ApiException.badRequest("A value is too long");
            case "54000" -> new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "The text is too large to index");
            case "22P02", "22007", "22008", "22003" -> ApiException.badRequest("A value has the wrong format");
            case "22021" -> ApiException.badRequest("A value contains a character that cannot be stored");
            default -> null;
        };
    }

    /** The SQLState of the first SQL exception in the chain, or null. */
    public static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
