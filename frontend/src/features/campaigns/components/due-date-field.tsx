import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/field';

/** The optional due date of the "New assessment" form (a calendar date; more settings on the manage page). */
export function DueDateField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      type="date"
      label={t('campaigns.schedule.dueDate')}
      hint={t('campaigns.schedule.dueDateHint')}
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
