import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SearchField, SelectField, TextField } from '@/components/ui/field';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { TableScroll } from '@/components/ui/table-scroll';
import { formatDateTime } from '@/lib/dates';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import {
  useAuditFacets,
  useAuditTrail,
  useDownloadAuditCsv,
  type AuditEvent,
  type AuditFilter,
} from '@/features/audit/api/get-audit';
import './audit.css';

export const AUDIT_PAGE_SIZE = 25;

/** The start of a calendar day (yyyy-mm-dd, the browser's zone) as an ISO instant; '' for none. */
export function dayStart(day: string, plusDays = 0): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return '';
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/** An event's details as "key: value" pairs (values that are objects as JSON). */
function detailsText(event: AuditEvent): string {
  return Object.entries((event.details ?? {}) as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join(' · ');
}

/**
 * /audit (tenant administrators): the tenant's audit trail, newest first, narrowed by person, action, object and
 * day range, paged, with the same selection as a CSV download.
 */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [person, setPerson] = useState('');
  const [action, setAction] = useState('');
  const [entityType, setEntityType] = useState('');
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  const debouncedPerson = useDebouncedValue(person.trim(), 300);
  const filter: AuditFilter = {
    person: debouncedPerson,
    action,
    entityType,
    from: dayStart(fromDay),
    to: dayStart(toDay, 1),
  };
  const filterKey = JSON.stringify(filter);
  const [paging, setPaging] = useState({ filterKey, page: 0 });
  const page = paging.filterKey === filterKey ? paging.page : 0;
  const trail = useAuditTrail({ ...filter, page, size: AUDIT_PAGE_SIZE });
  const facets = useAuditFacets();
  const download = useDownloadAuditCsv();
  const data = trail.data;
  const filtered = Object.values(filter).some(Boolean);

  return (
    <div className="audit">
      <h1>{t('audit.page.heading')}</h1>
      <p>{t('audit.page.intro')}</p>
      <section aria-labelledby={`${id}-filters`} className="audit__filters">
        <h2 id={`${id}-filters`} className="visually-hidden">
          {t('audit.filter.heading')}
        </h2>
        <SearchField
          label={t('audit.filter.person')}
          hint={t('audit.filter.personHint')}
          value={person}
          onChange={setPerson}
        />
        <SelectField label={t('audit.filter.action')} value={action} onChange={(e) => setAction(e.target.value)}>
          <option value="">{t('audit.filter.any')}</option>
          {(facets.data?.actions ?? []).map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('audit.filter.entityType')}
          value={entityType}
          onChange={(e) => setEntityType(e.target.value)}
        >
          <option value="">{t('audit.filter.any')}</option>
          {(facets.data?.entityTypes ?? []).map((e) => (
            <option key={e} value={e}>
              {e}
            </option>
          ))}
        </SelectField>
        <TextField
          type="date"
          label={t('audit.filter.from')}
          value={fromDay}
          onChange={(e) => setFromDay(e.target.value)}
        />
        <TextField type="date" label={t('audit.filter.to')} value={toDay} onChange={(e) => setToDay(e.target.value)} />
      </section>
      <div className="button-row">
        <Button variant="secondary" onClick={() => download.mutate(filter)} disabled={download.isPending}>
          {download.isPending ? t('audit.list.downloading') : t('audit.list.download')}
        </Button>
      </div>
      {download.isError ? <ProblemAlert title={t('audit.list.downloadFailed')} error={download.error} /> : null}
      {trail.isPending ? <StatusMessage>{t('audit.list.loading')}</StatusMessage> : null}
      {trail.isError ? <ProblemAlert title={t('audit.list.failed')} error={trail.error} /> : null}
      {data && data.items.length === 0 ? <p>{filtered ? t('audit.list.noMatch') : t('audit.list.empty')}</p> : null}
      {data && data.items.length > 0 ? (
        <TableScroll label={t('audit.list.caption', { total: data.total })}>
          <table className="data-table" aria-busy={trail.isPlaceholderData || undefined}>
            <caption>{t('audit.list.caption', { total: data.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.list.when')}</th>
                <th scope="col">{t('audit.list.who')}</th>
                <th scope="col">{t('audit.list.action')}</th>
                <th scope="col">{t('audit.list.object')}</th>
                <th scope="col">{t('audit.list.details')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((event) => (
                <tr key={event.id}>
                  <td className="audit__when">{formatDateTime(event.occurredAt, i18n.language)}</td>
                  <td className="audit__who">{event.actorName ?? event.actorId}</td>
                  <th scope="row" className="audit__action">
                    <code>{event.action}</code>
                  </th>
                  <td className="audit__object">
                    {event.entityType} <code>{event.entityId}</code>
                  </td>
                  <td className="data-table__wrap audit__details">{detailsText(event)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {data ? (
        <Pager
          page={page}
          size={AUDIT_PAGE_SIZE}
          total={data.total}
          onPage={(next) => setPaging({ filterKey, page: next })}
          labels={{
            navigation: t('audit.list.pages'),
            previous: t('audit.list.previous'),
            next: t('audit.list.next'),
            position: (current, pages) => t('audit.list.position', { page: current, pages }),
          }}
        />
      ) : null}
    </div>
  );
}
