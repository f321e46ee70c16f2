package io.socialmaturity.scoring;

import io.socialmaturity.framework.definition.Recommendation;

/**
 * One recommended action of the prioritised roadmap.
 *
 * @param rank           1 = do first
 * @param dimension      dimension key
 * @param fromLevel      the level the action moves the dimension up from
 * @param targetLevel    the dimension's target level
 * @param priority       the dimension's priority ({@link TargetGap#priority()})
 * @param recommendation the framework's recommendation (key, title and text in every language)
 */
public record RoadmapItem(
        int rank, String dimension, int fromLevel, int targetLevel, double priority, Recommendation recommendation) {}
