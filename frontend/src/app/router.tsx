import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '@/components/ui/status-message';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppShell } from './app-shell';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

// The questionnaire, the results and the management page are loaded on demand, keeping the first load small.
const QuestionnaireRoute = lazy(() => import('./routes/questionnaire'));
const ResultsRoute = lazy(() => import('./routes/results'));
const ManageRoute = lazy(() => import('./routes/manage'));
const ConsultantsRoute = lazy(() => import('./routes/consulting').then((m) => ({ default: m.ConsultantsRoute })));
const HistoryRoute = lazy(() => import('./routes/consulting').then((m) => ({ default: m.HistoryRoute })));
const PortfolioRoute = lazy(() => import('./routes/consulting').then((m) => ({ default: m.PortfolioRoute })));
const CompareRoute = lazy(() => import('./routes/consulting').then((m) => ({ default: m.CompareRoute })));
const TrendRoute = lazy(() => import('./routes/consulting').then((m) => ({ default: m.TrendRoute })));
const ClientPlanRoute = lazy(() => import('./routes/consulting').then((m) => ({ default: m.ClientPlanRoute })));
const UsersRoute = lazy(() => import('./routes/users'));
const ActionsRoute = lazy(() => import('./routes/actions'));
const SsoRoute = lazy(() => import('./routes/sso'));
const TenantsRoute = lazy(() => import('./routes/tenants'));
const PlatformActivityRoute = lazy(() => import('./routes/platform-activity'));
const AuditRoute = lazy(() => import('./routes/audit'));
const RespondRoute = lazy(() => import('./routes/respond'));

function Loading() {
  const { t } = useTranslation();
  return <StatusMessage>{t('app.status.loading')}</StatusMessage>;
}

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRoute /> },
      {
        path: 'assessments/:id/questionnaire',
        element: (
          <Suspense fallback={<Loading />}>
            <QuestionnaireRoute />
          </Suspense>
        ),
      },
      {
        path: 'assessments/:id/results',
        element: (
          <Suspense fallback={<Loading />}>
            <ResultsRoute />
          </Suspense>
        ),
      },
      {
        path: 'assessments/:id/manage',
        element: (
          <Suspense fallback={<Loading />}>
            <ManageRoute />
          </Suspense>
        ),
      },
      {
        path: 'actions',
        element: (
          <Suspense fallback={<Loading />}>
            <ActionsRoute />
          </Suspense>
        ),
      },
      {
        path: 'consultants',
        element: (
          <Suspense fallback={<Loading />}>
            <ConsultantsRoute />
          </Suspense>
        ),
      },
      {
        path: 'history',
        element: (
          <Suspense fallback={<Loading />}>
            <HistoryRoute />
          </Suspense>
        ),
      },
      {
        path: 'portfolio',
        element: (
          <Suspense fallback={<Loading />}>
            <PortfolioRoute />
          </Suspense>
        ),
      },
      {
        path: 'portfolio/compare',
        element: (
          <Suspense fallback={<Loading />}>
            <CompareRoute />
          </Suspense>
        ),
      },
      {
        path: 'portfolio/clients/:id',
        element: (
          <Suspense fallback={<Loading />}>
            <TrendRoute />
          </Suspense>
        ),
      },
      {
        path: 'portfolio/clients/:id/plan',
        element: (
          <Suspense fallback={<Loading />}>
            <ClientPlanRoute />
          </Suspense>
        ),
      },
      {
        path: 'users',
        element: (
          <Suspense fallback={<Loading />}>
            <UsersRoute />
          </Suspense>
        ),
      },
      {
        path: 'audit',
        element: (
          <Suspense fallback={<Loading />}>
            <AuditRoute />
          </Suspense>
        ),
      },
      {
        path: 'settings/sso',
        element: (
          <Suspense fallback={<Loading />}>
            <SsoRoute />
          </Suspense>
        ),
      },
      {
        path: 'platform/tenants',
        element: (
          <Suspense fallback={<Loading />}>
            <TenantsRoute />
          </Suspense>
        ),
      },
      {
        path: 'platform/activity',
        element: (
          <Suspense fallback={<Loading />}>
            <PlatformActivityRoute />
          </Suspense>
        ),
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}

/** The addresses of personal links (/respond/<token>): a page of its own, without sign-in and without the shell. */
export const isPersonalLinkPath = (pathname: string): boolean => pathname.startsWith('/respond/');

export const publicRoutes: RouteObject[] = [
  {
    path: 'respond/:token',
    errorElement: <RouteError />,
    element: (
      <Suspense fallback={<Loading />}>
        <RespondRoute />
      </Suspense>
    ),
  },
];

export function PublicLinkRouter() {
  const [router] = useState(() => createBrowserRouter(publicRoutes));
  return <RouterProvider router={router} />;
}
