package io.socialmaturity.vocabulary;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value is a size band of the vocabulary, or null ({@link Vocabulary}; checked by {@link VocabularyValidators}). */
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
public @interface SizeBand {

    String message() default "{violation.size-band}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
