package io.socialmaturity.scoring;

/**
 * How far respondents' scores spread around their mean.
 *
 * @param count             number of respondents with a score (not applicable excluded)
 * @param mean              their mean score
 * @param standardDeviation population standard deviation (divides by {@code count}: the
 *                          respondents are the whole group being described, not a sample)
 * @param min               lowest score
 * @param max               highest score
 */
public record Spread(int count, double mean, double standardDeviation, double min, double max) {}
