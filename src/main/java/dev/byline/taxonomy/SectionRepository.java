package dev.byline.taxonomy;

import dev.byline.common.persistence.SluggedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class SectionRepository implements SluggedRepository<Section> {
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
