package io.socialmaturity.vocabulary;

import io.socialmaturity.framework.definition.BusinessFunction;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The product's one vocabulary of segments and functions: business functions (from the framework definition),
 * industries, size bands and countries (ISO 3166-1 alpha-2). Validation ({@link BusinessFunctionName},
 * {@link Industry}, {@link SizeBand}, {@link Country}) and the API read it here.
 */
public final class Vocabulary {

    public static final List<String> BUSINESS_FUNCTIONS =
            Arrays.stream(BusinessFunction.values()).map(BusinessFunction::key).toList();
    public static final List<String> INDUSTRIES = List.of(
            "manufacturing",
            "retail",
            "consulting",
            "financial-services",
            "technology",
            "healthcare",
            "public-sector",
            "education",
            "media",
            "energy",
            "transport",
            "hospitality",
            "other");
    public static final List<String> SIZE_BANDS = List.of("1-9", "10-49", "50-249", "250-999", "1000-4999", "5000+");
    public static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** An email address, as the product accepts it. */
    public static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** An email domain such as example.com (lowercase). */
    public static final Pattern DOMAIN =
            Pattern.compile("^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

    private Vocabulary() {}

    public static boolean isEmail(String value) {
        return value.length() <= 254 && EMAIL.matcher(value.trim()).matches();
    }

    public static boolean isDomain(String value) {
        return DOMAIN.matcher(value.trim().toLowerCase(Locale.ROOT)).matches();
    }

    public static boolean isCountry(String code) {
        return COUNTRIES.contains(code.toUpperCase(Locale.ROOT));
    }
}
