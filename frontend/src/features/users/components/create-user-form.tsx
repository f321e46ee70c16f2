import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ChoiceGroup, OnboardingChoice, SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { focusField, missingFields, needsAlert, violationFor } from '@/lib/form';
import {
  assignableRoles,
  businessFunctionLabel,
  businessFunctions,
  isBusinessFunction,
  roleLabel,
  type BusinessFunction,
  type Role,
  type TenantKind,
} from '@/lib/vocabulary';
import { useCreateUser, type CreateUserBody, type Onboarding } from '@/features/users/api/create-user';
import type { UserView } from '@/features/users/api/get-users';

const fields = [
  'email',
  'firstName',
  'lastName',
  'businessFunction',
  'roles',
  'onboarding',
  'initialPassword',
  'temporaryPassword',
];

/** The roles a new user gets unless the administrator changes them: the tenant's everyday role. */
const defaultRoles = (kind: TenantKind): Role[] => assignableRoles(kind).filter((role) => role !== 'tenant-admin');

/**
 * Adds a user to the tenant: either Keycloak emails them an invitation (they set their own password)
 * or the administrator sets an initial password, by default one to change at the first sign-in.
 */
export function CreateUserForm({
  tenantKind,
  onCreated,
}: {
  tenantKind: TenantKind;
  onCreated: (message: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const create = useCreateUser();
  const error = create.error;
  const [email, setEmail] = useState('');
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [businessFunction, setBusinessFunction] = useState<BusinessFunction | ''>('');
  const [roles, setRoles] = useState<Role[]>(() => defaultRoles(tenantKind));
  const [onboarding, setOnboarding] = useState<Onboarding>('INVITE');
  const [initialPassword, setInitialPassword] = useState('');
  const [temporaryPassword, setTemporaryPassword] = useState(true);
  // Required fields left empty are all flagged before anything is sent (the API would refuse them).
  const [missing, setMissing] = useState<readonly string[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const filled = (field: string) => setMissing((current) => current.filter((f) => f !== field));
  const fieldError = (field: string) =>
    missing.includes(field) ? t('users.field.missing') : violationFor(error, field);
  const labels = {
    email: t('users.field.email'),
    firstName: t('users.field.firstName'),
    lastName: t('users.field.lastName'),
    businessFunction: t('users.field.businessFunction'),
    roles: t('users.field.roles'),
    onboarding: t('users.field.onboarding'),
    initialPassword: t('users.field.initialPassword'),
  };

  const reset = () => {
    setEmail('');
    setFirstName('');
    setLastName('');
    setBusinessFunction('');
    setRoles(defaultRoles(tenantKind));
    setOnboarding('INVITE');
    setInitialPassword('');
    setTemporaryPassword(true);
  };

  const toggleRole = (role: Role, checked: boolean) =>
    setRoles((current) => (checked ? [...current.filter((r) => r !== role), role] : current.filter((r) => r !== role)));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const empty = missingFields({
      email,
      firstName,
      lastName,
      businessFunction,
      ...(onboarding === 'PASSWORD' ? { initialPassword } : {}),
    });
    setMissing(empty);
    if (empty.length > 0 || !businessFunction) {
      focusField(formRef.current, empty[0]);
      return;
    }
    const body: CreateUserBody = {
      email: email.trim(),
      firstName: firstName.trim(),
      lastName: lastName.trim(),
      businessFunction,
      // in the order the checkboxes show them
      roles: assignableRoles(tenantKind).filter((role) => roles.includes(role)),
      onboarding,
      ...(onboarding === 'PASSWORD' ? { initialPassword, temporaryPassword } : {}),
    };
    create.mutate(body, {
      onSuccess: (created: UserView) => {
        onCreated(
          onboarding === 'INVITE'
            ? t('users.create.invited', { email: created.email })
            : t('users.create.created', { name: created.name || created.email }),
        );
        reset();
      },
    });
  };

  return (
    <section className="users__section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('users.create.heading')}</h2>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="users__form">
        <p className="note">{t('common.field.requiredNote')}</p>
        <TextField
          label={t('users.field.email')}
          type="email"
          autoComplete="off"
          required
          value={email}
          name="email"
          onChange={(event) => {
            setEmail(event.target.value);
            filled('email');
          }}
          error={fieldError('email')}
        />
        <TextField
          label={t('users.field.firstName')}
          autoComplete="off"
          required
          value={firstName}
          name="firstName"
          onChange={(event) => {
            setFirstName(event.target.value);
            filled('firstName');
          }}
          error={fieldError('firstName')}
        />
        <TextField
          label={t('users.field.lastName')}
          autoComplete="off"
          required
          value={lastName}
          name="lastName"
          onChange={(event) => {
            setLastName(event.target.value);
            filled('lastName');
          }}
          error={fieldError('lastName')}
        />
        <SelectField
          name="businessFunction"
          label={t('users.field.businessFunction')}
          required
          value={businessFunction}
          onChange={(event) => {
            const value = event.target.value;
            setBusinessFunction(isBusinessFunction(value) ? value : '');
            if (isBusinessFunction(value)) filled('businessFunction');
          }}
          error={
            missing.includes('businessFunction')
              ? t('users.field.businessFunctionRequired')
              : violationFor(error, 'businessFunction')
          }
        >
          <option value="" disabled>
            {t('users.field.chooseFunction')}
          </option>
          {businessFunctions.map((value) => (
            <option key={value} value={value}>
              {businessFunctionLabel(t, value)}
            </option>
          ))}
        </SelectField>
        <ChoiceGroup legend={t('users.field.roles')} error={violationFor(error, 'roles')}>
          {assignableRoles(tenantKind).map((role) => (
            <label key={role} className="choice">
              <input
                type="checkbox"
                checked={roles.includes(role)}
                onChange={(event) => toggleRole(role, event.target.checked)}
              />{' '}
              {roleLabel(t, role)}
            </label>
          ))}
        </ChoiceGroup>
        <OnboardingChoice
          legend={t('users.field.onboarding')}
          inviteLabel={t('users.field.onboardingInvite')}
          passwordLabel={t('users.field.onboardingPassword')}
          value={onboarding}
          onChange={setOnboarding}
          error={violationFor(error, 'onboarding')}
        />
        {onboarding === 'INVITE' ? <p className="note">{t('users.create.inviteNote')}</p> : null}
        {onboarding === 'PASSWORD' ? (
          <>
            <TextField
              label={t('users.field.initialPassword')}
              type="password"
              autoComplete="new-password"
              minLength={12}
              required
              value={initialPassword}
              name="initialPassword"
              onChange={(event) => {
                setInitialPassword(event.target.value);
                filled('initialPassword');
              }}
              hint={t('users.field.initialPasswordHint')}
              error={fieldError('initialPassword')}
            />
            <label className="choice">
              <input
                type="checkbox"
                checked={temporaryPassword}
                onChange={(event) => setTemporaryPassword(event.target.checked)}
              />{' '}
              {t('users.field.temporaryPassword')}
            </label>
          </>
        ) : null}
        {needsAlert(error, fields) ? (
          <ProblemAlert title={t('users.create.failed')} error={error} labels={labels} shownFields={fields} />
        ) : null}
        <div className="button-row">
          <Button type="submit" disabled={create.isPending}>
            {onboarding === 'INVITE' ? t('users.create.submitInvite') : t('users.create.submitPassword')}
          </Button>
        </div>
      </form>
    </section>
  );
}
