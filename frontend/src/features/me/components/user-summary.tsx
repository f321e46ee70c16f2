import { useTranslation } from 'react-i18next';
import { useMe } from '@/features/me/api/get-me';
import { roleLabel, tenantKindLabel } from '@/features/me/labels';

/** Who is signed in, for the page header: name, organization (and its kind), roles. */
export function UserSummary() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data) return null; // the page itself reports loading and errors

  const { name, tenant, roles } = me.data;
  return (
    <section className="user-summary" aria-label={t('me.summary.label')}>
      <p className="user-summary__name">{name}</p>
      {tenant ? (
        <p className="user-summary__tenant">
          {tenant.name} <span className="user-summary__kind">({tenantKindLabel(t, tenant.kind)})</span>
        </p>
      ) : null}
      {roles.length > 0 ? (
        <ul className="user-summary__roles" aria-label={t('me.summary.roles')}>
          {roles.map((role) => (
            <li key={role}>{roleLabel(t, role)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
