package io.socialmaturity.vocabulary;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;

/** The validators of the vocabulary's constraints: a value is valid when absent or in the vocabulary. */
@Factory
class VocabularyValidators {

    @Singleton
    ConstraintValidator<BusinessFunctionName, CharSequence> businessFunction() {
        return (value, annotation, context) ->
                value == null || Vocabulary.BUSINESS_FUNCTIONS.contains(value.toString());
    }

    @Singleton
    ConstraintValidator<Industry, CharSequence> industry() {
        return (value, annotation, context) -> value == null || Vocabulary.INDUSTRIES.contains(value.toString());
    }

    @Singleton
    ConstraintValidator<SizeBand, CharSequence> sizeBand() {
        return (value, annotation, context) -> value == null || Vocabulary.SIZE_BANDS.contains(value.toString());
    }

    @Singleton
    ConstraintValidator<Country, CharSequence> country() {
        return (value, annotation, context) -> value == null || Vocabulary.isCountry(value.toString());
    }

    @Singleton
    ConstraintValidator<EmailAddress, CharSequence> emailAddress() {
        return (value, annotation, context) ->
                value == null || value.toString().isBlank() || Vocabulary.isEmail(value.toString());
    }

    @Singleton
    ConstraintValidator<EmailDomain, CharSequence> emailDomain() {
        return (value, annotation, context) -> value == null || Vocabulary.isDomain(value.toString());
    }
}
