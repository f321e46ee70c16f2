import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ChoiceGroup, OnboardingChoice, SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { focusField, missingFields, needsAlert, violationFor } from '@/lib/form';
import {
  businessFunctionLabel,
  businessFunctions,
  countryName,
  industries,
  industryLabel,
  isBusinessFunction,
  isIndustry,
  isSizeBand,
  sizeBandLabel,
  sizeBands,
  type BusinessFunction,
  type Industry,
  type SizeBand,
  type TenantKind,
} from '@/lib/vocabulary';
import { useCreateTenant, type CreateTenantBody } from '@/features/tenants/api/create-tenant';

const fields = [
  'alias',
  'name',
  'kind',
  'industry',
  'sizeBand',
  'country',
  'domain',
  'firstAdmin.email',
  'firstAdmin.firstName',
  'firstAdmin.lastName',
  'firstAdmin.businessFunction',
  'firstAdmin.onboarding',
  'firstAdmin.initialPassword',
];

/** A suggestion for the alias from the name: "Acme Industrie S.p.A." → "acme-industrie-s-p-a". */
export function aliasFrom(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** A new tenant (company or consultancy) with its first administrator. */
export function CreateTenantForm({ onCreated }: { onCreated: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const create = useCreateTenant();
  const [name, setName] = useState('');
  const [alias, setAlias] = useState('');
  const [aliasEdited, setAliasEdited] = useState(false);
  const [kind, setKind] = useState<TenantKind>('COMPANY');
  const [industry, setIndustry] = useState<Industry | ''>('');
  const [sizeBand, setSizeBand] = useState<SizeBand | ''>('');
  const [country, setCountry] = useState('');
  const [domain, setDomain] = useState('');
  const [email, setEmail] = useState('');
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [businessFunction, setBusinessFunction] = useState<BusinessFunction | ''>('');
  const [onboarding, setOnboarding] = useState<'INVITE' | 'PASSWORD'>('INVITE');
  const [initialPassword, setInitialPassword] = useState('');
  // Required fields left empty are all flagged before anything is sent.
  const [missing, setMissing] = useState<readonly string[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const filled = (field: string) => setMissing((current) => current.filter((f) => f !== field));
  const fieldError = (field: string) =>
    missing.includes(field)
      ? field === 'domain'
        ? t('tenants.field.domainRequired')
        : t('users.field.missing')
      : violationFor(create.error, field);

  const effectiveAlias = aliasEdited ? alias : aliasFrom(name);
  const countryCode = country.trim().toUpperCase();

  const reset = () => {
    for (const set of [
      setName,
      setAlias,
      setCountry,
      setDomain,
      setEmail,
      setFirstName,
      setLastName,
      setInitialPassword,
    ])
      set('');
    setAliasEdited(false);
    setKind('COMPANY');
    setIndustry('');
    setSizeBand('');
    setBusinessFunction('');
    setOnboarding('INVITE');
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const empty = missingFields({
      name,
      alias: effectiveAlias,
      industry,
      sizeBand,
      country,
      domain,
      'firstAdmin.email': email,
      'firstAdmin.firstName': firstName,
      'firstAdmin.lastName': lastName,
      ...(onboarding === 'PASSWORD' ? { 'firstAdmin.initialPassword': initialPassword } : {}),
    });
    setMissing(empty);
    if (empty.length > 0) {
      focusField(formRef.current, empty[0]);
      return;
    }
    if (!industry || !sizeBand) return; // both are in the check above: this only tells the type checker
    const body: CreateTenantBody = {
      alias: effectiveAlias.trim(),
      name: name.trim(),
      kind,
      industry,
      sizeBand,
      country: countryCode,
      domain: domain.trim().toLowerCase(),
      firstAdmin: {
        email: email.trim(),
        firstName: firstName.trim(),
        lastName: lastName.trim(),
        ...(businessFunction ? { businessFunction } : {}),
        onboarding,
        ...(onboarding === 'PASSWORD' ? { initialPassword } : {}),
      },
    };
    create.mutate(body, {
      onSuccess: (tenant) => {
        onCreated(t('tenants.create.created', { name: tenant.name, email: body.firstAdmin.email }));
        reset();
      },
    });
  };

  const error = create.error;
  return (
    <section className="tenants__section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('tenants.create.heading')}</h2>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="tenants__form">
        <p className="note">{t('common.field.requiredNote')}</p>
        <TextField
          label={t('tenants.field.name')}
          required
          autoComplete="off"
          value={name}
          name="name"
          onChange={(event) => {
            setName(event.target.value);
            filled('name');
          }}
          error={fieldError('name')}
        />
        <TextField
          label={t('tenants.field.alias')}
          required
          autoComplete="off"
          pattern="[a-z0-9-]{3,40}"
          maxLength={40}
          hint={t('tenants.field.aliasHint')}
          value={effectiveAlias}
          name="alias"
          onChange={(event) => {
            setAliasEdited(true);
            setAlias(event.target.value);
            filled('alias');
          }}
          error={fieldError('alias')}
        />
        <ChoiceGroup legend={t('tenants.field.kind')} error={violationFor(error, 'kind')}>
          {(['COMPANY', 'CONSULTANCY'] as const).map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={`${id}-kind`}
                value={value}
                checked={kind === value}
                onChange={() => setKind(value)}
              />{' '}
              {value === 'COMPANY' ? t('tenants.kind.company') : t('tenants.kind.consultancy')}
            </label>
          ))}
        </ChoiceGroup>
        <SelectField
          label={t('tenants.field.industry')}
          required
          value={industry}
          name="industry"
          onChange={(event) => {
            setIndustry(isIndustry(event.target.value) ? event.target.value : '');
            filled('industry');
          }}
          error={fieldError('industry')}
        >
          <option value="">{t('tenants.field.choose')}</option>
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
          name="sizeBand"
          onChange={(event) => {
            setSizeBand(isSizeBand(event.target.value) ? event.target.value : '');
            filled('sizeBand');
          }}
          error={fieldError('sizeBand')}
        >
          <option value="">{t('tenants.field.choose')}</option>
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
          name="country"
          onChange={(event) => {
            setCountry(event.target.value.toUpperCase());
            filled('country');
          }}
          error={fieldError('country')}
        />
        <TextField
          name="domain"
          label={t('tenants.field.domain')}
          required
          autoComplete="off"
          placeholder="example.com"
          hint={t('tenants.field.domainHint')}
          value={domain}
          onChange={(event) => {
            setDomain(event.target.value);
            filled('domain');
          }}
          error={fieldError('domain')}
        />
        <fieldset className="tenants__admin">
          <legend>{t('tenants.admin.legend')}</legend>
          <TextField
            label={t('tenants.admin.email')}
            type="email"
            required
            autoComplete="off"
            value={email}
            name="firstAdmin.email"
            onChange={(event) => {
              setEmail(event.target.value);
              filled('firstAdmin.email');
            }}
            error={fieldError('firstAdmin.email')}
          />
          <TextField
            label={t('tenants.admin.firstName')}
            required
            autoComplete="off"
            value={firstName}
            name="firstAdmin.firstName"
            onChange={(event) => {
              setFirstName(event.target.value);
              filled('firstAdmin.firstName');
            }}
            error={fieldError('firstAdmin.firstName')}
          />
          <TextField
            label={t('tenants.admin.lastName')}
            required
            autoComplete="off"
            value={lastName}
            name="firstAdmin.lastName"
            onChange={(event) => {
              setLastName(event.target.value);
              filled('firstAdmin.lastName');
            }}
            error={fieldError('firstAdmin.lastName')}
          />
          <SelectField
            label={t('tenants.admin.businessFunction')}
            value={businessFunction}
            onChange={(event) => setBusinessFunction(isBusinessFunction(event.target.value) ? event.target.value : '')}
            error={violationFor(error, 'firstAdmin.businessFunction')}
          >
            <option value="">{t('tenants.admin.noFunction')}</option>
            {businessFunctions.map((value) => (
              <option key={value} value={value}>
                {businessFunctionLabel(t, value)}
              </option>
            ))}
          </SelectField>
          <OnboardingChoice
            legend={t('tenants.admin.onboarding')}
            inviteLabel={t('tenants.admin.onboardingInvite')}
            passwordLabel={t('tenants.admin.onboardingPassword')}
            value={onboarding}
            onChange={setOnboarding}
            error={violationFor(error, 'firstAdmin.onboarding')}
          />
          {onboarding === 'PASSWORD' ? (
            <TextField
              label={t('tenants.admin.initialPassword')}
              type="password"
              required
              minLength={12}
              autoComplete="new-password"
              hint={t('tenants.admin.initialPasswordHint')}
              value={initialPassword}
              name="firstAdmin.initialPassword"
              onChange={(event) => {
                setInitialPassword(event.target.value);
                filled('firstAdmin.initialPassword');
              }}
              error={fieldError('firstAdmin.initialPassword')}
            />
          ) : null}
        </fieldset>
        {needsAlert(error, fields) ? (
          <ProblemAlert title={t('tenants.create.failed')} error={error} shownFields={fields} />
        ) : null}
        <div className="button-row">
          <Button type="submit" disabled={create.isPending}>
            {t('tenants.create.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
