import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import { describedBy } from '@/lib/form';

type FieldProps = {
  label: string;
  /** A violation of the API for this field, shown under it and announced with it. */
  error?: string | undefined;
  hint?: ReactNode;
};

/**
 * A required field's label ends with a mark, drawn by CSS (`.is-required::after`) with an empty alternative
 * text, so the accessible name stays the label: screen readers announce "required" from the input itself.
 */
function Label({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean | undefined }) {
  return (
    <label htmlFor={htmlFor} className={required ? 'is-required' : undefined}>
      {label}
    </label>
  );
}

/** A labelled text input with an optional hint and error message. */
export function TextField({ label, error, hint, ...input }: FieldProps & Omit<ComponentPropsWithRef<'input'>, 'id'>) {
  const id = useId();
  return (
    <div className="field">
      <Label htmlFor={id} label={label} required={input.required} />
      {hint ? (
        <p id={`${id}-hint`} className="note">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : false, error && `${id}-error`)}
        {...input}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled select with an optional error message. */
export function SelectField({
  label,
  error,
  hint,
  children,
  ...select
}: FieldProps & Omit<ComponentPropsWithRef<'select'>, 'id'>) {
  const id = useId();
  return (
    <div className="field">
      <Label htmlFor={id} label={label} required={select.required} />
      {hint ? (
        <p id={`${id}-hint`} className="note">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : false, error && `${id}-error`)}
        {...select}
      >
        {children}
      </select>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A group of checkboxes or radios under a legend, with an optional error message. */
export function ChoiceGroup({
  legend,
  error,
  children,
}: {
  legend: string;
  error?: string | undefined;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset className="field choice-group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {children}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A search box with its label and a hint under it (lists filtered as the user types). */
export function SearchField({
  label,
  hint,
  className,
  value,
  onChange,
}: {
  label: string;
  hint: ReactNode;
  className?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className="note">
        {hint}
      </p>
    </div>
  );
}

export type Onboarding = 'INVITE' | 'PASSWORD';

/** How a new account gets access: an invitation email or an initial password (radio pair). */
export function OnboardingChoice({
  legend,
  inviteLabel,
  passwordLabel,
  value,
  onChange,
  error,
}: {
  legend: string;
  inviteLabel: string;
  passwordLabel: string;
  value: Onboarding;
  onChange: (value: Onboarding) => void;
  error?: string | undefined;
}) {
  const name = useId();
  return (
    <ChoiceGroup legend={legend} error={error}>
      {(['INVITE', 'PASSWORD'] as const).map((option) => (
        <label key={option} className="choice">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />{' '}
          {option === 'INVITE' ? inviteLabel : passwordLabel}
        </label>
      ))}
    </ChoiceGroup>
  );
}
