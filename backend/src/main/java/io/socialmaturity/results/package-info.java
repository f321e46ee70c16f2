/**
 * Results as people read them: every figure and text of a result formatted once, for the results page, the PDF and the CSV.
 * Public face: {@link io.socialmaturity.results.ResultDisplay}; plain Java over the scoring result and the definition.
 */
package io.socialmaturity.results;
