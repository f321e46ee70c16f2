import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useCloseAssessment } from '@/features/manage/api/close-assessment';
import type { AssessmentDetail } from '@/features/manage/api/get-assessment';
import { useOpenAssessment } from '@/features/manage/api/open-assessment';
import { useSingleFlight } from '@/lib/use-single-flight';

/** Draft → open (needs respondents) → closed (after a confirmation), and the way to the results. */
export function LifecycleSection({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const open = useOpenAssessment(String(detail.id));
  const close = useCloseAssessment(String(detail.id));
  const [confirming, setConfirming] = useState(false);
  const once = useSingleFlight();
  // The buttons that were used disappear: keep the focus in this section (its heading).
  const headingRef = useRef<HTMLHeadingElement>(null);
  const closeButtonRef = useRef<HTMLButtonElement>(null);
  // where the focus goes once the buttons used are gone (after the render that removes them)
  const focusNext = useRef<'heading' | 'close' | null>(null);
  useEffect(() => {
    const target =
      focusNext.current === 'close'
        ? closeButtonRef.current
        : focusNext.current === 'heading'
          ? headingRef.current
          : null;
    if (target) {
      target.focus();
      focusNext.current = null;
    }
  });
  const focusHeading = () => {
    focusNext.current = 'heading';
    headingRef.current?.focus();
  };

  return (
    <section className="manage__section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('manage.lifecycle.heading')}
      </h2>
      {detail.status === 'DRAFT' ? (
        <>
          <p>{t('manage.lifecycle.draftNote')}</p>
          <div className="button-row">
            <Button onClick={() => once(() => open.mutateAsync().then(focusHeading))} disabled={open.isPending}>
              {t('manage.lifecycle.open')}
            </Button>
          </div>
          {open.isError ? <ProblemAlert title={t('manage.lifecycle.openFailed')} error={open.error} /> : null}
        </>
      ) : null}
      {detail.status === 'OPEN' ? (
        <>
          <p>{t('manage.lifecycle.openNote')}</p>
          {confirming ? (
            <div className="confirmation" role="group" aria-labelledby={`${id}-confirm`}>
              <p id={`${id}-confirm`} className="confirmation__title">
                {t('manage.lifecycle.confirmQuestion')}
              </p>
              <div className="button-row">
                <Button
                  onClick={() =>
                    once(() =>
                      close.mutateAsync().then(() => {
                        setConfirming(false);
                        focusHeading();
                      }),
                    )
                  }
                  disabled={close.isPending}
                >
                  {t('manage.lifecycle.confirmClose')}
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => {
                    setConfirming(false);
                    focusNext.current = 'close'; // back to "Close"
                  }}
                  disabled={close.isPending}
                >
                  {t('manage.lifecycle.cancel')}
                </Button>
              </div>
            </div>
          ) : (
            <div className="button-row">
              <Button ref={closeButtonRef} variant="secondary" onClick={() => setConfirming(true)}>
                {t('manage.lifecycle.close')}
              </Button>
            </div>
          )}
          {close.isError ? <ProblemAlert title={t('manage.lifecycle.closeFailed')} error={close.error} /> : null}
        </>
      ) : null}
      {detail.status === 'CLOSED' ? <p>{t('manage.lifecycle.closedNote')}</p> : null}
      {/* not while closing: the results read then would be the live ones of a moment before the close */}
      {detail.status !== 'DRAFT' && !close.isPending ? (
        <p>
          <Link to={`/assessments/${encodeURIComponent(String(detail.id))}/results`}>
            {t('manage.lifecycle.viewResults')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
