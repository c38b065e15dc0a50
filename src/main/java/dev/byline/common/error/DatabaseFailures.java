package dev.byline.common.error;

import jakarta.persistence.OptimisticLockException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLTimeoutException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.StaleStateException;

/**
 * Recognises "the database cannot be reached or did not answer in time" anywhere in a
 * failure: along the causes and the suppressed exceptions of each (a commit that fails
 * carries the driver's I/O error only as a suppressed exception of the RollbackException).
 */
public final class DatabaseFailures {

    /** Connection errors (08), operator intervention (57P: shutdown, crash), statement timeout (57014). */
    private static final String QUERY_CANCELED = "57014";

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        return anyInTree(failure, DatabaseFailures::isUnavailableItself);
    }

    private static boolean isUnavailableItself(Throwable t) {
        if (t instanceof ConnectException || t instanceof SocketTimeoutException
                || t instanceof SQLTransientConnectionException || t instanceof SQLTimeoutException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals(QUERY_CANCELED))) {
                return true;
            }
            String message = sql.getMessage();
            if (message != null && message.contains("Acquisition timeout")) {
                return true;
            }
        }
        // No connection could be had: the pool could not make one (a silent database makes the
        // driver give up, or interrupts it, mid-connect).
        if (t instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        String text = t.getMessage();
        if (text != null && (text.contains("Unable to acquire JDBC Connection")
                || text.contains("Interrupted while attempting to connect"))) {
            return true;
        }
        // The transaction manager rolled the transaction back because it outlived its timeout
        // (a database that stopped answering); the request then finds it "not active".
        String message = t.getMessage();
        return message != null && (message.contains("ARJUNA016102") || message.contains("ARJUNA012117")
                || message.contains("transaction is not active") || message.contains("Transaction timeout"));
    }

    /** Walks causes and suppressed exceptions, each once. */
    static boolean anyInTree(Throwable failure, Predicate<Throwable> test) {
        Deque<Throwable> todo = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (failure != null) {
            todo.add(failure);
        }
        while (!todo.isEmpty() && seen.size() < 100) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                todo.add(suppressed);
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
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
