import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { Answer, Question } from '@/features/assessments/api/get-questionnaire';
import type { SaveAnswerBody } from '@/features/assessments/api/save-answer';
import { AnswerSaver, type SaveStatus } from './answer-saver';

const NOT_APPLICABLE = '__not-applicable__';

export type QuestionFieldProps = {
  question: Question;
  notApplicableLabel: string;
  readOnly: boolean;
  save: (questionKey: string, body: SaveAnswerBody) => Promise<Answer>;
  onSaved: (answer: Answer) => void;
  onPendingChange?: (questionKey: string, pending: boolean) => void;
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
  debounceMs,
  retryBaseMs,
}: QuestionFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [saver] = useState(
    () =>
      new AnswerSaver({
        initial: question.answer,
        save: (body) => save(question.key, body),
        onSaved,
        debounceMs,
        retryBaseMs,
      }),
  );
  const { draft, status } = useSyncExternalStore(saver.subscribe, saver.getSnapshot);
  useEffect(() => () => saver.dispose(), [saver]);
  useEffect(() => {
    onPendingChange?.(question.key, status.kind === 'saving' || status.kind === 'retrying' || status.kind === 'conflict');
  }, [onPendingChange, question.key, status.kind]);

  const fieldErrors = status.kind === 'invalid' ? status.fieldErrors : {};
  const choiceError = fieldErrors.optionKey ?? fieldErrors.notApplicable;
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
  const hasExtras = draft.comment !== '' || draft.evidenceUrl !== '' || !!fieldErrors.comment || !!fieldErrors.evidenceUrl;

  // The conflict's buttons disappear once used: keep the keyboard focus in this question.
  const sectionRef = useRef<HTMLElement>(null);
  const focusChoice = () =>
    sectionRef.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked, input[type="radio"]')?.focus();

  const choose = (value: string) =>
    saver.change(value === NOT_APPLICABLE ? { optionKey: null, notApplicable: true } : { optionKey: value, notApplicable: false });

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
            aria-invalid={fieldErrors.comment ? true : undefined}
            aria-describedby={describedBy(fieldErrors.comment && ids.commentError)}
            onChange={(event) => saver.change({ comment: event.target.value }, { debounce: true })}
            onBlur={() => saver.flush()}
          />
          {fieldErrors.comment ? (
            <p id={ids.commentError} className="field-error">
              {fieldErrors.comment}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={ids.evidence}>{t('assessments.question.evidence')}</label>
          <input
            id={ids.evidence}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={draft.evidenceUrl}
            maxLength={1000}
            readOnly={readOnly}
            aria-invalid={fieldErrors.evidenceUrl ? true : undefined}
            aria-describedby={describedBy(fieldErrors.evidenceUrl && ids.evidenceError)}
            onChange={(event) => saver.change({ evidenceUrl: event.target.value }, { debounce: true })}
            onBlur={() => saver.flush()}
          />
          {fieldErrors.evidenceUrl ? (
            <p id={ids.evidenceError} className="field-error">
              {fieldErrors.evidenceUrl}
            </p>
          ) : null}
        </div>
      </details>

      <SaveState
        status={status}
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

function SaveState({
  status,
  question,
  notApplicableLabel,
  onKeepMine,
  onUseTheirs,
}: {
  status: SaveStatus;
  question: Question;
  notApplicableLabel: string;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const { t } = useTranslation();
  let text = '';
  if (status.kind === 'saving') text = t('assessments.save.saving');
  else if (status.kind === 'saved') text = t('assessments.save.saved');
  else if (status.kind === 'retrying') text = t('assessments.save.retrying');
  else if (status.kind === 'conflict') text = t('assessments.save.conflict');
  else if (status.kind === 'invalid') text = status.message ?? t('assessments.save.invalid');
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
