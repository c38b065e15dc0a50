package dev.byline.media;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.common.security.AuthenticatedUser;
import dev.byline.common.security.Role;
import dev.byline.common.error.ApiException;
import dev.byline.common.error.ProblemType;
import dev.byline.common.persistence.Times;
import dev.byline.common.web.EntityTags;
import dev.byline.common.web.MergePatcher;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageView;
import dev.byline.media.storage.MediaStorage;
import dev.byline.media.storage.StorageKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rules of media items: storing, reading (who may see what), editing and deleting. */
@ApplicationScoped
public class MediaService {

    @Inject
    MediaRepository repository;

    @Inject
    MediaStorage storage;

    @Inject
    MediaUsers users;

    @Inject
    MediaUrls urls;

    @Inject
    MediaEvents events;

    @Inject
    StorageCleanup cleanup;

    @Inject
    MergePatcher patcher;

    @Transactional
    public Optional<MediaView> findByUpload(String uploadSha256) {
        return repository.findByUploadSha256(uploadSha256).map(this::view);
    }

    /**
     * Writes the file, then the row, in that order: a row never names a missing file. Should the
     * transaction roll back, the file is removed at once (and by the cleanup job should the
     * process die first), and since files are only served through their row, none is served.
     */
    @Transactional
    public Uploaded store(NewMedia upload, AuthenticatedUser caller) {
        repository.lockUpload(upload.uploadSha256());
        Optional<Media> existing = repository.findByUploadSha256(upload.uploadSha256());
        if (existing.isPresent()) {
            return new Uploaded(view(existing.get()), false);
        }
        Media media = new Media();
        media.fileName = upload.fileName();
        media.mimeType = upload.format().mimeType();
        media.width = upload.size().width();
        media.height = upload.size().height();
        media.bytes = upload.bytes().length;
        media.sha256 = Digests.sha256(upload.bytes());
        media.uploadSha256 = upload.uploadSha256();
        media.alt = blankToNull(upload.text().alt());
        media.caption = blankToNull(upload.text().caption());
        media.credit = blankToNull(upload.text().credit());
        media.createdAt = Times.now();
        media.updatedAt = media.createdAt;
        media.createdBy = caller == null ? null : caller.id();
        cleanup.removeOnRollback(StorageKeys.prefix(media.id));
        storage.put(StorageKeys.original(media.id), upload.bytes());
        repository.persist(media);
        repository.flush();
        MediaView view = view(media);
        events.created(view);
        return new Uploaded(view, true);
    }

    @Transactional
    public PageView<MediaView> list(String q, PageParams paging) {
        String query = q == null ? null : q.strip().toLowerCase(java.util.Locale.ROOT);
        if (query != null && query.isEmpty()) {
            throw ApiException.invalid("q", "must not be blank");
        }
        List<MediaView> page = repository.page(query, paging.page(), paging.size()).stream().map(this::view).toList();
        return new PageView<>(page, PageMeta.of(paging.page(), paging.size(), repository.count(query), null));
    }

    /**
     * One media item: token holders (contributor and up) see any; anonymous readers only media
     * that published content shows, others are 404 as unpublished content is.
     */
    @Transactional
    public Versioned get(UUID id, Optional<AuthenticatedUser> caller) {
        Media media = repository.findByIdOptional(id).orElseThrow(() -> notFound(id));
        if (caller.isEmpty() && !users.isUsedByPublished(id, Times.now())) {
            throw notFound(id);
        }
        return new Versioned(view(media), etag(media));
    }

    /** The media item behind a file URL; the file name must be the current one. */
    @Transactional
    public MediaFile file(UUID id, String fileName) {
        return repository.findByIdOptional(id).filter(m -> m.fileName.equals(fileName))
                .map(m -> new MediaFile(m.id, m.fileName, m.mimeType, m.width, m.height, m.bytes, m.sha256))
                .orElseThrow(() -> ApiException.notFound("Media file " + id + "/" + fileName));
    }

    @Transactional
    public Versioned patch(UUID id, JsonNode patch, EntityTags.Condition ifMatch, AuthenticatedUser caller) {
        Media media = repository.lock(id).orElseThrow(() -> notFound(id));
        if (!caller.isAtLeast(Role.EDITOR) && !caller.id().equals(media.createdBy)) {
            throw ApiException.forbidden("Only the uploader or an editor may change a media item");
        }
        checkIfMatch(media, ifMatch);
        rejectUnknownFields(patch);
        MediaPatch merged = patcher.apply(new MediaPatch(media.alt, media.caption, media.credit), patch,
                MediaPatch.class);
        media.alt = blankToNull(merged.alt());
        media.caption = blankToNull(merged.caption());
        media.credit = blankToNull(merged.credit());
        media.version++;
        media.updatedAt = Times.now();
        users.mediaChanged(id);
        return new Versioned(view(media), etag(media));
    }

    /** Deletes the row now and the files after the commit; 409 while content shows it. */
    @Transactional
    public void delete(UUID id, EntityTags.Condition ifMatch) {
        Media media = repository.lock(id).orElseThrow(() -> notFound(id));
        checkIfMatch(media, ifMatch);
        List<MediaUser> usedBy = users.usersOf(id);
        if (!usedBy.isEmpty()) {
            String names = usedBy.stream().limit(5).map(u -> u.type() + " \"" + u.title() + "\"")
                    .collect(Collectors.joining(", "));
            throw ApiException.conflict("The media item is used by " + usedBy.size()
                    + (usedBy.size() == 1 ? " item: " : " items: ") + names + (usedBy.size() > 5 ? ", …" : "")
                    + "; remove it from them first").with("usedBy", usedBy);
        }
        MediaView view = view(media);
        repository.delete(media);
        repository.flush();
        cleanup.removeAfterCommit(StorageKeys.prefix(id));
        events.deleted(view);
    }

    /** Views of the media items with these ids, in one query (for content that shows them). */
    @Transactional
    public Map<UUID, MediaView> views(Collection<UUID> ids) {
        return repository.findByIds(ids).stream().map(this::view)
                .collect(Collectors.toMap(MediaView::id, Function.identity()));
    }

    public static String etag(Media media) {
        return EntityTags.item(media.id, media.version);
    }

    MediaView view(Media m) {
        return new MediaView(m.id, urls.url(m.id, m.fileName), m.fileName, m.mimeType, m.width, m.height, m.bytes,
                m.sha256, m.alt, m.caption, m.credit, m.createdAt, m.createdBy);
    }

    private static void checkIfMatch(Media media, EntityTags.Condition ifMatch) {
        String current = etag(media);
        if (ifMatch != null && !ifMatch.matchesStrongly(current)) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "The media item has changed since you read it: "
                    + "it is at version " + media.version + "; read it again and reapply your change")
                    .with("currentVersion", media.version)
                    .withHeader("ETag", current);
        }
    }

    /** Only alt, caption and credit may change; anything else (a width, a typo) is a 400 naming it. */
    private static void rejectUnknownFields(JsonNode patch) {
        if (patch != null && patch.isObject()) {
            List<String> unknown = new java.util.ArrayList<>();
            patch.fieldNames().forEachRemaining(name -> {
                if (!List.of("alt", "caption", "credit").contains(name)) {
                    unknown.add(name);
                }
            });
            if (!unknown.isEmpty()) {
                throw ApiException.invalid(unknown.stream()
                        .map(name -> new dev.byline.common.error.FieldError(name, "is not a field that can be changed"))
                        .toList());
            }
        }
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("Media " + id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A view with the ETag of the version it shows. */
    public record Versioned(MediaView view, String etag) {
    }

    /** What serving a file needs to know of its media item. */
    public record MediaFile(UUID id, String fileName, String mimeType, int width, int height, long bytes,
            String sha256) {
    }
}
