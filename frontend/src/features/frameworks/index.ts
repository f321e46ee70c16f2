/*
 * The public face of the frameworks feature: a published framework version (names of levels, dimensions
 * and questions in one language), read by the manage, results and history features.
 */
export { useFramework, type Framework, type FrameworkDimension, type FrameworkLevel } from './api/get-framework';
