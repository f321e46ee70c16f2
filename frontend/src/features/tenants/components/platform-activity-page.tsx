import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { SearchField } from '@/components/ui/field';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { TableScroll } from '@/components/ui/table-scroll';
import { formatDateTime } from '@/lib/dates';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { usePlatformAudit, type PlatformEvent } from '@/features/tenants/api/get-platform-audit';
import './tenants.css';

export const ACTIVITY_PAGE_SIZE = 25;

const ACTIONS = {
  'tenant.created': 'tenants.activityAction.tenantCreated',
  'tenant.updated': 'tenants.activityAction.tenantUpdated',
  'tenant.disabled': 'tenants.activityAction.tenantDisabled',
  'tenant.enabled': 'tenants.activityAction.tenantEnabled',
  'tenant.deletion-requested': 'tenants.activityAction.tenantDeletionRequested',
  'tenant.restored': 'tenants.activityAction.tenantRestored',
  'tenant.purged': 'tenants.activityAction.tenantPurged',
  'person.erased': 'tenants.activityAction.personErased',
  'retention.changed': 'tenants.activityAction.retentionChanged',
  'assessment.retention-deleted': 'tenants.activityAction.assessmentRetentionDeleted',
} as const;

const DETAILS = {
  kind: 'tenants.activityDetail.kind',
  domain: 'tenants.activityDetail.domain',
  accountsDisabled: 'tenants.activityDetail.accountsDisabled',
  accountsEnabled: 'tenants.activityDetail.accountsEnabled',
  dueAt: 'tenants.activityDetail.dueAt',
  accounts: 'tenants.activityDetail.accounts',
  apiClients: 'tenants.activityDetail.apiClients',
  identityProviders: 'tenants.activityDetail.identityProviders',
  assessments: 'tenants.activityDetail.assessments',
  rows: 'tenants.activityDetail.rows',
  years: 'tenants.activityDetail.years',
} as const;

function actionLabel(t: TFunction, action: string): string {
  return action in ACTIONS ? t(ACTIONS[action as keyof typeof ACTIONS]) : action;
}

/** The details the page knows how to say, in the UI language; others are left out (they stay in the API). */
function detailsText(t: TFunction, event: PlatformEvent, language: string): string {
  return Object.entries(event.details ?? {})
    .filter(([key, value]) => key in DETAILS && (typeof value === 'string' || typeof value === 'number'))
    .map(([key, value]) => {
      const shown = key === 'dueAt' ? formatDateTime(String(value), language) : String(value);
      return t(DETAILS[key as keyof typeof DETAILS], { value: shown });
    })
    .join(' · ');
}

function actor(t: TFunction, event: PlatformEvent): string {
  if (event.actorId === 'system') {
    return t('tenants.activity.system', { process: (event.actorName ?? '').replace(/^system: /, '') });
  }
  return event.actorName ?? event.actorId;
}

/**
 * /platform/activity (platform administrators): the platform's trail, newest first, optionally of one tenant
 * (`?tenant=` from a tenant's "History" link). It outlives deleted tenants.
 */
export function PlatformActivityPage({ initialTenant = '' }: { initialTenant?: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [tenant, setTenant] = useState(initialTenant);
  const debouncedTenant = useDebouncedValue(tenant.trim().toLowerCase(), 300);
  const [paging, setPaging] = useState({ tenant: initialTenant, page: 0 });
  const page = paging.tenant === debouncedTenant ? paging.page : 0;
  const audit = usePlatformAudit({ tenant: debouncedTenant, page, size: ACTIVITY_PAGE_SIZE });
  const data = audit.data;
  return (
    <div className="tenants">
      <h1>{t('tenants.activity.heading')}</h1>
      <p>{t('tenants.activity.intro')}</p>
      <section className="tenants__section" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`} className="visually-hidden">
          {t('tenants.activity.heading')}
        </h2>
        <SearchField
          className="tenants__filter"
          label={t('tenants.activity.tenant')}
          hint={t('tenants.activity.tenantHint')}
          value={tenant}
          onChange={setTenant}
        />
        {audit.isPending ? <StatusMessage>{t('tenants.activity.loading')}</StatusMessage> : null}
        {audit.isError ? <ProblemAlert title={t('tenants.activity.failed')} error={audit.error} /> : null}
        {data && data.items.length === 0 ? (
          <p>
            {debouncedTenant ? t('tenants.activity.noMatch', { tenant: debouncedTenant }) : t('tenants.activity.empty')}
          </p>
        ) : null}
        {data && data.items.length > 0 ? (
          <TableScroll label={t('tenants.activity.caption', { total: data.total })}>
            <table className="data-table" aria-busy={audit.isPlaceholderData || undefined}>
              <caption>{t('tenants.activity.caption', { total: data.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('tenants.activity.when')}</th>
                  <th scope="col">{t('tenants.activity.what')}</th>
                  <th scope="col">{t('tenants.activity.tenantColumn')}</th>
                  <th scope="col">{t('tenants.activity.who')}</th>
                  <th scope="col">{t('tenants.activity.details')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((event) => (
                  <tr key={event.id}>
                    <td>{formatDateTime(event.occurredAt, i18n.language)}</td>
                    <th scope="row" className="data-table__name data-table__wrap">
                      {actionLabel(t, event.action)}
                    </th>
                    <td className="data-table__wrap">{event.tenantAlias ? <code>{event.tenantAlias}</code> : null}</td>
                    <td className="activity__actor">{actor(t, event)}</td>
                    <td className="activity__details">{detailsText(t, event, i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : null}
        {data ? (
          <Pager
            page={page}
            size={ACTIVITY_PAGE_SIZE}
            total={data.total}
            onPage={(next) => setPaging({ tenant: debouncedTenant, page: next })}
            labels={{
              navigation: t('tenants.activity.pages'),
              previous: t('tenants.activity.previous'),
              next: t('tenants.activity.next'),
              position: (current, pages) => t('tenants.activity.position', { page: current, pages }),
            }}
          />
        ) : null}
      </section>
    </div>
  );
}
