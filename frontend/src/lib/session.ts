import type { UserManager } from 'oidc-client-ts';
import { createContext, use, useSyncExternalStore } from 'react';

/**
 * Whether the sign-in session has ended under the user's hands (the identity provider's session expired,
 * or the user signed out in another tab): the access token can no longer be renewed and the API answers 401.
 * The app shell then asks the user to sign in again; the wizard keeps every unsaved answer meanwhile.
 */
export type SessionStore = {
  readonly ended: boolean;
  markEnded(): void;
  subscribe(listener: () => void): () => void;
};

/** Kept in sessionStorage, so a reload after the session ended can say so on the landing page. */
export const SESSION_ENDED_KEY = 'maturity.sessionEnded';

export function createSessionStore(storage: Storage | undefined = globalThis.sessionStorage): SessionStore {
  const listeners = new Set<() => void>();
  let ended = false;
  return {
    get ended() {
      return ended;
    },
    markEnded() {
      if (ended) return;
      ended = true;
      try {
        storage?.setItem(SESSION_ENDED_KEY, '1');
      } catch {
        // storage unavailable (private mode): the banner still shows
      }
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Whether the last session of this tab ended without a sign-out (read on the landing page). */
export function sessionEndedBefore(storage: Storage | undefined = globalThis.sessionStorage): boolean {
  try {
    return storage?.getItem(SESSION_ENDED_KEY) === '1';
  } catch {
    return false;
  }
}

/** A new session started: forget the marker. */
export function clearSessionEnded(storage: Storage | undefined = globalThis.sessionStorage): void {
  try {
    storage?.removeItem(SESSION_ENDED_KEY);
  } catch {
    // nothing to clear
  }
}

/**
 * Renews the access token once (refresh token); when that fails, the session has ended. Concurrent
 * callers (several answers saving at once) share one renewal.
 */
export function createRenewal(
  userManager: Pick<UserManager, 'signinSilent'>,
  session: SessionStore,
): () => Promise<boolean> {
  let running: Promise<boolean> | undefined;
  return () => {
    if (session.ended) return Promise.resolve(false);
    running ??= userManager
      .signinSilent()
      .then((user) => !!user && !user.expired)
      .catch(() => false)
      .then((renewed) => {
        running = undefined;
        if (!renewed) session.markEnded();
        return renewed;
      });
    return running;
  };
}

/** localStorage keys of the answers not saved yet (features/assessments keeps them, per user and assessment). */
export const PENDING_ANSWERS_PREFIX = 'maturity.pendingAnswers';

/** Whether answers not saved yet are kept on this device (the landing page says so). */
export function hasPendingAnswers(storage: Storage | undefined = globalThis.localStorage): boolean {
  try {
    if (!storage) return false;
    for (let i = 0; i < storage.length; i += 1) {
      if (storage.key(i)?.startsWith(`${PENDING_ANSWERS_PREFIX}.`)) return true;
    }
  } catch {
    return false;
  }
  return false;
}

export const SessionContext = createContext<SessionStore | null>(null);

const noSession: SessionStore = { ended: false, markEnded: () => undefined, subscribe: () => () => undefined };

/** True once the session has ended (re-renders when it does). Without a provider (tests), never. */
export function useSessionEnded(): boolean {
  const store = use(SessionContext) ?? noSession;
  return useSyncExternalStore(store.subscribe, () => store.ended);
}
