import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { needsAlert, violationFor } from '@/lib/form';
import {
  countryName,
  industries,
  industryLabel,
  isIndustry,
  isSizeBand,
  sizeBandLabel,
  sizeBands,
  type Industry,
  type SizeBand,
} from '@/lib/vocabulary';
import type { TenantView } from '@/features/tenants/api/get-tenants';
import { useUpdateTenant, type UpdateTenantBody } from '@/features/tenants/api/update-tenant';

const fields = ['name', 'industry', 'sizeBand', 'country'];

/**
 * Edits a tenant's name, industry, size band and country in a modal dialog (the alias and kind never
 * change). Only what changed is sent: PATCH /api/v1/platform/tenants/{alias}.
 */
export function EditTenantDialog({
  tenant,
  onClose,
  onSaved,
}: {
  tenant: TenantView;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const update = useUpdateTenant();
  const originalIndustry: Industry | '' = isIndustry(tenant.industry) ? tenant.industry : '';
  const originalSizeBand: SizeBand | '' = isSizeBand(tenant.sizeBand) ? tenant.sizeBand : '';
  const originalCountry = tenant.country ?? '';
  const [name, setName] = useState(tenant.name);
  const [industry, setIndustry] = useState<Industry | ''>(originalIndustry);
  const [sizeBand, setSizeBand] = useState<SizeBand | ''>(originalSizeBand);
  const [country, setCountry] = useState(originalCountry);
  const countryCode = country.trim().toUpperCase();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body: UpdateTenantBody = {};
    if (name.trim() !== tenant.name) body.name = name.trim();
    if (industry && industry !== originalIndustry) body.industry = industry;
    if (sizeBand && sizeBand !== originalSizeBand) body.sizeBand = sizeBand;
    if (countryCode !== originalCountry) body.country = countryCode;
    if (Object.keys(body).length === 0) {
      onClose();
      return;
    }
    update.mutate(
      { alias: tenant.alias, body },
      { onSuccess: (saved) => onSaved(t('tenants.edit.saved', { name: saved.name })) },
    );
  };

  const error = update.error;
  return (
    <Dialog open title={t('tenants.edit.heading', { name: tenant.name })} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="tenants__form">
        <p className="note">
          <code>{tenant.alias}</code>
        </p>
        <TextField
          label={t('tenants.field.name')}
          required
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={violationFor(error, 'name')}
        />
        <SelectField
          label={t('tenants.field.industry')}
          required
          value={industry}
          onChange={(event) => setIndustry(isIndustry(event.target.value) ? event.target.value : '')}
          error={violationFor(error, 'industry')}
        >
          {originalIndustry === '' ? (
            <option value="" disabled>
              {t('tenants.field.choose')}
            </option>
          ) : null}
          {industries.map((value) => (
            <option key={value} value={value}>
              {industryLabel(t, value)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('tenants.field.sizeBand')}
          required
          value={sizeBand}
          onChange={(event) => setSizeBand(isSizeBand(event.target.value) ? event.target.value : '')}
          error={violationFor(error, 'sizeBand')}
        >
          {originalSizeBand === '' ? (
            <option value="" disabled>
              {t('tenants.field.choose')}
            </option>
          ) : null}
          {sizeBands.map((value) => (
            <option key={value} value={value}>
              {sizeBandLabel(t, value)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('tenants.field.country')}
          required
          autoComplete="off"
          maxLength={2}
          className="tenants__country"
          hint={
            /^[A-Z]{2}$/.test(countryCode)
              ? t('tenants.field.countryIs', { country: countryName(countryCode, i18n.language) })
              : t('tenants.field.countryHint')
          }
          value={country}
          onChange={(event) => setCountry(event.target.value.toUpperCase())}
          error={violationFor(error, 'country')}
        />
        {needsAlert(error, fields) ? (
          <ProblemAlert title={t('tenants.edit.failed')} error={error} shownFields={fields} />
        ) : null}
        <div className="button-row">
          <Button type="submit" disabled={update.isPending}>
            {t('tenants.edit.submit')}
          </Button>
          <Button variant="secondary" onClick={onClose} disabled={update.isPending}>
            {t('tenants.edit.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
