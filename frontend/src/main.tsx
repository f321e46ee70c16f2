import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { AppRoot } from '@/app/app';
import { AppProvider } from '@/app/provider';
import { StartupError } from '@/app/startup-error';
import '@/app/styles.css';
import { loadAppConfig } from '@/lib/config';
import { createI18n } from '@/lib/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');
const root = createRoot(container);
const i18n = createI18n();

// The backend serves the OIDC settings at run time, so one build runs in every environment.
loadAppConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <AppProvider config={config} i18n={i18n}>
          <AppRoot />
        </AppProvider>
      </StrictMode>,
    ),
  (error: unknown) => {
    console.error('Could not load /app-config.json', error);
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <StartupError />
        </I18nextProvider>
      </StrictMode>,
    );
  },
);
