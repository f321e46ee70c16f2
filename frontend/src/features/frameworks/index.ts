/*
 * The public face of the frameworks feature: a published framework version (names of levels, dimensions
 * and questions in one language), read by the manage, results and history features; the list of the latest
 * versions, from which a new assessment picks its framework.
 */
export { useLatestFrameworks, type FrameworkSummary } from './api/get-frameworks';
export { useFramework, type Framework, type FrameworkDimension, type FrameworkLevel } from './api/get-framework';
