package dev.byline.auth;

import dev.byline.common.security.AuthenticatedUser;
import dev.byline.common.security.Role;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepositoryBase<ApiToken, UUID> {

    private static final String FIND_ACTIVE = """
            SELECT t.id, t.last_used_at, u.id, u.name, u.role, u.author_id
            FROM api_tokens t JOIN users u ON u.id = t.user_id
            WHERE t.token_hash = ? AND (t.expires_at IS NULL OR t.expires_at > ?)""";

    private static final String TOUCH = """
            UPDATE api_tokens SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)""";

    @Inject
    AgroalDataSource dataSource;

    /**
     * The unexpired token with this hash and its user, in one statement on a connection of its
     * own, outside any transaction: every authenticated request asks, and a read needs neither
     * the persistence context nor a transaction manager.
     */
    public Optional<ActiveToken> findActive(String tokenHash, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(FIND_ACTIVE)) {
            select.setString(1, tokenHash);
            select.setTimestamp(2, Timestamp.from(now));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Timestamp lastUsed = row.getTimestamp(2);
                AuthenticatedUser user = new AuthenticatedUser(row.getObject(3, UUID.class), row.getString(4),
                        Role.of(row.getString(5)), row.getObject(6, UUID.class), row.getObject(1, UUID.class));
                return Optional.of(new ActiveToken(user, lastUsed == null ? null : lastUsed.toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Looking up an API token failed", e);
        }
    }

    public List<ApiToken> listForUser(UUID userId) {
        return list("user.id = ?1 order by createdAt desc, id desc", userId);
    }

    /**
     * Records a use at most once a minute per token (reads do not write on every request), as a
     * statement of its own, committed at once.
     */
    public void touch(UUID tokenId, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(TOUCH)) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setObject(2, tokenId);
            update.setTimestamp(3, Timestamp.from(now.minusSeconds(60)));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Recording an API token's use failed", e);
        }
    }
}
