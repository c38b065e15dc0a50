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

    /** Endpoints that take files, stream them to storage and enforce a limit of their own. */
    private static final String OWN_LIMIT = "byline.body-limit.own";

    @Override
    public void filter(ContainerRequestContext request) {
        if (isUpload(request)) {
            request.setProperty(OWN_LIMIT, true);
            return;
        }
        if (request.getLength() > config.http().maxBodyBytes()) {
            throw tooLarge();
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getProperty(OWN_LIMIT) == null) {
            context.setInputStream(new LimitedStream(context.getInputStream(), config.http().maxBodyBytes()));
        }
        return context.proceed();
    }

    private static boolean isUpload(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return "POST".equals(request.getMethod())
                && (path.equals(Api.BASE + "/imports") || path.equals(Api.BASE + "/imports/"));
    }

    private ApiException tooLarge() {
        return new ApiException(ProblemType.PAYLOAD_TOO_LARGE,
                "The body is larger than " + config.http().maxBodyBytes() + " bytes");
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
                throw tooLarge();
            }
        }
    }
}
