import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/language-switch';
import { SiteHeader } from '@/components/layout/site-header';
import { Alert } from '@/components/ui/alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { isNotFoundProblem } from '@/lib/api-client';
import { QuestionnaireView, type Questionnaire } from '@/features/assessments';
import { useLinkQuestionnaire, useSaveLinkAnswer, useSubmitLink } from '@/features/links/api/respond';

/**
 * /respond/:token — the questionnaire of a respondent without an account, opened from their personal link. No
 * sign-in: the page has only the link's token, and the server decides from it whose questionnaire this is.
 */
export function LinkPage({
  token,
  debounceMs,
  retryBaseMs,
}: {
  token: string;
  debounceMs?: number;
  retryBaseMs?: number;
}) {
  const { t, i18n } = useTranslation();
  const questionnaire = useLinkQuestionnaire(token, i18n.resolvedLanguage ?? 'en');
  return (
    <>
      <title>{`${t('links.page.title')} · ${t('app.brand.name')}`}</title>
      <SiteHeader>
        <LanguageSwitch />
      </SiteHeader>
      <main id="main" tabIndex={-1} className="page">
        {questionnaire.isPending ? <StatusMessage>{t('assessments.wizard.loading')}</StatusMessage> : null}
        {isNotFoundProblem(questionnaire.error) ? (
          <Alert title={t('links.page.unavailableTitle')}>
            <p>{t('links.page.unavailable')}</p>
          </Alert>
        ) : questionnaire.isError ? (
          <ProblemAlert title={t('assessments.wizard.loadFailed')} error={questionnaire.error} />
        ) : null}
        {questionnaire.data ? (
          <>
            <p className="note">{t('links.page.intro')}</p>
            <LinkWizard
              key={questionnaire.data.assessmentId}
              token={token}
              questionnaire={questionnaire.data}
              debounceMs={debounceMs}
              retryBaseMs={retryBaseMs}
            />
          </>
        ) : null}
      </main>
    </>
  );
}

function LinkWizard({
  token,
  questionnaire,
  debounceMs,
  retryBaseMs,
}: {
  token: string;
  questionnaire: Questionnaire;
  debounceMs?: number | undefined;
  retryBaseMs?: number | undefined;
}) {
  const save = useSaveLinkAnswer(token);
  const submit = useSubmitLink(token);
  return (
    <QuestionnaireView
      questionnaire={questionnaire}
      save={save}
      submit={submit}
      // unsaved answers stay on this device under a few characters of the link (not enough to guess the rest)
      draftOwner={`link-${token.slice(0, 6)}`}
      sessionEnded={false}
      homeHref={null}
      {...(debounceMs === undefined ? {} : { debounceMs })}
      {...(retryBaseMs === undefined ? {} : { retryBaseMs })}
    />
  );
}
