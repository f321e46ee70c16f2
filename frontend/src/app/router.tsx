import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '@/components/ui/status-message';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppShell } from './app-shell';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

// The questionnaire, the results and the administration pages are loaded on demand, keeping the first load small.
const QuestionnaireRoute = lazy(() => import('./routes/questionnaire'));
const ResultsRoute = lazy(() => import('./routes/results'));
const ManageRoute = lazy(() => import('./routes/manage'));
const UsersRoute = lazy(() => import('./routes/users'));
const SsoRoute = lazy(() => import('./routes/sso'));
const TenantsRoute = lazy(() => import('./routes/tenants'));

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
        path: 'users',
        element: (
          <Suspense fallback={<Loading />}>
            <UsersRoute />
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
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
