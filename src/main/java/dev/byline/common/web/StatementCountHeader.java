package dev.byline.common.web;

import dev.byline.common.config.BylineConfig;
import dev.byline.common.persistence.RequestStatements;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Adds {@code X-Statement-Count} to responses when {@code byline.debug.statement-count-header} is on. */
public class StatementCountHeader {

    @Inject
    BylineConfig config;

    @Inject
    RequestStatements statements;

    @ServerResponseFilter
    public void addCount(ContainerResponseContext response) {
        if (config.debug().statementCountHeader()) {
            response.getHeaders().putSingle("X-Statement-Count", statements.count());
        }
    }
}
