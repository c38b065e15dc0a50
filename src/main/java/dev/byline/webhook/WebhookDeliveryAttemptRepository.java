package dev.byline.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookDeliveryAttemptRepository implements PanacheRepositoryBase<WebhookDeliveryAttempt, UUID> {

    /** The attempts of these deliveries, oldest first, in one query. */
    public List<WebhookDeliveryAttempt> forDeliveries(List<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        return list("deliveryId in ?1 order by deliveryId, number", deliveryIds);
    }
}
