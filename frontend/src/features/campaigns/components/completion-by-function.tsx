import { useTranslation } from 'react-i18next';
import type { Completion } from '@/features/campaigns/api/types';
import { businessFunctionLabel } from '@/lib/vocabulary';
import './campaigns.css';

/**
 * "Marketing 3 of 5 submitted · IT 1 of 4 submitted", and a warning while the marketing-vs-IT gap cannot be
 * computed (no submitted marketing or no submitted IT respondent yet).
 */
export function CompletionByFunction({ completion }: { completion: Completion | null | undefined }) {
  const { t } = useTranslation();
  if (!completion || completion.byFunction.length === 0) return null;
  return (
    <div className="completion">
      <p className="completion__label">{t('campaigns.completion.label')}</p>
      <ul className="completion__list">
        {completion.byFunction.map((f) => (
          <li key={f.businessFunction}>
            {t('campaigns.completion.function', {
              name: businessFunctionLabel(t, f.businessFunction),
              submitted: f.submitted,
              respondents: f.respondents,
            })}
          </li>
        ))}
      </ul>
      {completion.gapComputable ? null : <p className="completion__warning">{t('campaigns.completion.gapWarning')}</p>}
    </div>
  );
}
