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
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An event name of {@link EventName}; null is left to {@code @NotNull}. A refusal lists the names
 * from the enum itself, so the message cannot fall behind it.
 */
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownEvent.Validator.class)
public @interface KnownEvent {

    String message() default "must be an event of EventName";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownEvent, String> {

        private static final String ONE_OF = Arrays.stream(EventName.values()).map(EventName::value)
                .collect(Collectors.joining(", ", "must be one of ", ""));

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || EventName.of(value).isPresent()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(ONE_OF).addConstraintViolation();
            return false;
        }
    }
}
