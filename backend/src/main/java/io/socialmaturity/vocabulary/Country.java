package io.socialmaturity.vocabulary;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value is an ISO 3166-1 alpha-2 country code (any case), or null ({@link Vocabulary}; checked by {@link VocabularyValidators}). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.METHOD,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Constraint(validatedBy = {})
public @interface Country {

    String message() default "{violation.country}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
