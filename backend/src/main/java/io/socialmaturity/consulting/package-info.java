/**
 * Consulting engagements: a company grants a consultancy access to chosen assessments; portfolios and comparisons.
 * Public face: {@link io.socialmaturity.consulting.ConsultingService} and its views.
 */
package io.socialmaturity.consulting;
