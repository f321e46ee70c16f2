import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { SearchField } from '@/components/ui/field';
import { LiveRegion } from '@/components/ui/live-region';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { TableScroll } from '@/components/ui/table-scroll';
import { formatDate } from '@/lib/dates';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { countryName, industryLabel, sizeBandLabel } from '@/lib/vocabulary';
import { useTenants, type TenantView } from '@/features/tenants/api/get-tenants';
import { useUpdateTenant } from '@/features/tenants/api/update-tenant';
import { useRestoreTenant } from '@/features/tenants/api/delete-tenant';
import { CreateTenantForm } from './create-tenant-form';
import { DeleteTenantDialog } from './delete-tenant-dialog';
import { EditTenantDialog } from './edit-tenant-dialog';
import { TenantSsoDialog } from './tenant-sso-dialog';
import './tenants.css';

export const TENANTS_PAGE_SIZE = 20;

/**
 * /platform/tenants (platform administrators): every tenant, searchable and paged; create; edit the
 * profile; link the tenant's company sign-in; disable/enable; delete (after a grace period) or restore.
 */
export function TenantsPage() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  const debouncedSearch = useDebouncedValue(search.trim(), 300);
  const [paging, setPaging] = useState({ search: '', page: 0 });
  const page = paging.search === debouncedSearch ? paging.page : 0;
  const tenants = useTenants({ search: debouncedSearch, page, size: TENANTS_PAGE_SIZE });
  const [message, setMessage] = useState('');
  const [changing, setChanging] = useState<TenantView | null>(null);
  const [editing, setEditing] = useState<TenantView | null>(null);
  const [ssoOf, setSsoOf] = useState<TenantView | null>(null);
  const [deleting, setDeleting] = useState<TenantView | null>(null);
  const [restoring, setRestoring] = useState<TenantView | null>(null);
  const update = useUpdateTenant();
  const restore = useRestoreTenant();

  const confirmRestore = () => {
    if (!restoring) return;
    const tenant = restoring;
    restore.mutate(tenant.alias, {
      onSuccess: () => {
        setRestoring(null);
        setMessage(t('tenants.list.restoredMessage', { name: tenant.name }));
      },
    });
  };

  const confirmChange = () => {
    if (!changing) return;
    const tenant = changing;
    const status = tenant.status === 'ACTIVE' ? 'DISABLED' : 'ACTIVE';
    update.mutate(
      { alias: tenant.alias, body: { status } },
      {
        onSuccess: () => {
          setChanging(null);
          setMessage(
            t(status === 'DISABLED' ? 'tenants.list.disabledMessage' : 'tenants.list.enabledMessage', {
              name: tenant.name,
            }),
          );
        },
      },
    );
  };

  const disabling = changing?.status === 'ACTIVE';
  const data = tenants.data;
  return (
    <div className="tenants">
      <h1>{t('tenants.page.heading')}</h1>
      <LiveRegion message={message} />
      <section className="tenants__section" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('tenants.list.heading')}</h2>
        <SearchField
          className="tenants__search"
          label={t('tenants.list.search')}
          hint={t('tenants.list.searchHint')}
          value={search}
          onChange={setSearch}
        />
        {tenants.isPending ? <StatusMessage>{t('tenants.list.loading')}</StatusMessage> : null}
        {tenants.isError ? <ProblemAlert title={t('tenants.list.failed')} error={tenants.error} /> : null}
        {data && data.items.length === 0 ? (
          <p>{debouncedSearch ? t('tenants.list.noMatch', { search: debouncedSearch }) : t('tenants.list.empty')}</p>
        ) : null}
        {data && data.items.length > 0 ? (
          <TableScroll label={t('tenants.list.caption', { total: data.total })}>
            <table className="data-table" aria-busy={tenants.isPlaceholderData || undefined}>
              <caption>{t('tenants.list.caption', { total: data.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('tenants.list.name')}</th>
                  <th scope="col">{t('tenants.list.alias')}</th>
                  <th scope="col">{t('tenants.list.kind')}</th>
                  <th scope="col">{t('tenants.list.industry')}</th>
                  <th scope="col">{t('tenants.list.sizeBand')}</th>
                  <th scope="col">{t('tenants.list.country')}</th>
                  <th scope="col">{t('tenants.list.status')}</th>
                  <th scope="col" className="data-table__actions">
                    {t('tenants.list.actions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((tenant) => (
                  <TenantRow
                    key={tenant.alias}
                    tenant={tenant}
                    language={i18n.language}
                    onEdit={() => {
                      setMessage('');
                      setEditing(tenant);
                    }}
                    onSso={() => {
                      setMessage('');
                      setSsoOf(tenant);
                    }}
                    onToggle={() => {
                      setMessage('');
                      update.reset();
                      setChanging(tenant);
                    }}
                    onDelete={() => {
                      setMessage('');
                      setDeleting(tenant);
                    }}
                    onRestore={() => {
                      setMessage('');
                      restore.reset();
                      setRestoring(tenant);
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
            size={TENANTS_PAGE_SIZE}
            total={data.total}
            onPage={(next) => setPaging({ search: debouncedSearch, page: next })}
            labels={{
              navigation: t('tenants.list.pages'),
              previous: t('tenants.list.previous'),
              next: t('tenants.list.next'),
              position: (current, pages) => t('tenants.list.position', { page: current, pages }),
            }}
          />
        ) : null}
      </section>
      <CreateTenantForm onCreated={setMessage} />
      {editing ? (
        <EditTenantDialog
          key={editing.alias}
          tenant={editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setMessage(saved);
          }}
        />
      ) : null}
      {ssoOf ? <TenantSsoDialog key={ssoOf.alias} tenant={ssoOf} onClose={() => setSsoOf(null)} /> : null}
      {deleting ? (
        <DeleteTenantDialog
          key={deleting.alias}
          tenant={deleting}
          onClose={() => setDeleting(null)}
          onDone={(done) => {
            setDeleting(null);
            setMessage(done);
          }}
        />
      ) : null}
      <ConfirmDialog
        open={restoring !== null}
        title={t('tenants.restore.heading', { name: restoring?.name ?? '' })}
        confirmLabel={t('tenants.restore.confirm')}
        cancelLabel={t('tenants.restore.cancel')}
        busy={restore.isPending}
        onCancel={() => setRestoring(null)}
        onConfirm={confirmRestore}
      >
        <p>
          {t('tenants.restore.note', {
            date: restoring?.deletionDueAt ? formatDate(restoring.deletionDueAt, i18n.language) : '',
          })}
        </p>
        {restore.isError ? <ProblemAlert title={t('tenants.restore.failed')} error={restore.error} /> : null}
      </ConfirmDialog>
      <ConfirmDialog
        open={changing !== null}
        title={t(disabling ? 'tenants.toggle.disableHeading' : 'tenants.toggle.enableHeading', {
          name: changing?.name ?? '',
        })}
        confirmLabel={disabling ? t('tenants.toggle.confirmDisable') : t('tenants.toggle.confirmEnable')}
        cancelLabel={t('tenants.toggle.cancel')}
        busy={update.isPending}
        onCancel={() => setChanging(null)}
        onConfirm={confirmChange}
      >
        <p>{disabling ? t('tenants.toggle.disableNote') : t('tenants.toggle.enableNote')}</p>
        {update.isError ? <ProblemAlert title={t('tenants.toggle.failed')} error={update.error} /> : null}
      </ConfirmDialog>
    </div>
  );
}

function TenantRow({
  tenant,
  language,
  onEdit,
  onSso,
  onToggle,
  onDelete,
  onRestore,
}: {
  tenant: TenantView;
  language: string;
  onEdit: () => void;
  onSso: () => void;
  onToggle: () => void;
  onDelete: () => void;
  onRestore: () => void;
}) {
  const { t } = useTranslation();
  const nameId = useId();
  const active = tenant.status === 'ACTIVE';
  return (
    <tr>
      <th scope="row" id={nameId} className="data-table__name data-table__wrap">
        {tenant.name}
      </th>
      <td className="data-table__wrap">
        <code>{tenant.alias}</code>
      </td>
      <td>{tenant.kind === 'CONSULTANCY' ? t('tenants.kind.consultancy') : t('tenants.kind.company')}</td>
      <td>{industryLabel(t, tenant.industry)}</td>
      <td>{sizeBandLabel(t, tenant.sizeBand)}</td>
      <td>{countryName(tenant.country, language)}</td>
      <td>
        <span className={active ? 'badge badge--ok' : 'badge badge--off'}>
          {active ? t('tenants.status.active') : t('tenants.status.disabled')}
        </span>
        {tenant.deletionDueAt ? (
          <span className="badge badge--off tenants__deletion">
            {t('tenants.list.deletionDue', { date: formatDate(tenant.deletionDueAt, language) })}
          </span>
        ) : null}
      </td>
      <td className="data-table__actions">
        <div className="row-actions">
          <Button variant="secondary" onClick={onEdit} aria-describedby={nameId}>
            {t('tenants.list.edit')}
          </Button>
          <Button variant="secondary" onClick={onSso} aria-describedby={nameId}>
            {t('tenants.list.sso')}
          </Button>
          {tenant.deletionDueAt ? (
            <Button variant="secondary" onClick={onRestore} aria-describedby={nameId}>
              {t('tenants.list.restore')}
            </Button>
          ) : (
            <>
              <Button variant="secondary" onClick={onToggle} aria-describedby={nameId}>
                {active ? t('tenants.list.disable') : t('tenants.list.enable')}
              </Button>
              <Button variant="secondary" onClick={onDelete} aria-describedby={nameId}>
                {t('tenants.list.delete')}
              </Button>
            </>
          )}
          <Link
            className="button button--secondary"
            to={`/platform/activity?tenant=${encodeURIComponent(tenant.alias)}`}
            aria-describedby={nameId}
          >
            {t('tenants.list.history')}
          </Link>
        </div>
      </td>
    </tr>
  );
}
