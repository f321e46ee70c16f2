/*
 * The public face of the retention feature: the tenant administrators' "Data retention" panel (how many years closed
 * assessments are kept, or forever). Everything else in src/features/retention is its own business.
 */
export { RetentionPanel } from './components/retention-panel';
