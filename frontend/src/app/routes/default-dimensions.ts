import { useTranslation } from 'react-i18next';
import type { DimensionOption } from '@/features/actions';
import { useFramework, useLatestFrameworks } from '@/features/frameworks';
import { currentLanguage } from '@/lib/i18n';

const DEFAULT_FRAMEWORK = 'socially-enabled';

/** The dimensions of the default framework's latest version, in the reader's language (the plan's choices). */
export function useDefaultDimensions(): DimensionOption[] {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const latest = useLatestFrameworks(language);
  const version = latest.data?.find((f) => f.key === DEFAULT_FRAMEWORK)?.version;
  const framework = useFramework(version ? DEFAULT_FRAMEWORK : undefined, version, language);
  return (framework.data?.dimensions ?? []).map((d) => ({ key: d.key, name: d.name }));
}
