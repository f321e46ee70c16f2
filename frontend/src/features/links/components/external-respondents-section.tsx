import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { TableScroll } from '@/components/ui/table-scroll';
import { needsAlert, violationFor } from '@/lib/form';
import { businessFunctionLabel, businessFunctions, type BusinessFunction } from '@/lib/vocabulary';
import {
  useAddExternalRespondent,
  useExternalRespondents,
  useResendLink,
  useRevokeLink,
  type ExternalRespondent,
} from '@/features/links/api/external-respondents';

type Status = 'DRAFT' | 'OPEN' | 'CLOSED';

const formatDate = (iso: string | null | undefined, language: string) =>
  iso ? new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso)) : '—';

/**
 * The manage page's respondents without an account: who was added, their link (pending, active, expired,
 * revoked) and newest mail, their progress; revoke and re-send with a confirmation; the form that adds one.
 */
export function ExternalRespondentsSection({ assessmentId, status }: { assessmentId: string; status: Status }) {
  const { t } = useTranslation();
  const id = useId();
  const list = useExternalRespondents(assessmentId);
  const closed = status === 'CLOSED';
  return (
    <section className="manage__section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('links.manage.heading')}</h2>
      <p className="note">{t('links.manage.intro')}</p>
      {list.isPending ? <StatusMessage>{t('links.manage.loading')}</StatusMessage> : null}
      {list.isError ? <ProblemAlert title={t('links.manage.loadFailed')} error={list.error} /> : null}
      {list.data && list.data.length === 0 ? <p>{t('links.manage.empty')}</p> : null}
      {list.data && list.data.length > 0 ? (
        <TableScroll label={t('links.manage.caption')}>
          <table className="manage__table">
            <caption>{t('links.manage.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('links.manage.name')}</th>
                <th scope="col">{t('links.manage.function')}</th>
                <th scope="col">{t('links.manage.link')}</th>
                <th scope="col">{t('links.manage.mail')}</th>
                <th scope="col">{t('links.manage.progress')}</th>
                <th scope="col">{t('links.manage.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((respondent) => (
                <ExternalRow key={respondent.id} assessmentId={assessmentId} respondent={respondent} status={status} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {closed ? null : <AddExternalForm assessmentId={assessmentId} status={status} />}
    </section>
  );
}

function ExternalRow({
  assessmentId,
  respondent,
  status,
}: {
  assessmentId: string;
  respondent: ExternalRespondent;
  status: Status;
}) {
  const { t, i18n } = useTranslation();
  const nameId = useId();
  const revoke = useRevokeLink(assessmentId);
  const resend = useResendLink(assessmentId);
  const [confirming, setConfirming] = useState<'revoke' | 'resend' | null>(null);
  const language = i18n.language;
  const linkText = {
    PENDING: t('links.state.pending'),
    ACTIVE: t('links.state.active', { date: formatDate(respondent.linkExpiresAt, language) }),
    EXPIRED: t('links.state.expired', { date: formatDate(respondent.linkExpiresAt, language) }),
    REVOKED: t('links.state.revoked'),
  }[respondent.link];
  const mail = respondent.mail;
  const mailText = !mail
    ? t('links.mail.none')
    : mail.status === 'SENT'
      ? t('links.mail.sent', { date: formatDate(mail.sentAt, language) })
      : mail.status === 'FAILED'
        ? t('links.mail.failed', { reason: mail.lastError ?? '' })
        : t('links.mail.queued', { date: formatDate(mail.queuedAt, language) });
  const run = confirming === 'revoke' ? revoke : resend;
  const close = () => {
    setConfirming(null);
    revoke.reset();
    resend.reset();
  };
  return (
    <tr>
      <td id={nameId}>
        {respondent.name}
        <br />
        <span className="note">{respondent.email}</span>
      </td>
      <td>{businessFunctionLabel(t, respondent.businessFunction)}</td>
      <td>{linkText}</td>
      <td>{mailText}</td>
      <td>
        {respondent.answered == null
          ? t('links.manage.answeredHidden')
          : t('links.manage.answeredValue', { answered: respondent.answered, questions: respondent.questions })}
        <br />
        {respondent.submittedAt
          ? t('links.manage.submittedOn', { date: formatDate(respondent.submittedAt, language) })
          : t('links.manage.notSubmitted')}
      </td>
      <td>
        <div className="button-row">
          {status === 'OPEN' ? (
            <Button variant="secondary" onClick={() => setConfirming('resend')} aria-describedby={nameId}>
              {t('links.manage.resend')}
            </Button>
          ) : null}
          {status !== 'CLOSED' && respondent.link !== 'REVOKED' ? (
            <Button variant="secondary" onClick={() => setConfirming('revoke')} aria-describedby={nameId}>
              {t('links.manage.revoke')}
            </Button>
          ) : null}
        </div>
        <ConfirmDialog
          open={confirming !== null}
          title={
            confirming === 'revoke'
              ? t('links.confirm.revokeTitle', { name: respondent.name })
              : t('links.confirm.resendTitle', { name: respondent.name })
          }
          confirmLabel={confirming === 'revoke' ? t('links.manage.revoke') : t('links.manage.resend')}
          cancelLabel={t('links.confirm.cancel')}
          busy={run.isPending}
          onCancel={close}
          onConfirm={() => run.mutate(respondent.id, { onSuccess: () => setConfirming(null) })}
        >
          <p>
            {confirming === 'revoke'
              ? t('links.confirm.revokeText')
              : t('links.confirm.resendText', { email: respondent.email })}
          </p>
          {run.isError ? <ProblemAlert title={t('links.confirm.failed')} error={run.error} /> : null}
        </ConfirmDialog>
      </td>
    </tr>
  );
}

const FIELDS = ['email', 'name', 'businessFunction', 'language', 'expiresOn'] as const;

function AddExternalForm({ assessmentId, status }: { assessmentId: string; status: Status }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const add = useAddExternalRespondent(assessmentId);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [businessFunction, setBusinessFunction] = useState<BusinessFunction | ''>('');
  // the email's language starts as the admin's own; they change it for the respondent
  const [language, setLanguage] = useState<'en' | 'it'>(() => (i18n.language.startsWith('it') ? 'it' : 'en'));
  const [expiresOn, setExpiresOn] = useState('');
  const [missing, setMissing] = useState<string[]>([]);

  const errorOf = (field: string) =>
    violationFor(add.error, field) ?? (missing.includes(field) ? t('links.form.required') : undefined);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const empty = Object.entries({ email, name, businessFunction })
      .filter(([, value]) => value.trim() === '')
      .map(([field]) => field);
    setMissing(empty);
    if (empty.length > 0 || !businessFunction) return;
    add.mutate(
      { email, name, businessFunction, language, ...(expiresOn ? { expiresOn } : {}) },
      {
        onSuccess: () => {
          setEmail('');
          setName('');
          setBusinessFunction('');
          setExpiresOn('');
        },
      },
    );
  };

  return (
    <form className="manage__invite" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('links.form.heading')}</h3>
      <p className="note">{status === 'OPEN' ? t('links.form.sendsNow') : t('links.form.sendsAtOpen')}</p>
      <TextField
        label={t('links.form.email')}
        type="email"
        autoComplete="off"
        required
        value={email}
        error={errorOf('email')}
        onChange={(event) => setEmail(event.target.value)}
      />
      <TextField
        label={t('links.form.name')}
        required
        value={name}
        error={errorOf('name')}
        onChange={(event) => setName(event.target.value)}
      />
      <SelectField
        label={t('links.form.function')}
        required
        value={businessFunction}
        error={errorOf('businessFunction')}
        onChange={(event) => setBusinessFunction(event.target.value as BusinessFunction | '')}
      >
        <option value="">{t('links.form.chooseFunction')}</option>
        {businessFunctions.map((value) => (
          <option key={value} value={value}>
            {businessFunctionLabel(t, value)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('links.form.language')}
        value={language}
        error={errorOf('language')}
        onChange={(event) => setLanguage(event.target.value === 'it' ? 'it' : 'en')}
      >
        <option value="en">English</option>
        <option value="it">Italiano</option>
      </SelectField>
      <TextField
        label={t('links.form.expiresOn')}
        type="date"
        hint={t('links.form.expiresHint')}
        value={expiresOn}
        error={errorOf('expiresOn')}
        onChange={(event) => setExpiresOn(event.target.value)}
      />
      {needsAlert(add.error, FIELDS) ? <ProblemAlert title={t('links.form.failed')} error={add.error} /> : null}
      {add.isSuccess ? (
        <p role="status" className="note">
          {t('links.form.added', { name: add.data.name })}
        </p>
      ) : null}
      <div className="button-row">
        <Button type="submit" disabled={add.isPending}>
          {t('links.form.submit')}
        </Button>
      </div>
    </form>
  );
}
