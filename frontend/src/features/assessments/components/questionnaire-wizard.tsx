import type { UseMutationResult } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link, useBlocker, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import {
  isAnswered,
  useQuestionnaire,
  type Answer,
  type Questionnaire,
} from '@/features/assessments/api/get-questionnaire';
import { useSaveAnswer, type SaveAnswerBody } from '@/features/assessments/api/save-answer';
import { useSubmitAssessment, type SubmitResult } from '@/features/assessments/api/submit-assessment';
import { formatDateTime } from '@/features/assessments/format';
import { DueDateNote } from '@/features/campaigns';
import { useSessionEnded } from '@/lib/session';
import { useSingleFlight } from '@/lib/use-single-flight';
import type { PendingDraft } from './answer-saver';
import { readPendingAnswers, writePendingAnswer } from './pending-answers';
import { QuestionField } from './question-field';

export type QuestionnaireWizardProps = {
  assessmentId: string;
  /** Pause before typing in a text field is saved. */
  debounceMs?: number;
  /** First retry delay after a network error; doubles on each failure. */
  retryBaseMs?: number;
};

/** Loads the questionnaire (in the UI language) and shows the wizard. */
export function QuestionnaireWizard({ assessmentId, debounceMs = 800, retryBaseMs = 1000 }: QuestionnaireWizardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const questionnaire = useQuestionnaire(assessmentId, language);

  if (questionnaire.isPending) return <StatusMessage>{t('assessments.wizard.loading')}</StatusMessage>;
  if (questionnaire.isError)
    return <ProblemAlert title={t('assessments.wizard.loadFailed')} error={questionnaire.error} />;
  return (
    <SignedInWizard
      key={assessmentId}
      questionnaire={questionnaire.data}
      debounceMs={debounceMs}
      retryBaseMs={retryBaseMs}
    />
  );
}

/** The signed-in respondent's wizard: saves with the session's token, keeps unsaved answers under their user id. */
function SignedInWizard({
  questionnaire,
  debounceMs,
  retryBaseMs,
}: {
  questionnaire: Questionnaire;
  debounceMs: number;
  retryBaseMs: number;
}) {
  const assessmentId = String(questionnaire.assessmentId);
  const save = useSaveAnswer(assessmentId);
  const submit = useSubmitAssessment(assessmentId);
  const draftOwner = useAuth().user?.profile.sub ?? 'anonymous';
  const sessionEnded = useSessionEnded();
  return (
    <QuestionnaireView
      questionnaire={questionnaire}
      save={save}
      submit={submit}
      draftOwner={draftOwner}
      sessionEnded={sessionEnded}
      homeHref="/"
      debounceMs={debounceMs}
      retryBaseMs={retryBaseMs}
    />
  );
}

export type QuestionnaireViewProps = {
  questionnaire: Questionnaire;
  /** Saves one answer (the autosave schedules, retries and resolves conflicts around it). */
  save: (questionKey: string, body: SaveAnswerBody) => Promise<Answer>;
  submit: UseMutationResult<SubmitResult, Error, void>;
  /** Whose answers not saved yet are kept on this device (a user id, or a personal link's respondent). */
  draftOwner: string;
  /** The signed-in session ended: unsaved answers stay on the device, leaving is not blocked. */
  sessionEnded: boolean;
  /** Where "back to home" leads after submitting; null: no such link (a personal link has no home). */
  homeHref: string | null;
  debounceMs?: number;
  retryBaseMs?: number;
};

/**
 * The wizard itself, for any respondent: signed-in ones ({@link QuestionnaireWizard}) and those answering through
 * a personal link (features/links), who bring their own save and submit calls.
 */
export function QuestionnaireView({
  questionnaire,
  save,
  submit,
  draftOwner,
  sessionEnded,
  homeHref,
  debounceMs = 800,
  retryBaseMs = 1000,
}: QuestionnaireViewProps) {
  const { t, i18n } = useTranslation();
  const { dimensions } = questionnaire;
  const assessmentId = String(questionnaire.assessmentId);
  const readOnly = questionnaire.status !== 'OPEN';
  const once = useSingleFlight();
  // "Submit" disappears once used: the focus goes to the confirmation
  const confirmationRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (submit.isSuccess) confirmationRef.current?.focus();
  }, [submit.isSuccess]);

  // The saved answers, from the server on load and from each save afterwards (resumable by design).
  const [answers, setAnswers] = useState<Record<string, Answer | null>>(() =>
    Object.fromEntries(dimensions.flatMap((d) => d.questions.map((q) => [q.key, q.answer]))),
  );
  const onSaved = useCallback((answer: Answer) => setAnswers((all) => ({ ...all, [answer.questionKey]: answer })), []);

  // Answers entered earlier and not saved then (the session ended, the tab was closed): restored and sent.
  const userId = draftOwner;
  const [restored] = useState<Record<string, PendingDraft>>(() =>
    readOnly ? {} : readPendingAnswers(userId, assessmentId),
  );
  const persist = useCallback(
    (questionKey: string, pendingDraft: PendingDraft | null) =>
      writePendingAnswer(userId, assessmentId, questionKey, pendingDraft),
    [userId, assessmentId],
  );

  // Unsaved changes: warn before the page is left.
  const [pending, setPending] = useState<ReadonlySet<string>>(() => new Set());
  const onPendingChange = useCallback((questionKey: string, isPending: boolean) => {
    setPending((current) => {
      if (current.has(questionKey) === isPending) return current;
      const next = new Set(current);
      if (isPending) next.add(questionKey);
      else next.delete(questionKey);
      return next;
    });
  }, []);
  useEffect(() => {
    // once the session has ended, every unsaved answer is kept on the device: signing in again may leave the page
    if (pending.size === 0 || sessionEnded) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [pending.size, sessionEnded]);

  const questions = useMemo(
    () =>
      dimensions.flatMap((dimension, index) => dimension.questions.map((question) => ({ question, step: index + 1 }))),
    [dimensions],
  );
  const total = questions.length;
  const answered = questions.filter(({ question }) => isAnswered(answers[question.key])).length;
  const unanswered = questions.filter(({ question }) => !isAnswered(answers[question.key]));

  // The step lives in the address (?step=N), so Back, reload and links from the summary work.
  const [searchParams, setSearchParams] = useSearchParams();
  const summaryStep = dimensions.length + 1;
  // Without ?step (resuming from the home page), start at the first question still without an answer.
  const [resumeStep] = useState(() => {
    const index = dimensions.findIndex((d) => d.questions.some((q) => !isAnswered(q.answer)));
    return index === -1 ? summaryStep : index + 1;
  });
  const requested = Number.parseInt(searchParams.get('step') ?? String(resumeStep), 10);
  const step = Number.isInteger(requested) && requested >= 1 && requested <= summaryStep ? requested : 1;
  const goTo = (next: number) => setSearchParams({ step: String(next) });

  // Focus the new step's heading, so keyboard and screen-reader users start at its top.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    headingRef.current?.focus();
  }, [step]);

  // Leaving the questionnaire inside the app while answers are unsaved: ask first.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      pending.size > 0 && !sessionEnded && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(t('assessments.wizard.leaveUnsaved'))) blocker.proceed();
    else blocker.reset();
  }, [blocker, t]);

  const stepName = (index: number) =>
    index < dimensions.length ? (dimensions[index]?.name ?? '') : t('assessments.wizard.summaryStep');

  return (
    <div className="wizard">
      <h1>{questionnaire.title}</h1>
      {questionnaire.anonymous ? (
        <div className="notice" role="note">
          <p className="notice__title">{t('assessments.anonymous.title')}</p>
          <p>{t('assessments.anonymous.wizard')}</p>
        </div>
      ) : null}
      <DueDateNote schedule={questionnaire.schedule} status={questionnaire.status} />
      {readOnly ? (
        <p className="note">
          {questionnaire.status === 'CLOSED' ? t('assessments.wizard.closedNote') : t('assessments.wizard.notOpenNote')}
        </p>
      ) : null}
      {questionnaire.submittedAt ? (
        <p className="note">
          {t('assessments.wizard.submittedNote', { date: formatDateTime(questionnaire.submittedAt, i18n.language) })}
        </p>
      ) : null}

      <ProgressBar answered={answered} total={total} />

      <nav aria-label={t('assessments.wizard.stepsLabel')} className="wizard__steps">
        <ol>
          {Array.from({ length: summaryStep }, (_, index) => (
            <li key={index}>
              <Link
                to={`?step=${index + 1}`}
                aria-current={step === index + 1 ? 'step' : undefined}
                className={step === index + 1 ? 'wizard__step wizard__step--current' : 'wizard__step'}
              >
                {stepName(index)}
              </Link>
            </li>
          ))}
        </ol>
      </nav>

      <h2 ref={headingRef} tabIndex={-1} className="wizard__heading">
        {t('assessments.wizard.stepOf', { step, total: summaryStep })}: {stepName(step - 1)}
      </h2>

      {/* Every step stays mounted (only hidden), so a pending save or retry is never dropped. */}
      {dimensions.map((d, index) => (
        <div key={d.key} hidden={index + 1 !== step} className="wizard__dimension">
          {d.description ? <p className="wizard__description">{d.description}</p> : null}
          {d.questions.map((question) => (
            <QuestionField
              key={question.key}
              question={question}
              notApplicableLabel={questionnaire.notApplicableLabel}
              readOnly={readOnly}
              save={save}
              onSaved={onSaved}
              onPendingChange={onPendingChange}
              restored={restored[question.key]}
              persist={readOnly ? undefined : persist}
              debounceMs={debounceMs}
              retryBaseMs={retryBaseMs}
            />
          ))}
        </div>
      ))}

      {step === summaryStep ? (
        <div className="wizard__summary">
          <p>{t('assessments.summary.answered', { answered, total })}</p>
          {unanswered.length > 0 ? (
            <>
              <h3 id="unanswered-heading">{t('assessments.summary.unansweredHeading')}</h3>
              <ul aria-labelledby="unanswered-heading">
                {unanswered.map(({ question, step: questionStep }) => (
                  <li key={question.key}>
                    <Link to={`?step=${questionStep}`}>
                      {t('assessments.summary.unansweredLink', {
                        question: question.title,
                        step: stepName(questionStep - 1),
                      })}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('assessments.summary.allAnswered')}</p>
          )}
          {submit.isSuccess ? (
            <div role="status" className="confirmation" ref={confirmationRef} tabIndex={-1}>
              <p className="confirmation__title">{t('assessments.summary.submittedTitle')}</p>
              <p>
                {t('assessments.summary.submittedDetail', {
                  date: formatDateTime(submit.data.submittedAt, i18n.language),
                  answered: submit.data.answered,
                  total: submit.data.total,
                })}
              </p>
              {homeHref !== null ? (
                <p>
                  <Link to={homeHref}>{t('assessments.summary.homeLink')}</Link>
                </p>
              ) : (
                <p>{t('assessments.summary.closePage')}</p>
              )}
            </div>
          ) : null}
          {submit.isError ? <ProblemAlert title={t('assessments.summary.submitFailed')} error={submit.error} /> : null}
          {!readOnly && !submit.isSuccess ? (
            <>
              {pending.size > 0 ? <p className="note">{t('assessments.summary.pendingNote')}</p> : null}
              <Button onClick={() => once(() => submit.mutateAsync())} disabled={submit.isPending || pending.size > 0}>
                {submit.isPending ? t('assessments.summary.submitting') : t('assessments.summary.submit')}
              </Button>
            </>
          ) : null}
        </div>
      ) : null}

      <div className="wizard__nav button-row">
        {step > 1 ? (
          <Button variant="secondary" onClick={() => goTo(step - 1)}>
            {t('assessments.wizard.previous')}
          </Button>
        ) : null}
        {step < summaryStep ? (
          <Button onClick={() => goTo(step + 1)}>
            {step === dimensions.length ? t('assessments.wizard.toSummary') : t('assessments.wizard.next')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

function ProgressBar({ answered, total }: { answered: number; total: number }) {
  const { t } = useTranslation();
  const percent = total === 0 ? 0 : Math.round((answered / total) * 100);
  const label = t('assessments.progress.value', { answered, total });
  return (
    <div className="progress">
      <p id="questionnaire-progress-label" className="progress__label">
        {label}
      </p>
      <div
        role="progressbar"
        aria-labelledby="questionnaire-progress-label"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        aria-valuetext={label}
        className="progress__track"
      >
        <div className="progress__bar" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
