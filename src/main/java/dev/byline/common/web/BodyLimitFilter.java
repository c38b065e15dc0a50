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

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limitFor(request);
        request.setProperty(LIMIT, limit);
        if (request.getLength() > limit) {
            throw tooLarge(limit);
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long limit = context.getProperty(LIMIT) instanceof Long set ? set : config.http().maxBodyBytes();
        context.setInputStream(new LimitedStream(context.getInputStream(), limit));
        return context.proceed();
    }

    /** Media uploads (API.md §11) have their own, larger limit ({@code byline.media.max-bytes}). */
    private long limitFor(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean upload = "POST".equals(request.getMethod())
                && (path.equals(Api.BASE + "/media") || path.equals(Api.BASE + "/media/"));
        return upload ? config.media().maxBytes() + MULTIPART_ENVELOPE : config.http().maxBodyBytes();
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
