import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import it from './locales/it.json';

export const resources = {
  en: { translation: en },
  it: { translation: it },
} as const;

export type Language = keyof typeof resources;

/** Each language named in itself, as language pickers do. */
export const languages: readonly { code: Language; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'it', name: 'Italiano' },
];

/** Only the chosen language is remembered in localStorage (never a token). */
const STORAGE_KEY = 'social-maturity.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && value in resources;
}

function readStoredLanguage(): Language | undefined {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined; // storage disabled
  }
}

export function preferredLanguage(): Language {
  const stored = readStoredLanguage();
  if (stored) return stored;
  const browser = (navigator.languages ?? [navigator.language]).find((tag) => isLanguage(tag.slice(0, 2)));
  return browser?.slice(0, 2) === 'it' ? 'it' : 'en';
}

/** A ready i18next instance; <html lang> follows its language. */
export function createI18n(language: Language = preferredLanguage()): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: Object.keys(resources),
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  return instance;
}

/** Switches the language and remembers the choice. */
export async function changeLanguage(instance: I18n, language: Language): Promise<void> {
  await instance.changeLanguage(language);
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

export function currentLanguage(instance: I18n): Language {
  const resolved = instance.resolvedLanguage;
  return isLanguage(resolved) ? resolved : 'en';
}
