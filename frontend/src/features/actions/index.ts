/*
 * Action plans: the company's plan for tenant admins (views, progress, create and edit), actions from a result's
 * roadmap, "My actions" on the home page of every owner, and on a closed result the actions done since the previous one.
 */
export { ActionLoopSection } from './components/action-loop';
export { useActionsDone, type ActionsDone } from './api/actions';
export { ActionPlanPage } from './components/action-plan-page';
export { MyActions } from './components/my-actions';
export { RoadmapActions, type RoadmapStep } from './components/roadmap-actions';
export { ActionBasicsFields, type DimensionOption } from './components/action-basics';
export { ActionCard } from './components/action-card';
export { ProgressBars } from './components/progress-bars';
export { formatDay } from './components/format';
export { EFFORTS, effortKey } from './api/actions';
