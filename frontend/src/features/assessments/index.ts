/*
 * The assessments feature's public face for other features: the questionnaire wizard without its data source
 * (features/links runs it for respondents who answer through a personal link) and the types it works with.
 */
export { QuestionnaireView, type QuestionnaireViewProps } from './components/questionnaire-wizard';
export type { Answer, Questionnaire } from './api/get-questionnaire';
export type { SaveAnswerBody } from './api/save-answer';
export type { SubmitResult } from './api/submit-assessment';
