import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProblemError } from '@/lib/api-client';
import { localizeProblem } from '@/lib/problem-text';
import { createI18n } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/test-utils';
import { ProblemAlert } from './problem-alert';

const refused = new ProblemError({
  type: 'https://socialmaturity.io/problems/invalid-request',
  title: 'Invalid request',
  status: 400,
  detail: 'Some fields are invalid: domain, firstAdmin.email.',
  violations: [
    { field: 'domain', message: 'must not be blank' },
    { field: 'firstAdmin.email', message: 'must be a well-formed email address' },
  ],
});

describe('a problem shown to people', () => {
  it('shows nothing when nothing failed, and the network message for an error that is not a problem', () => {
    const { container } = renderWithProviders(<ProblemAlert title="Not saved" error={null} />);
    expect(container).toBeEmptyDOMElement();
    renderWithProviders(<ProblemAlert title="Not saved" error={new TypeError('Failed to fetch')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved');
  });

  it('names each field by its label, never its internal name, and skips those shown at their field', () => {
    renderWithProviders(
      <ProblemAlert
        title="Not created"
        error={refused}
        labels={{ 'firstAdmin.email': 'Administrator’s email' }}
        shownFields={['domain']}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Administrator’s email: must be a well-formed email address']);
  });

  it('is in Italian when the server answered in English: known types and usual messages get the UI’s words', () => {
    const i18n = createI18n('it');
    const local = localizeProblem(i18n.t, refused);
    expect(local.detail).toBe('Alcune informazioni non sono valide. Controlla i campi segnalati.');
    expect(local.violations).toEqual([
      { field: 'domain', message: 'è obbligatorio' },
      { field: 'firstAdmin.email', message: 'deve essere un indirizzo email valido' },
    ]);
    const unknown = localizeProblem(
      i18n.t,
      new ProblemError({
        type: 'https://socialmaturity.io/problems/new-kind',
        title: 'x',
        status: 409,
        detail: 'Specific.',
      }),
    );
    expect(unknown.detail).toBe('Specific.'); // nothing known: the server's own text
  });
});
