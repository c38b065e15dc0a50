package dev.byline.webhook;

import dev.byline.common.events.EventName;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An event name of {@link EventName}; null is left to {@code @NotNull}. */
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownEvent.Validator.class)
public @interface KnownEvent {

    String message() default "must be one of article.published, article.updated, article.unpublished, "
            + "article.deleted, post.published, post.updated, post.unpublished, post.deleted, "
            + "comment.created, comment.approved, media.created, media.deleted";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownEvent, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || EventName.of(value).isPresent();
        }
    }
}
