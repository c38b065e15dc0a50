package dev.byline.auth;

import dev.byline.common.security.Role;

import dev.byline.common.persistence.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An account that signs in with API tokens. Not a public byline: see {@code author}. */
@Entity
@Table(name = "users")
public class User {
    @Id
    public UUID id = Ids.newId();

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public Role role;

    @Column(name = "author_id")
    public UUID authorId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
