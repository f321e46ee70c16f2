/**
 * The one vocabulary of business functions, industries, size bands and countries, and the constraints that check a
 * command's value against it ({@code @BusinessFunctionName}, {@code @Industry}, {@code @SizeBand}, {@code @Country}).
 */
package io.socialmaturity.vocabulary;
