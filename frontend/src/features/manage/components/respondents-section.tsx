import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { isProblemError } from '@/lib/api-client';
import type { AssessmentDetail, Respondent } from '@/features/manage/api/get-assessment';
import { useUsers } from '@/features/manage/api/get-users';
import { useInviteRespondent, type BusinessFunction } from '@/features/manage/api/invite-respondent';
import { useRemoveRespondent } from '@/features/manage/api/remove-respondent';
import {
  businessFunctions,
  describedBy,
  formatDate,
  formatDateTime,
  functionLabel,
  isBusinessFunction,
} from '@/features/manage/format';

/** The invited respondents, with their progress, and the form that invites one more. */
export function RespondentsSection({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const remove = useRemoveRespondent(String(detail.id));
  const closed = detail.status === 'CLOSED';
  // respondents without an account ("external:<id>") have their own section, with their links (features/links)
  const respondents = (detail.respondents ?? []).filter((respondent) => !respondent.userId.startsWith('external:'));

  return (
    <section className="manage__section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('manage.respondents.heading')}</h2>
      {respondents.length === 0 ? (
        <p>{t('manage.respondents.empty')}</p>
      ) : (
        <table className="manage__table">
          <caption>{t('manage.respondents.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('manage.respondents.name')}</th>
              <th scope="col">{t('manage.respondents.email')}</th>
              <th scope="col">{t('manage.respondents.function')}</th>
              <th scope="col">{t('manage.respondents.answered')}</th>
              <th scope="col">{t('manage.respondents.submitted')}</th>
              <th scope="col">{t('manage.respondents.mail')}</th>
              <th scope="col">{t('manage.respondents.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {respondents.map((respondent) => (
              <RespondentRow
                key={respondent.userId}
                respondent={respondent}
                draft={detail.status === 'DRAFT'}
                disabled={closed || (remove.isPending && remove.variables === respondent.userId)}
                error={remove.isError && remove.variables === respondent.userId ? remove.error : null}
                onRemove={() => remove.mutate(respondent.userId)}
              />
            ))}
          </tbody>
        </table>
      )}
      {closed ? null : <InviteForm detail={detail} />}
    </section>
  );
}

function RespondentRow({
  respondent,
  draft,
  disabled,
  error,
  onRemove,
}: {
  respondent: Respondent;
  draft: boolean;
  disabled: boolean;
  error: unknown;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation();
  const nameId = useId();
  return (
    <tr>
      <td id={nameId} data-label={t('manage.respondents.name')}>
        {respondent.name}
      </td>
      <td data-label={t('manage.respondents.email')}>{respondent.email}</td>
      <td data-label={t('manage.respondents.function')}>{functionLabel(t, respondent.businessFunction)}</td>
      <td data-label={t('manage.respondents.answered')}>
        {respondent.answered == null
          ? t('manage.respondents.answeredHidden')
          : t('manage.respondents.answeredValue', { answered: respondent.answered, questions: respondent.questions })}
      </td>
      <td data-label={t('manage.respondents.submitted')}>
        {respondent.submittedAt
          ? t('manage.respondents.submittedOn', { date: formatDate(respondent.submittedAt, i18n.language) })
          : t('manage.respondents.notSubmitted')}
      </td>
      <td data-label={t('manage.respondents.mail')}>
        <MailStateCell mail={respondent.mail} draft={draft} />
      </td>
      <td data-label={t('manage.respondents.actions')}>
        <Button variant="secondary" onClick={onRemove} disabled={disabled} aria-describedby={nameId}>
          {t('manage.respondents.remove')}
        </Button>
        {error ? <ProblemAlert title={t('manage.respondents.removeFailed')} error={error} /> : null}
      </td>
    </tr>
  );
}

/** The campaign emails the manage page names (templates of backend/src/main/resources/mail/templates). */
const templateKinds: Record<string, 'invitation' | 'reminder' | 'personalLink'> = {
  'assessment-invitation': 'invitation',
  'assessment-reminder': 'reminder',
  'assessment-personal-link': 'personalLink',
};

/** Where the respondent's newest email stands: queued (retrying, with the last error), sent (when), failed (why). */
function MailStateCell({ mail, draft }: { mail: Respondent['mail']; draft: boolean }) {
  const { t, i18n } = useTranslation();
  if (!mail) return <>{draft ? t('manage.respondents.mailOnOpen') : t('manage.respondents.mailNone')}</>;
  const status = mail.status.toLowerCase();
  const kind = templateKinds[mail.template];
  return (
    <span className="mail-state">
      {kind ? <span className="mail-state__detail">{t(`manage.mailTemplates.${kind}`)}</span> : null}
      <span className={`mail-state__badge mail-state__badge--${status}`}>
        {mail.status === 'SENT'
          ? t('manage.respondents.mailSent')
          : mail.status === 'FAILED'
            ? t('manage.respondents.mailFailed', { attempts: mail.attempts })
            : mail.attempts > 0
              ? t('manage.respondents.mailRetrying', { attempts: mail.attempts })
              : t('manage.respondents.mailQueued')}
      </span>
      {mail.status === 'SENT' && mail.sentAt ? (
        <span className="mail-state__detail">
          {t('manage.respondents.mailSentOn', { date: formatDateTime(mail.sentAt, i18n.language) })}
        </span>
      ) : null}
      {mail.status !== 'SENT' && mail.lastError ? (
        <span className="mail-state__detail">{t('manage.respondents.mailReason', { reason: mail.lastError })}</span>
      ) : null}
    </span>
  );
}

function InviteForm({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const users = useUsers();
  const invite = useInviteRespondent(String(detail.id));
  const [userId, setUserId] = useState('');
  const [businessFunction, setBusinessFunction] = useState<BusinessFunction | ''>('');

  const invited = new Set((detail.respondents ?? []).map((respondent) => respondent.userId));
  const candidates = (users.data?.items ?? []).filter((user) => user.enabled && !invited.has(user.id));

  const userError = isProblemError(invite.error) ? invite.error.violationFor('userId') : undefined;
  const functionError = isProblemError(invite.error) ? invite.error.violationFor('businessFunction') : undefined;
  const otherError = invite.isError && !userError && !functionError;

  const chooseUser = (value: string) => {
    setUserId(value);
    const own = users.data?.items.find((user) => user.id === value)?.businessFunction;
    setBusinessFunction(isBusinessFunction(own) ? own : '');
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    invite.mutate(businessFunction ? { userId, businessFunction } : { userId }, {
      onSuccess: () => {
        setUserId('');
        setBusinessFunction('');
      },
    });
  };

  return (
    <form className="manage__invite" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('manage.invite.heading')}</h3>
      {users.isPending ? <StatusMessage>{t('manage.invite.loadingUsers')}</StatusMessage> : null}
      {users.isError ? <ProblemAlert title={t('manage.invite.usersFailed')} error={users.error} /> : null}
      {users.data && users.data.total > users.data.items.length ? (
        <p className="note">
          {t('manage.invite.partial', { shown: users.data.items.length, total: users.data.total })}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-user`}>{t('manage.invite.user')}</label>
        <select
          id={`${id}-user`}
          value={userId}
          required
          aria-invalid={userError ? true : undefined}
          aria-describedby={describedBy(userError && `${id}-user-error`)}
          onChange={(event) => chooseUser(event.target.value)}
        >
          <option value="">
            {candidates.length === 0 ? t('manage.invite.noUsers') : t('manage.invite.chooseUser')}
          </option>
          {candidates.map((user) => (
            <option key={user.id} value={user.id}>
              {t('manage.invite.userOption', { name: user.name, email: user.email })}
            </option>
          ))}
        </select>
        {userError ? (
          <p id={`${id}-user-error`} className="field-error">
            {userError}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-function`}>{t('manage.invite.function')}</label>
        <select
          id={`${id}-function`}
          value={businessFunction}
          aria-invalid={functionError ? true : undefined}
          aria-describedby={describedBy(functionError && `${id}-function-error`)}
          onChange={(event) => setBusinessFunction(isBusinessFunction(event.target.value) ? event.target.value : '')}
        >
          <option value="">{t('manage.invite.noFunction')}</option>
          {businessFunctions.map((value) => (
            <option key={value} value={value}>
              {functionLabel(t, value)}
            </option>
          ))}
        </select>
        {functionError ? (
          <p id={`${id}-function-error`} className="field-error">
            {functionError}
          </p>
        ) : null}
      </div>
      {otherError ? <ProblemAlert title={t('manage.invite.failed')} error={invite.error} /> : null}
      <div className="button-row">
        <Button type="submit" disabled={!userId || invite.isPending}>
          {t('manage.invite.submit')}
        </Button>
      </div>
    </form>
  );
}
