package dev.byline.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepositoryBase<ApiToken, UUID> {

    /** The token with this hash and its user, in one statement. */
    public Optional<ApiToken> findByHashWithUser(String tokenHash) {
        return find("from ApiToken t join fetch t.user where t.tokenHash = ?1", tokenHash).firstResultOptional();
    }

    public List<ApiToken> listForUser(UUID userId) {
        return list("user.id = ?1 order by createdAt desc, id desc", userId);
    }

    /** Records a use at most once a minute per token, so reads do not write on every request. */
    public void touch(UUID tokenId, Instant now) {
        update("lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)",
                now, tokenId, now.minusSeconds(60));
    }
}
