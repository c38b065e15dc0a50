package dev.byline.author;

import dev.byline.common.persistence.SluggedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A public byline. Not an account: a user may be linked to one ({@code users.author_id}). */
@Entity
@Table(name = "authors")
public class Author extends SluggedEntity {
    public String bio;

    @Column(name = "avatar_url")
    public String avatarUrl;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> links = new LinkedHashMap<>();
}
