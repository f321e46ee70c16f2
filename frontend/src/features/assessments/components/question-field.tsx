import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { Answer, Question } from '@/features/assessments/api/get-questionnaire';
import type { SaveAnswerBody } from '@/features/assessments/api/save-answer';
import { AnswerSaver, type FieldErrors, type PendingDraft, type SaveStatus } from './answer-saver';

const NOT_APPLICABLE = '__not-applicable__';

export type QuestionFieldProps = {
  question: Question;
  notApplicableLabel: string;
  readOnly: boolean;
  save: (questionKey: string, body: SaveAnswerBody) => Promise<Answer>;
  onSaved: (answer: Answer) => void;
  onPendingChange?: (questionKey: string, pending: boolean) => void;
  /** An answer entered earlier and not saved then (kept on the device): sent at once. */
  restored?: PendingDraft | undefined;
  /** Keeps the unsaved answer on the device (null: the server has it all). */
  persist?: (questionKey: string, pending: PendingDraft | null) => void;
  debounceMs: number;
  retryBaseMs: number;
};

/** One question: its options as a radio group (+ "not applicable"), optional comment and evidence, autosaved. */
export function QuestionField({
  question,
  notApplicableLabel,
  readOnly,
  save,
  onSaved,
  onPendingChange,
  restored,
  persist,
  debounceMs,
  retryBaseMs,
}: QuestionFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [saver] = useState(
    () =>
      new AnswerSaver({
        initial: question.answer,
        restored,
        save: (body) => save(question.key, body),
        onSaved,
        persist: persist && ((pending) => persist(question.key, pending)),
        debounceMs,
        retryBaseMs,
      }),
  );
  const { draft, status, fieldErrors } = useSyncExternalStore(saver.subscribe, saver.getSnapshot);
  useEffect(() => {
    saver.start(); // an answer restored from the device goes to the server now
    return () => saver.dispose();
  }, [saver]);
  useEffect(() => {
    onPendingChange?.(
      question.key,
      status.kind === 'saving' ||
        status.kind === 'retrying' ||
        status.kind === 'conflict' ||
        status.kind === 'signedOut',
    );
  }, [onPendingChange, question.key, status.kind]);

  // The messages are the UI's own, in its language and naming the field by its label: the server's
  // violations only say which field was refused (its text is not shown twice).
  const errors = fieldMessages(t, fieldErrors);
  const choiceError = errors.choice;
  const ids = {
    legend: `${id}-legend`,
    help: `${id}-help`,
    choiceError: `${id}-choice-error`,
    comment: `${id}-comment`,
    commentError: `${id}-comment-error`,
    evidence: `${id}-evidence`,
    evidenceError: `${id}-evidence-error`,
  };
  const selected = draft.notApplicable ? NOT_APPLICABLE : draft.optionKey;
  const describedBy = (...parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join(' ') || undefined;
  const hasExtras = draft.comment !== '' || draft.evidenceUrl !== '' || !!errors.comment || !!errors.evidenceUrl;

  // The conflict's buttons disappear once used: keep the keyboard focus in this question.
  const sectionRef = useRef<HTMLElement>(null);
  const focusChoice = () =>
    sectionRef.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked, input[type="radio"]')?.focus();

  const choose = (value: string) =>
    saver.change(
      value === NOT_APPLICABLE ? { optionKey: null, notApplicable: true } : { optionKey: value, notApplicable: false },
    );

  return (
    <section ref={sectionRef} className="question" id={`question-${question.key}`} aria-labelledby={ids.legend}>
      <fieldset
        className="question__choices"
        role="radiogroup"
        aria-labelledby={ids.legend}
        aria-describedby={describedBy(question.help && ids.help, choiceError && ids.choiceError)}
        aria-invalid={choiceError ? true : undefined}
        disabled={readOnly}
      >
        <legend id={ids.legend} className="question__title">
          {question.title}
        </legend>
        {question.text && question.text !== question.title ? <p className="question__text">{question.text}</p> : null}
        {question.help ? (
          <p id={ids.help} className="question__help">
            {question.help}
          </p>
        ) : null}
        {[...question.options, { key: NOT_APPLICABLE, label: notApplicableLabel }].map((option) => (
          <label key={option.key} className={option.key === NOT_APPLICABLE ? 'choice choice--na' : 'choice'}>
            <input
              type="radio"
              name={`${id}-choice`}
              value={option.key}
              checked={selected === option.key}
              onChange={() => choose(option.key)}
            />{' '}
            {option.label}
          </label>
        ))}
        {choiceError ? (
          <p id={ids.choiceError} className="field-error">
            {choiceError}
          </p>
        ) : null}
      </fieldset>

      <details className="question__extras" open={hasExtras || undefined}>
        <summary>{t('assessments.question.extras')}</summary>
        <div className="field">
          <label htmlFor={ids.comment}>{t('assessments.question.comment')}</label>
          <textarea
            id={ids.comment}
            value={draft.comment}
            maxLength={2000}
            rows={3}
            readOnly={readOnly}
            aria-invalid={errors.comment ? true : undefined}
            aria-describedby={describedBy(errors.comment && ids.commentError)}
            onChange={(event) => saver.change({ comment: event.target.value }, { debounce: true })}
            onBlur={() => saver.flush()}
          />
          {errors.comment ? (
            <p id={ids.commentError} className="field-error">
              {errors.comment}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={ids.evidence}>{t('assessments.question.evidence')}</label>
          <input
            id={ids.evidence}
            type="text"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            placeholder="https://"
            value={draft.evidenceUrl}
            maxLength={1000}
            readOnly={readOnly}
            aria-invalid={errors.evidenceUrl ? true : undefined}
            aria-describedby={describedBy(errors.evidenceUrl && ids.evidenceError)}
            onChange={(event) => saver.change({ evidenceUrl: event.target.value }, { debounce: true })}
            onBlur={() => {
              saver.flush();
              saver.normalizeEvidence();
            }}
          />
          {errors.evidenceUrl ? (
            <p id={ids.evidenceError} className="field-error">
              {errors.evidenceUrl}
            </p>
          ) : null}
        </div>
      </details>

      <SaveState
        status={status}
        fieldErrors={fieldErrors}
        question={question}
        notApplicableLabel={notApplicableLabel}
        onKeepMine={() => {
          saver.keepMine();
          focusChoice();
        }}
        onUseTheirs={() => {
          saver.useTheirs();
          focusChoice();
        }}
      />
    </section>
  );
}

/** The message of each refused field, labelled: "Evidence link: …". */
function fieldMessages(t: TFunction, fieldErrors: FieldErrors) {
  const labelled = (label: string, message: string) => t('common.field.error', { label, message });
  return {
    choice:
      fieldErrors.optionKey !== undefined || fieldErrors.notApplicable !== undefined
        ? t('assessments.question.choiceRequired')
        : undefined,
    comment:
      fieldErrors.comment !== undefined
        ? labelled(t('assessments.question.comment'), t('assessments.question.commentInvalid'))
        : undefined,
    evidenceUrl:
      fieldErrors.evidenceUrl !== undefined
        ? labelled(t('assessments.question.evidence'), t('assessments.question.evidenceInvalid'))
        : undefined,
  };
}

function SaveState({
  status,
  fieldErrors,
  question,
  notApplicableLabel,
  onKeepMine,
  onUseTheirs,
}: {
  status: SaveStatus;
  fieldErrors: FieldErrors;
  question: Question;
  notApplicableLabel: string;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const { t } = useTranslation();
  let text = '';
  if (status.kind === 'saving') text = t('assessments.save.saving');
  else if (status.kind === 'saved' && fieldErrors.evidenceUrl !== undefined)
    text = t('assessments.save.savedWithout', { field: t('assessments.question.evidence') });
  else if (status.kind === 'saved' && fieldErrors.comment !== undefined)
    text = t('assessments.save.savedWithout', { field: t('assessments.question.comment') });
  else if (status.kind === 'saved') text = t('assessments.save.saved');
  else if (status.kind === 'retrying') text = t('assessments.save.retrying');
  else if (status.kind === 'conflict') text = t('assessments.save.conflict');
  else if (status.kind === 'invalid') text = t('assessments.save.invalid');
  else if (status.kind === 'signedOut') text = t('assessments.save.signedOut');
  else if (status.kind === 'failed') text = status.message ?? t('assessments.save.failed');

  return (
    <div className="question__save">
      <p role="status" aria-live="polite" className={`save-state save-state--${status.kind}`}>
        {text}
      </p>
      {status.kind === 'conflict' ? (
        <div className="conflict">
          <p>{t('assessments.conflict.explanation')}</p>
          <dl className="details">
            <dt>{t('assessments.conflict.theirAnswer')}</dt>
            <dd>
              {status.current.notApplicable
                ? notApplicableLabel
                : (question.options.find((option) => option.key === status.current.optionKey)?.label ??
                  t('assessments.conflict.noAnswer'))}
            </dd>
            {status.current.comment ? (
              <>
                <dt>{t('assessments.conflict.theirComment')}</dt>
                <dd>{status.current.comment}</dd>
              </>
            ) : null}
            {status.current.evidenceUrl ? (
              <>
                <dt>{t('assessments.conflict.theirEvidence')}</dt>
                <dd>{status.current.evidenceUrl}</dd>
              </>
            ) : null}
          </dl>
          <div className="button-row">
            <Button onClick={onKeepMine}>{t('assessments.conflict.keepMine')}</Button>
            <Button variant="secondary" onClick={onUseTheirs}>
              {t('assessments.conflict.useTheirs')}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
