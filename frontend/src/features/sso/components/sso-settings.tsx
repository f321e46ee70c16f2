import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { TextField } from '@/components/ui/field';
import { LiveRegion } from '@/components/ui/live-region';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { needsAlert, violationFor } from '@/lib/form';
import { useDeleteSso } from '@/features/sso/api/delete-sso';
import { useSso, type SsoResource, type SsoView } from '@/features/sso/api/get-sso';
import { useSaveSso, type SaveSsoBody } from '@/features/sso/api/save-sso';
import './sso.css';

type HeadingLevel = 2 | 3;

type SsoSettingsProps = {
  /** The API resource: ownTenantSso (tenant administrators) or platformTenantSso(alias) (platform administrators). */
  resource: SsoResource;
  /** The level of this block's own headings: 2 on a page under its h1, 3 inside a dialog titled by an h2. */
  headingLevel?: HeadingLevel;
  /** Whose identity provider this is, in the wording: the caller's own organization or a tenant administered by the platform. */
  audience?: 'own' | 'tenant';
};

/**
 * A tenant's company sign-in (its own OpenID Connect identity provider): the link with the redirect URI
 * to register at the provider, or the form that creates the link; change; unlink after a confirmation.
 * Success messages are announced in a live region of its own, so it also speaks inside a modal dialog.
 */
export function SsoSettings({ resource, headingLevel = 2, audience = 'own' }: SsoSettingsProps) {
  const { t } = useTranslation();
  const sso = useSso(resource);
  const [editing, setEditing] = useState(false);
  const [unlinking, setUnlinking] = useState(false);
  const [message, setMessage] = useState('');
  const unlink = useDeleteSso(resource);

  return (
    <div className="sso">
      <LiveRegion message={message} />
      {sso.isPending ? <StatusMessage>{t('users.sso.loading')}</StatusMessage> : null}
      {sso.isError ? <ProblemAlert title={t('users.sso.loadFailed')} error={sso.error} /> : null}
      {sso.isSuccess && sso.data === null ? (
        <SsoForm
          resource={resource}
          headingLevel={headingLevel}
          audience={audience}
          current={null}
          onSaved={() => setMessage(t('users.sso.linked'))}
        />
      ) : null}
      {sso.data && editing ? (
        <SsoForm
          resource={resource}
          headingLevel={headingLevel}
          audience={audience}
          current={sso.data}
          onSaved={() => {
            setEditing(false);
            setMessage(t('users.sso.updated'));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : null}
      {sso.data && !editing ? (
        <SsoDetails
          sso={sso.data}
          headingLevel={headingLevel}
          onMessage={setMessage}
          onEdit={() => {
            setMessage('');
            setEditing(true);
          }}
          onUnlink={() => {
            setMessage('');
            unlink.reset();
            setUnlinking(true);
          }}
        />
      ) : null}
      <ConfirmDialog
        open={unlinking}
        title={t('users.sso.unlinkHeading')}
        confirmLabel={t('users.sso.unlinkConfirm')}
        cancelLabel={t('users.common.cancel')}
        busy={unlink.isPending}
        onCancel={() => setUnlinking(false)}
        onConfirm={() =>
          unlink.mutate(undefined, {
            onSuccess: () => {
              setUnlinking(false);
              setMessage(t('users.sso.unlinked'));
            },
          })
        }
      >
        <p>{audience === 'own' ? t('users.sso.unlinkNote') : t('tenants.sso.unlinkNote')}</p>
        {unlink.isError ? <ProblemAlert title={t('users.sso.unlinkFailed')} error={unlink.error} /> : null}
      </ConfirmDialog>
    </div>
  );
}

function Heading({ level, id, children }: { level: HeadingLevel; id: string; children: string }) {
  return level === 2 ? <h2 id={id}>{children}</h2> : <h3 id={id}>{children}</h3>;
}

function SsoDetails({
  sso,
  headingLevel,
  onEdit,
  onUnlink,
  onMessage,
}: {
  sso: SsoView;
  headingLevel: HeadingLevel;
  onEdit: () => void;
  onUnlink: () => void;
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sso.redirectUri);
      onMessage(t('users.sso.copied'));
    } catch {
      onMessage(t('users.sso.copyFailed'));
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading level={headingLevel} id={`${id}-heading`}>
        {t('users.sso.currentHeading')}
      </Heading>
      <dl className="details">
        <dt>{t('users.sso.displayName')}</dt>
        <dd>{sso.displayName || '—'}</dd>
        <dt>{t('users.sso.issuer')}</dt>
        <dd>
          <code className="sso__value">{sso.issuer}</code>
        </dd>
        <dt>{t('users.sso.clientId')}</dt>
        <dd>
          <code className="sso__value">{sso.clientId}</code>
        </dd>
        <dt>{t('users.sso.domain')}</dt>
        <dd>{sso.domain}</dd>
        <dt>{t('users.sso.status')}</dt>
        <dd>{sso.enabled ? t('users.sso.enabled') : t('users.sso.disabled')}</dd>
        <dt>{t('users.sso.redirectUri')}</dt>
        <dd>
          <p className="note">{t('users.sso.redirectUriHint')}</p>
          <code className="sso__value">{sso.redirectUri}</code>{' '}
          <Button variant="secondary" onClick={() => void copy()}>
            {t('users.sso.copy')}
          </Button>
        </dd>
      </dl>
      <div className="button-row">
        <Button onClick={onEdit}>{t('users.sso.edit')}</Button>
        <Button variant="secondary" onClick={onUnlink}>
          {t('users.sso.unlink')}
        </Button>
      </div>
    </section>
  );
}

const fields = ['issuer', 'clientId', 'clientSecret', 'domain', 'displayName'];

function SsoForm({
  resource,
  headingLevel,
  audience,
  current,
  onSaved,
  onCancel,
}: {
  resource: SsoResource;
  headingLevel: HeadingLevel;
  audience: 'own' | 'tenant';
  current: SsoView | null;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveSso(resource);
  const [issuer, setIssuer] = useState(current?.issuer ?? '');
  const [clientId, setClientId] = useState(current?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [domain, setDomain] = useState(current?.domain ?? '');
  const [displayName, setDisplayName] = useState(current?.displayName ?? '');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body: SaveSsoBody = { issuer: issuer.trim(), clientId: clientId.trim(), domain: domain.trim().toLowerCase() };
    // Write-only: on an update an empty field keeps the stored secret.
    if (clientSecret !== '' || current === null) body.clientSecret = clientSecret;
    if (displayName.trim() !== '') body.displayName = displayName.trim();
    save.mutate(body, { onSuccess: onSaved });
  };

  const linkHeading = audience === 'own' ? t('users.sso.linkHeading') : t('tenants.sso.linkHeading');
  const error = save.error;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading level={headingLevel} id={`${id}-heading`}>
        {current ? t('users.sso.editHeading') : linkHeading}
      </Heading>
      <form onSubmit={onSubmit} noValidate className="sso__form">
        <TextField
          label={t('users.sso.issuer')}
          type="url"
          required
          placeholder="https://idp.example.com/realms/example"
          hint={t('users.sso.issuerHint')}
          value={issuer}
          onChange={(event) => setIssuer(event.target.value)}
          error={violationFor(error, 'issuer')}
        />
        <TextField
          label={t('users.sso.clientId')}
          required
          autoComplete="off"
          value={clientId}
          onChange={(event) => setClientId(event.target.value)}
          error={violationFor(error, 'clientId')}
        />
        <TextField
          label={t('users.sso.clientSecret')}
          type="password"
          autoComplete="off"
          required={current === null}
          hint={current ? t('users.sso.clientSecretKeep') : undefined}
          value={clientSecret}
          onChange={(event) => setClientSecret(event.target.value)}
          error={violationFor(error, 'clientSecret')}
        />
        <TextField
          label={t('users.sso.domain')}
          required
          autoComplete="off"
          placeholder="example.com"
          hint={t('users.sso.domainHint')}
          value={domain}
          onChange={(event) => setDomain(event.target.value)}
          error={violationFor(error, 'domain')}
        />
        <TextField
          label={t('users.sso.displayNameOptional')}
          autoComplete="off"
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          error={violationFor(error, 'displayName')}
        />
        {needsAlert(error, fields) ? (
          <ProblemAlert title={t('users.sso.saveFailed')} error={error} shownFields={fields} />
        ) : null}
        <div className="button-row">
          <Button type="submit" disabled={save.isPending}>
            {current ? t('users.sso.save') : t('users.sso.link')}
          </Button>
          {onCancel ? (
            <Button variant="secondary" onClick={onCancel} disabled={save.isPending}>
              {t('users.common.cancel')}
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
