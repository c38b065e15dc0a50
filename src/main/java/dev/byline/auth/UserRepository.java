package dev.byline.auth;

import dev.byline.common.security.Role;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<User, UUID> {

    public Optional<User> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }

    public List<User> page(int page, int size) {
        return findAll(Sort.by("createdAt").and("id")).page(page - 1, size).list();
    }

    /**
     * Serialises changes that must see every account as it is (the first admin, the last
     * admin), across instances, until the transaction ends.
     */
    public void lockAccounts() {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(4242001)").getSingleResult();
    }

    public long countAdmins() {
        return count("role", Role.ADMIN);
    }
}
