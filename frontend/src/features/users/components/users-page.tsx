import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { SearchField } from '@/components/ui/field';
import { LiveRegion } from '@/components/ui/live-region';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { TableScroll } from '@/components/ui/table-scroll';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { businessFunctionLabel, roleLabel, type TenantKind } from '@/lib/vocabulary';
import { useUsers, type UserView } from '@/features/users/api/get-users';
import { useEraseUser } from '@/features/users/api/erase-user';
import { useRemoveUser } from '@/features/users/api/remove-user';
import { useResendInvitation } from '@/features/users/api/resend-invitation';
import { useUpdateUser } from '@/features/users/api/update-user';
import { awaitsOnboarding, pendingLabels } from '@/features/users/format';
import { CreateUserForm } from './create-user-form';
import { EditUserDialog } from './edit-user-dialog';
import './users.css';

export const USERS_PAGE_SIZE = 20;

/**
 * /users (tenant administrators): the tenant's users, searchable and paged, with what each still has
 * to do; add (invite) a user; edit, disable/enable, re-send the invitation, remove from the company (and, on
 * request, erase their personal data: a pseudonym replaces their name, email and id in the company's data).
 */
export function UsersPage({ tenantKind, currentUserId }: { tenantKind: TenantKind; currentUserId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  const debouncedSearch = useDebouncedValue(search.trim(), 300);
  // A new search starts at its first page.
  const [paging, setPaging] = useState({ search: '', page: 0 });
  const page = paging.search === debouncedSearch ? paging.page : 0;
  const users = useUsers({ search: debouncedSearch, page, size: USERS_PAGE_SIZE });

  const [message, setMessage] = useState('');
  const [editing, setEditing] = useState<UserView | null>(null);
  const [removing, setRemoving] = useState<UserView | null>(null);
  const toggle = useUpdateUser();
  const resend = useResendInvitation();
  const remove = useRemoveUser();
  const erase = useEraseUser();
  const [erasing, setErasing] = useState(false);

  const setEnabled = (user: UserView, enabled: boolean) => {
    setMessage('');
    toggle.mutate(
      { id: user.id, body: { enabled } },
      {
        onSuccess: (saved) =>
          setMessage(
            t(enabled ? 'users.list.enabledMessage' : 'users.list.disabledMessage', {
              name: saved.name || saved.email,
            }),
          ),
      },
    );
  };

  const resendInvitation = (user: UserView) => {
    setMessage('');
    resend.mutate(user.id, { onSuccess: () => setMessage(t('users.list.resent', { email: user.email })) });
  };

  const confirmRemove = () => {
    if (!removing) return;
    const user = removing;
    if (erasing) {
      erase.mutate(user.id, {
        onSuccess: (erased) => {
          setRemoving(null);
          setMessage(t('users.erase.done', { name: user.name || user.email, pseudonym: erased.pseudonymName }));
        },
      });
      return;
    }
    remove.mutate(user.id, {
      onSuccess: () => {
        setRemoving(null);
        setMessage(t('users.list.removed', { name: user.name || user.email }));
      },
    });
  };

  const data = users.data;
  return (
    <div className="users">
      <h1>{t('users.page.heading')}</h1>
      <LiveRegion message={message} />
      <section className="users__section" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('users.list.heading')}</h2>
        <SearchField
          className="users__search"
          label={t('users.list.search')}
          hint={t('users.list.searchHint')}
          value={search}
          onChange={setSearch}
        />
        {users.isPending ? <StatusMessage>{t('users.list.loading')}</StatusMessage> : null}
        {users.isError ? <ProblemAlert title={t('users.list.failed')} error={users.error} /> : null}
        {data && data.items.length === 0 ? (
          <p>{debouncedSearch ? t('users.list.noMatch', { search: debouncedSearch }) : t('users.list.empty')}</p>
        ) : null}
        {data && data.items.length > 0 ? (
          <TableScroll label={t('users.list.caption', { total: data.total })}>
            <table className="data-table" aria-busy={users.isPlaceholderData || undefined}>
              <caption>{t('users.list.caption', { total: data.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('users.list.name')}</th>
                  <th scope="col">{t('users.list.email')}</th>
                  <th scope="col">{t('users.list.function')}</th>
                  <th scope="col">{t('users.list.roles')}</th>
                  <th scope="col">{t('users.list.status')}</th>
                  <th scope="col" className="data-table__actions">
                    {t('users.list.actions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((user) => (
                  <UserRow
                    key={user.id}
                    user={user}
                    self={user.id === currentUserId}
                    busy={
                      (toggle.isPending && toggle.variables?.id === user.id) ||
                      (resend.isPending && resend.variables === user.id)
                    }
                    error={
                      (toggle.isError && toggle.variables?.id === user.id ? toggle.error : null) ??
                      (resend.isError && resend.variables === user.id ? resend.error : null)
                    }
                    onEdit={() => {
                      setMessage('');
                      setEditing(user);
                    }}
                    onEnable={(enabled) => setEnabled(user, enabled)}
                    onResend={() => resendInvitation(user)}
                    onRemove={() => {
                      setMessage('');
                      remove.reset();
                      erase.reset();
                      setErasing(false);
                      setRemoving(user);
                    }}
                  />
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : null}
        {data ? (
          <Pager
            page={page}
            size={USERS_PAGE_SIZE}
            total={data.total}
            onPage={(next) => setPaging({ search: debouncedSearch, page: next })}
            labels={{
              navigation: t('users.list.pages'),
              previous: t('users.list.previous'),
              next: t('users.list.next'),
              position: (current, pages) => t('users.list.position', { page: current, pages }),
            }}
          />
        ) : null}
      </section>
      <CreateUserForm tenantKind={tenantKind} onCreated={setMessage} />
      {editing ? (
        <EditUserDialog
          key={editing.id}
          user={editing}
          tenantKind={tenantKind}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setMessage(saved);
          }}
        />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('users.remove.heading', { name: removing?.name || removing?.email || '' })}
        confirmLabel={erasing ? t('users.erase.confirm') : t('users.remove.confirm')}
        cancelLabel={t('users.common.cancel')}
        busy={remove.isPending || erase.isPending}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
      >
        <p>{removing?.otherTenants ? t('users.remove.sharedNote') : t('users.remove.note')}</p>
        <label className="choice">
          <input
            type="checkbox"
            checked={erasing}
            aria-describedby={`${id}-erase-note`}
            onChange={(event) => {
              remove.reset();
              erase.reset();
              setErasing(event.target.checked);
            }}
          />{' '}
          {t('users.erase.option')}
        </label>
        <p id={`${id}-erase-note`} className="note">
          {t('users.erase.note')}
        </p>
        {remove.isError ? <ProblemAlert title={t('users.remove.failed')} error={remove.error} /> : null}
        {erase.isError ? <ProblemAlert title={t('users.erase.failed')} error={erase.error} /> : null}
      </ConfirmDialog>
    </div>
  );
}

function UserRow({
  user,
  self,
  busy,
  error,
  onEdit,
  onEnable,
  onResend,
  onRemove,
}: {
  user: UserView;
  self: boolean;
  busy: boolean;
  error: unknown;
  onEdit: () => void;
  onEnable: (enabled: boolean) => void;
  onResend: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const nameId = useId();
  const pending = pendingLabels(t, user);
  return (
    <tr>
      <th scope="row" id={nameId} className="data-table__name data-table__wrap">
        {user.name || user.email}
        {self ? <span className="badge">{t('users.list.you')}</span> : null}
        {user.otherTenants ? <span className="badge">{t('users.list.otherTenants')}</span> : null}
        {user.source === 'COMPANY_SSO' ? <span className="badge">{t('users.list.companySso')}</span> : null}
      </th>
      <td className="data-table__wrap data-table__wrap--wide">{user.email}</td>
      <td>{businessFunctionLabel(t, user.businessFunction)}</td>
      <td>
        {user.roles.length === 0 ? (
          '—'
        ) : (
          <ul className="plain-list">
            {user.roles.map((role) => (
              <li key={role}>{roleLabel(t, role)}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <span className={user.enabled ? 'badge badge--ok' : 'badge badge--off'}>
          {user.enabled ? t('users.status.enabled') : t('users.status.disabled')}
        </span>
        {pending.length > 0 ? (
          <ul className="plain-list">
            {pending.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        ) : null}
      </td>
      <td className="data-table__actions">
        <div className="row-actions">
          <Button variant="secondary" onClick={onEdit} aria-describedby={nameId}>
            {t('users.list.edit')}
          </Button>
          {self ? null : (
            <Button
              variant="secondary"
              onClick={() => onEnable(!user.enabled)}
              disabled={busy}
              aria-describedby={nameId}
            >
              {user.enabled ? t('users.list.disable') : t('users.list.enable')}
            </Button>
          )}
          {user.enabled && awaitsOnboarding(user) ? (
            <Button variant="secondary" onClick={onResend} disabled={busy} aria-describedby={nameId}>
              {t('users.list.resend')}
            </Button>
          ) : null}
          {self ? null : (
            <Button variant="secondary" onClick={onRemove} aria-describedby={nameId}>
              {t('users.list.remove')}
            </Button>
          )}
        </div>
        {error ? <ProblemAlert title={t('users.list.actionFailed')} error={error} /> : null}
      </td>
    </tr>
  );
}
