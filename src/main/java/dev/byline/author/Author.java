package dev.byline.author;

import dev.byline.common.persistence.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A public byline. Not an account: a user may be linked to one ({@code users.author_id}). */
@Entity
@Table(name = "authors")
public class Author {
    @Id
    public UUID id = Ids.newId();

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String name;

    public String bio;

    @Column(name = "avatar_url")
    public String avatarUrl;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> links = new LinkedHashMap<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
