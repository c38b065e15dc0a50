package dev.byline.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.common.error.Problem;
import dev.byline.common.error.ProblemType;
import dev.byline.common.error.Problems;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.impl.VertxInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Problem+json for requests the HTTP parser itself refuses (a request line or headers over
 * its limits, a character no request may carry, such as a raw {@code {} in the path or a NUL
 * in a header): Vert.x answers those with an empty body from its "invalid request handler",
 * which never reaches the router.
 *
 * <p>Quarkus offers no way to set that handler, and Vert.x reads it when a server starts
 * listening, so once the servers have started this class puts the handler into each of
 * their connection handlers (reflection on Vert.x 4.5 internals). If a Vert.x upgrade moves
 * those internals it logs a warning and Vert.x' own empty answers stay;
 * {@code LowLevelProblemsTest} fails then, so the upgrade cannot pass unnoticed.
 */
@ApplicationScoped
public class InvalidRequestProblems {

    private static final Logger LOG = Logger.getLogger(InvalidRequestProblems.class);

    @Inject
    Vertx vertx;

    @Inject
    ObjectMapper mapper;

    void onStart(@Observes StartupEvent started) {
        installWhileStarting(-1, 0, 600);
    }

    /**
     * The servers start listening after the startup observers ran, one event loop after the
     * other: look every 100 ms until the number of listeners has stayed the same for a second,
     * then every 5 s (a listener that comes later, e.g. after a restart in dev mode).
     */
    private void installWhileStarting(int previous, int stableTicks, int ticksLeft) {
        int found = install();
        int stable = found > 0 && found == previous ? stableTicks + 1 : 0;
        if (stable >= 10 || ticksLeft <= 0) {
            vertx.setPeriodic(5000, id -> install());
            return;
        }
        vertx.setTimer(100, id -> installWhileStarting(found, stable, ticksLeft - 1));
    }

    int install() {
        Handler<HttpServerRequest> handler = this::answer;
        int patched = 0;
        try {
            for (Object server : ((VertxInternal) vertx).sharedHttpServers().values()) {
                for (Object listener : listeners(server)) {
                    Object worker = read(listener, "childHandler");
                    Object connections = read(worker, "connectionHandler");
                    write(connections, "invalidRequestHandler", handler);
                    patched++;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("Requests the HTTP parser refuses keep Vert.x' empty answers: %s", e.toString());
            return -1;
        }
        LOG.debugf("Problem answers for invalid requests on %d HTTP listeners", patched);
        return patched;
    }

    /** The per-event-loop server instances that share the actual server's port. */
    private static List<Object> listeners(Object actualServer) throws ReflectiveOperationException {
        Object balancer = read(actualServer, "channelBalancer");
        List<Object> servers = new ArrayList<>();
        for (Object workerList : ((Map<?, ?>) read(balancer, "workerMap")).values()) {
            for (Object channelHandler : (Collection<?>) read(workerList, "list")) {
                // the lambda "ch -> childHandler.accept(ch, …)" of the listening server
                for (Field captured : channelHandler.getClass().getDeclaredFields()) {
                    captured.setAccessible(true);
                    Object value = captured.get(channelHandler);
                    if (value != null && !servers.contains(value)
                            && value.getClass().getName().equals("io.vertx.core.http.impl.HttpServerImpl")) {
                        servers.add(value);
                    }
                }
            }
        }
        return servers;
    }

    void answer(HttpServerRequest request) {
        Throwable cause = request.decoderResult() == null ? null : request.decoderResult().cause();
        ProblemType type;
        String detail;
        if (cause instanceof TooLongHttpLineException) {
            type = ProblemType.URI_TOO_LONG;
            detail = "The request line is longer than the server accepts";
        } else if (cause instanceof TooLongHttpHeaderException) {
            type = ProblemType.HEADERS_TOO_LARGE;
            detail = "The request headers are larger than the server accepts";
        } else {
            type = ProblemType.MALFORMED_REQUEST;
            detail = "The request is not valid HTTP (request line or headers)";
        }
        Problem problem = Problems.problem(type, detail, null, null, null);
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (Exception e) {
            body = "";
        }
        request.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body)
                .onComplete(done -> request.connection().close());
    }

    private static Object read(Object target, String name) throws ReflectiveOperationException {
        Field field = find(target.getClass(), name);
        return field.get(target);
    }

    private static void write(Object target, String name, Object value) throws ReflectiveOperationException {
        find(target.getClass(), name).set(target, value);
    }

    private static Field find(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException next) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }
}
