package dev.byline.auth;

import dev.byline.common.security.Role;
import dev.byline.common.security.AuthenticatedUser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.author.AuthorRepository;
import dev.byline.common.error.ApiException;
import dev.byline.common.persistence.Times;
import dev.byline.common.web.MergePatcher;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class UserService {

    @Inject
    UserRepository users;

    @Inject
    MergePatcher patcher;

    @Inject
    ApiTokenRepository tokens;

    @Inject
    AuthorRepository authors;

    @Transactional
    public PageView<UserView> list(PageParams paging) {
        var data = users.page(paging.page(), paging.size()).stream().map(UserView::of).toList();
        return new PageView<>(data, PageMeta.of(paging.page(), paging.size(), users.count(), null));
    }

    @Transactional
    public UserView get(UUID id) {
        return UserView.of(find(id));
    }

    @Transactional
    public MeView me(AuthenticatedUser caller) {
        User user = find(caller.id());
        return new MeView(user.id, user.name, user.email, user.role, user.authorId);
    }

    @Transactional
    public UserView create(UserRequest request) {
        User user = new User();
        user.createdAt = Times.now();
        apply(user, request);
        users.persist(user);
        return UserView.of(user);
    }

    /** Creates the first admin when the database has no user yet; false when one exists. */
    @Transactional
    public boolean createFirstAdmin(String name, String email, String tokenSecret, String tokenName) {
        users.lockAccounts();
        if (users.count() > 0) {
            return false;
        }
        User admin = new User();
        admin.createdAt = Times.now();
        apply(admin, new UserRequest(name, email, Role.ADMIN, null));
        users.persist(admin);
        ApiToken token = new ApiToken();
        token.user = admin;
        token.name = tokenName;
        token.tokenHash = TokenSecrets.hash(tokenSecret);
        token.createdAt = admin.createdAt;
        tokens.persist(token);
        return true;
    }

    @Transactional
    public UserView patch(UUID id, JsonNode patch) {
        users.lockAccounts();
        User user = find(id);
        UserRequest merged = patcher.apply(UserRequest.of(user), patch, UserRequest.class);
        if (user.role == Role.ADMIN && merged.role() != Role.ADMIN && users.countAdmins() <= 1) {
            throw ApiException.conflict("The last admin cannot lose the admin role");
        }
        apply(user, merged);
        return UserView.of(user);
    }

    @Transactional
    public void delete(UUID id, AuthenticatedUser caller) {
        users.lockAccounts();
        User user = find(id);
        if (user.id.equals(caller.id())) {
            throw ApiException.conflict("You cannot delete your own account");
        }
        if (user.role == Role.ADMIN && users.countAdmins() <= 1) {
            throw ApiException.conflict("The last admin cannot be deleted");
        }
        users.delete(user);
    }

    User find(UUID id) {
        return users.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("User " + id));
    }

    private void apply(User user, UserRequest request) {
        users.findByEmail(request.email())
                .filter(other -> !other.id.equals(user.id))
                .ifPresent(other -> {
                    throw ApiException.conflict("A user with email " + request.email() + " already exists");
                });
        if (request.authorId() != null && !request.authorId().equals(user.authorId)) {
            if (authors.findByIdOptional(request.authorId()).isEmpty()) {
                throw ApiException.invalid("authorId", "no author with id " + request.authorId());
            }
        }
        Instant now = Times.now();
        user.name = request.name().strip();
        user.email = request.email().strip();
        user.role = request.role();
        user.authorId = request.authorId();
        user.updatedAt = now;
    }
}
