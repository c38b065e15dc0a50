package dev.byline.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.common.error.ApiException;
import dev.byline.common.persistence.Times;
import dev.byline.common.web.MergePatcher;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** The webhook registry (admin) and the record of what was sent. */
@ApplicationScoped
public class WebhookService {

    @Inject
    WebhookRepository webhooks;

    @Inject
    WebhookDeliveryRepository deliveries;

    @Inject
    WebhookDeliveryAttemptRepository attempts;

    @Inject
    MergePatcher patcher;

    @Inject
    TargetGuard guard;

    @Transactional
    public PageView<WebhookView> list(PageParams paging) {
        List<WebhookView> data = webhooks.page(paging.page(), paging.size()).stream().map(WebhookView::of).toList();
        return new PageView<>(data, PageMeta.of(paging.page(), paging.size(), webhooks.count(), null));
    }

    @Transactional
    public WebhookView get(UUID id) {
        return WebhookView.of(find(id));
    }

    @Transactional
    public WebhookView create(WebhookRequest request) {
        Webhook webhook = new Webhook();
        webhook.createdAt = Times.now();
        checkTarget(request.url());
        apply(webhook, request);
        webhooks.persist(webhook);
        return WebhookView.of(webhook);
    }

    @Transactional
    public WebhookView patch(UUID id, JsonNode patch) {
        Webhook webhook = find(id);
        WebhookRequest merged = patcher.apply(WebhookRequest.of(webhook), patch, WebhookRequest.class);
        // An unchanged URL is not checked again here (it is at every send), so a webhook whose
        // target became refused can still be switched off.
        if (!Objects.equals(merged.url().strip(), webhook.url)) {
            checkTarget(merged.url());
        }
        apply(webhook, merged);
        return WebhookView.of(webhook);
    }

    @Transactional
    public void delete(UUID id) {
        webhooks.delete(find(id));
    }

    @Transactional
    public PageView<DeliveryView> deliveries(UUID webhookId, PageParams paging) {
        find(webhookId);
        List<WebhookDelivery> page = deliveries.pageForWebhook(webhookId, paging.page(), paging.size());
        Map<UUID, List<DeliveryAttemptView>> attemptsByDelivery = attempts
                .forDeliveries(page.stream().map(d -> d.id).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.deliveryId,
                        Collectors.mapping(DeliveryAttemptView::of, Collectors.toList())));
        List<DeliveryView> data = page.stream()
                .map(d -> DeliveryView.of(d, attemptsByDelivery.getOrDefault(d.id, List.of())))
                .toList();
        return new PageView<>(data,
                PageMeta.of(paging.page(), paging.size(), deliveries.countForWebhook(webhookId), null));
    }

    private Webhook find(UUID id) {
        return webhooks.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Webhook " + id));
    }

    private void checkTarget(String url) {
        try {
            guard.check(url.strip());
        } catch (TargetGuard.RefusedTarget refused) {
            throw ApiException.invalid("url", refused.getMessage());
        }
    }

    private static void apply(Webhook webhook, WebhookRequest request) {
        webhook.url = request.url().strip();
        webhook.events = new ArrayList<>(new LinkedHashSet<>(request.events()));
        webhook.secret = request.secret();
        webhook.active = request.active() == null || request.active();
        webhook.updatedAt = Times.now();
    }
}
