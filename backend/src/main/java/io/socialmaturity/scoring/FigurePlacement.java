package io.socialmaturity.scoring;

import io.socialmaturity.framework.definition.PublishedFigure;
import org.jspecify.annotations.Nullable;

/**
 * The company placed against a published figure.
 *
 * @param figure       the published figure, with its value, population, source and text
 * @param companyValue share (percent, 0–100) of the company's respondents of the figure's
 *                     {@code compareWith} functions whose scored answer to the figure's question is
 *                     one of its options; {@code null} when none of them gave a scored answer
 * @param difference   {@code companyValue - figure.value}, in percentage points; {@code null} likewise
 * @param sampleSize   respondents behind {@code companyValue} (scored answers; not applicable excluded)
 * @param matching     of those, how many chose one of the figure's options
 */
public record FigurePlacement(
        PublishedFigure figure,
        @Nullable Double companyValue,
        @Nullable Double difference,
        int sampleSize,
        int matching) {}
