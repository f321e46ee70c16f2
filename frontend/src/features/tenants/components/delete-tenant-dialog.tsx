import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { formatDate } from '@/lib/dates';
import type { TenantView } from '@/features/tenants/api/get-tenants';
import { useRequestTenantDeletion } from '@/features/tenants/api/delete-tenant';

/**
 * Requests a tenant's deletion after the platform admin has typed its alias: DELETE
 * /api/v1/platform/tenants/{alias}. The tenant is disabled at once and purged after the grace period.
 */
export function DeleteTenantDialog({
  tenant,
  onClose,
  onDone,
}: {
  tenant: TenantView;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const request = useRequestTenantDeletion();
  const [typed, setTyped] = useState('');
  const [tried, setTried] = useState(false);
  const matches = typed.trim() === tenant.alias;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (!matches) return;
    request.mutate(tenant.alias, {
      onSuccess: (view) =>
        onDone(
          t('tenants.list.deletionRequestedMessage', {
            name: tenant.name,
            date: view.deletionDueAt ? formatDate(view.deletionDueAt, i18n.language) : '',
          }),
        ),
    });
  };

  return (
    <Dialog open title={t('tenants.delete.heading', { name: tenant.name })} onClose={onClose} role="alertdialog">
      <form onSubmit={onSubmit} noValidate>
        <p>{t('tenants.delete.note')}</p>
        <p>{t('tenants.delete.keep')}</p>
        <TextField
          label={t('tenants.delete.confirmLabel', { alias: tenant.alias })}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          error={tried && !matches ? t('tenants.delete.mismatch') : undefined}
        />
        {request.isError ? <ProblemAlert title={t('tenants.delete.failed')} error={request.error} /> : null}
        <div className="button-row">
          <Button type="button" variant="secondary" onClick={onClose} disabled={request.isPending} data-autofocus>
            {t('tenants.delete.cancel')}
          </Button>
          <Button type="submit" disabled={request.isPending}>
            {t('tenants.delete.confirm')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
