/**
 * The scoring engine: a framework definition and the answers in, an AssessmentResult out. Plain Java, no I/O (docs/ENGINE.md).
 * Public face: everything; it uses only the definition model.
 */
package io.socialmaturity.scoring;
