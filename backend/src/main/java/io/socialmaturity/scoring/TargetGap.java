package io.socialmaturity.scoring;

import org.jspecify.annotations.Nullable;

/**
 * Where a dimension stands against its target level.
 *
 * @param targetLevel  the tenant admin's target, or the framework default
 * @param currentLevel the dimension's level; {@code null} when it has no score
 * @param levelGap     {@code max(0, target - current)}; {@code null} without a current level
 * @param scoreGap     points missing to the lower bound of the target level's band,
 *                     {@code max(0, band.from - score)}; {@code null} without a score
 * @param priority     {@code (dimension weight / total dimension weight) * levelGap²}: the SAMM
 *                     rule, priority grows with the square of the gap; 0 when met or unknown
 * @param met          {@code current >= target}
 */
public record TargetGap(
        int targetLevel,
        @Nullable Integer currentLevel,
        @Nullable Integer levelGap,
        @Nullable Double scoreGap,
        double priority,
        boolean met) {}
