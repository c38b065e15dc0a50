package dev.byline.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    public List<Webhook> page(int page, int size) {
        return findAll(Sort.by("createdAt").and("id")).page(page - 1, size).list();
    }

    /**
     * Ids of the active webhooks that subscribe to the event. Synchronised with the webhooks
     * table only, so running it inside a writer's transaction does not flush the writer's
     * pending changes early. The column is typed with addScalar, not a result class: Hibernate
     * caches the plan of a native query only then (a result class makes every run a new entry
     * of its plan cache, all under one hash, which made each lookup slower than the query).
     */
    @SuppressWarnings("unchecked")
    public List<UUID> activeSubscribers(String event) {
        return getEntityManager()
                .createNativeQuery("SELECT id FROM webhooks WHERE active AND events @> ARRAY[CAST(?1 AS text)] ORDER BY id")
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addSynchronizedEntityClass(Webhook.class)
                .setParameter(1, event)
                .getResultList();
    }
}
