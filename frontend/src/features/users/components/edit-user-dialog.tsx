import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ChoiceGroup, SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { needsAlert, violationFor } from '@/lib/form';
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
import type { UserView } from '@/features/users/api/get-users';
import { useUpdateUser, type UpdateUserBody } from '@/features/users/api/update-user';

const fields = ['firstName', 'lastName', 'businessFunction', 'roles'];

const sameRoles = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((role) => b.includes(role));

/**
 * Edits a user's names, business function and roles in a modal dialog. Only what changed is sent, so
 * that e.g. a role change of a user shared with another company is not refused for the (account-wide) names.
 */
export function EditUserDialog({
  user,
  tenantKind,
  onClose,
  onSaved,
}: {
  user: UserView;
  tenantKind: TenantKind;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const assignable = assignableRoles(tenantKind);
  const originalRoles = user.roles.filter((role): role is Role => (assignable as string[]).includes(role));
  const originalFunction: BusinessFunction | '' = isBusinessFunction(user.businessFunction)
    ? user.businessFunction
    : '';
  const [firstName, setFirstName] = useState(user.firstName ?? '');
  const [lastName, setLastName] = useState(user.lastName ?? '');
  const [businessFunction, setBusinessFunction] = useState<BusinessFunction | ''>(originalFunction);
  const [roles, setRoles] = useState<Role[]>(originalRoles);

  const toggleRole = (role: Role, checked: boolean) =>
    setRoles((current) => (checked ? [...current.filter((r) => r !== role), role] : current.filter((r) => r !== role)));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body: UpdateUserBody = {};
    if (firstName.trim() !== (user.firstName ?? '')) body.firstName = firstName.trim();
    if (lastName.trim() !== (user.lastName ?? '')) body.lastName = lastName.trim();
    if (businessFunction !== originalFunction) body.businessFunction = businessFunction || null;
    if (!sameRoles(roles, originalRoles)) body.roles = assignable.filter((role) => roles.includes(role));
    if (Object.keys(body).length === 0) {
      onClose();
      return;
    }
    update.mutate(
      { id: user.id, body },
      { onSuccess: (saved) => onSaved(t('users.edit.saved', { name: saved.name || saved.email })) },
    );
  };

  const error = update.error;
  return (
    <Dialog open title={t('users.edit.heading', { name: user.name || user.email })} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="users__form">
        <p className="note">{user.email}</p>
        {user.otherTenants ? <p className="note">{t('users.edit.sharedNote')}</p> : null}
        <TextField
          label={t('users.field.firstName')}
          autoComplete="off"
          value={firstName}
          onChange={(event) => setFirstName(event.target.value)}
          error={violationFor(error, 'firstName')}
        />
        <TextField
          label={t('users.field.lastName')}
          autoComplete="off"
          value={lastName}
          onChange={(event) => setLastName(event.target.value)}
          error={violationFor(error, 'lastName')}
        />
        <SelectField
          label={t('users.field.businessFunction')}
          value={businessFunction}
          onChange={(event) => setBusinessFunction(isBusinessFunction(event.target.value) ? event.target.value : '')}
          error={violationFor(error, 'businessFunction')}
        >
          {/* Every user needs a function now; one created without it (e.g. by company sign-in) can keep "none" until it is set. */}
          {originalFunction === '' ? <option value="">{t('users.field.noFunction')}</option> : null}
          {businessFunctions.map((value) => (
            <option key={value} value={value}>
              {businessFunctionLabel(t, value)}
            </option>
          ))}
        </SelectField>
        <ChoiceGroup legend={t('users.field.roles')} error={violationFor(error, 'roles')}>
          {assignable.map((role) => (
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
        {needsAlert(error, fields) ? (
          <ProblemAlert title={t('users.edit.failed')} error={error} shownFields={fields} />
        ) : null}
        <div className="button-row">
          <Button type="submit" disabled={update.isPending}>
            {t('users.edit.submit')}
          </Button>
          <Button variant="secondary" onClick={onClose} disabled={update.isPending}>
            {t('users.common.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
