package io.socialmaturity.vocabulary;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value is a business function key (marketing, it, sales, service, rnd, hr, executive, other), or null ({@link Vocabulary}; checked by {@link VocabularyValidators}). */
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
public @interface BusinessFunctionName {

    String message() default "{violation.business-function}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
