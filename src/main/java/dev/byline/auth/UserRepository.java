package dev.byline.auth;

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

    public long countAdmins() {
        return count("role", Role.ADMIN);
    }
}
