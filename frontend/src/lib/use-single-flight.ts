import { useCallback, useRef } from 'react';

/**
 * Runs an action only if the previous one has finished: a double click on "Submit" or "Confirm close"
 * sends one request, even before React has re-rendered the button as disabled. Errors stay with the
 * caller's mutation state (they are not rethrown here).
 */
export function useSingleFlight(): (action: () => Promise<unknown>) => void {
  const running = useRef(false);
  return useCallback((action: () => Promise<unknown>) => {
    if (running.current) return;
    running.current = true;
    void action()
      .catch(() => undefined)
      .finally(() => {
        running.current = false;
      });
  }, []);
}
