package dev.byline.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class SectionRepository implements PanacheRepositoryBase<Section, UUID> {

    public Optional<Section> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Section> page(int page, int size) {
        return findAll(Sort.by("name").and("id")).page(page - 1, size).list();
    }

    /** Serialises changes of the tree's shape until the transaction ends, across instances. */
    public void lockTree() {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(4242002)").getSingleResult();
    }

    public boolean hasChildren(UUID id) {
        return count("parentId", id) > 0;
    }

    /** The section and every section below it, from one query over the (small) tree. */
    public Set<UUID> withDescendants(UUID rootId) {
        List<Object[]> edges = getEntityManager()
                .createQuery("select s.id, s.parentId from Section s", Object[].class)
                .getResultList();
        Set<UUID> found = new HashSet<>();
        Deque<UUID> queue = new ArrayDeque<>();
        queue.add(rootId);
        while (!queue.isEmpty()) {
            UUID current = queue.poll();
            if (found.add(current)) {
                for (Object[] edge : edges) {
                    if (current.equals(edge[1])) {
                        queue.add((UUID) edge[0]);
                    }
                }
            }
        }
        return found;
    }
}
