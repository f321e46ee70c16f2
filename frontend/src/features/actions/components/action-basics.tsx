import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/ui/field';
import { violationFor } from '@/lib/form';

export type DimensionOption = { key: string; name: string };

export type ActionBasics = { title: string; description: string; dimension: string };

/**
 * The fields every form about an action starts with: its title, description and dimension, with the server's
 * violations of `title` and `dimension` at their field (the plan's own dialog, a consultant's proposal).
 */
export function ActionBasicsFields({
  value,
  onChange,
  dimensions,
  error,
}: {
  value: ActionBasics;
  onChange: (next: ActionBasics) => void;
  dimensions: readonly DimensionOption[];
  error: unknown;
}) {
  const { t } = useTranslation();
  const descriptionId = useId();
  return (
    <>
      <TextField
        label={t('actions.field.title')}
        required
        value={value.title}
        maxLength={200}
        onChange={(e) => onChange({ ...value, title: e.target.value })}
        error={violationFor(error, 'title')}
      />
      <div className="field">
        <label htmlFor={descriptionId}>{t('actions.field.description')}</label>
        <textarea
          id={descriptionId}
          rows={3}
          value={value.description}
          onChange={(e) => onChange({ ...value, description: e.target.value })}
        />
      </div>
      <SelectField
        label={t('actions.field.dimension')}
        required
        value={value.dimension}
        onChange={(e) => onChange({ ...value, dimension: e.target.value })}
        error={violationFor(error, 'dimension')}
      >
        {dimensions.map((d) => (
          <option key={d.key} value={d.key}>
            {d.name}
          </option>
        ))}
      </SelectField>
    </>
  );
}
