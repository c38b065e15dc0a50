package dev.byline.common.web;

import dev.byline.common.config.BylineConfig;
import dev.byline.common.error.ApiException;
import dev.byline.common.error.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses bodies over {@code byline.http.max-body-bytes} with a 413 problem: at once when the
 * Content-Length says so, and while reading when the body is chunked.
 */
@Provider
@PreMatching
public class BodyLimitFilter implements ContainerRequestFilter, ReaderInterceptor {

    @Inject
    BylineConfig config;

    /** Room for the multipart envelope (boundaries, part headers, alt/caption/credit) around an upload. */
    static final long MULTIPART_ENVELOPE = 64 * 1024;

    private static final String LIMIT = BodyLimitFilter.class.getName() + ".limit";

    /** Import files are streamed to the database and counted by the import service itself. */
    private static final long OWN_LIMIT = -1;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limitFor(request);
        request.setProperty(LIMIT, limit);
        if (limit != OWN_LIMIT && request.getLength() > limit) {
            throw tooLarge(limit);
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long limit = context.getProperty(LIMIT) instanceof Long set ? set : config.http().maxBodyBytes();
        if (limit != OWN_LIMIT) {
            context.setInputStream(new LimitedStream(context.getInputStream(), limit));
        }
        return context.proceed();
    }

    /**
     * Media uploads (API.md §11) have their own, larger limit ({@code byline.media.max-bytes}); imports
     * (§13) enforce {@code byline.imports.max-bytes} while they stream; everything else is JSON.
     */
    private long limitFor(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod())) {
            return config.http().maxBodyBytes();
        }
        String path = request.getUriInfo().getPath();
        if (isCollection(path, "/imports")) {
            return OWN_LIMIT;
        }
        if (isCollection(path, "/media")) {
            return config.media().maxBytes() + MULTIPART_ENVELOPE;
        }
        return config.http().maxBodyBytes();
    }

    private static boolean isCollection(String path, String collection) {
        return path.equals(Api.BASE + collection) || path.equals(Api.BASE + collection + "/");
    }

    private static ApiException tooLarge(long limit) {
        return new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than " + limit + " bytes");
    }

    private final class LimitedStream extends FilterInputStream {
        private final long limit;
        private long read;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
