package dev.byline.common.persistence;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements each request prepares, so the cost of an endpoint is visible
 * (header {@code X-Statement-Count} when {@code byline.debug.statement-count-header} is on)
 * and tests can assert that a list costs the same whatever its size.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementCounter implements StatementInspector {

    @Inject
    RequestStatements statements;

    @Override
    public String inspect(String sql) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            statements.increment();
        }
        return sql;
    }
}
