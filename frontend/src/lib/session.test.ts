import { describe, expect, it, vi } from 'vitest';
import { createRenewal, createSessionStore, sessionEndedBefore } from './session';

describe('the session', () => {
  it('renews once for concurrent callers; when renewal fails it has ended, and says so after a reload', async () => {
    const session = createSessionStore(window.sessionStorage);
    const ok = { signinSilent: vi.fn().mockResolvedValue({ expired: false }) };
    const renew = createRenewal(ok, session);
    await expect(Promise.all([renew(), renew()])).resolves.toEqual([true, true]);
    expect(ok.signinSilent).toHaveBeenCalledTimes(1);
    expect(session.ended).toBe(false);

    const listener = vi.fn();
    session.subscribe(listener);
    const refused = { signinSilent: vi.fn().mockRejectedValue(new Error('invalid_grant')) };
    const renewRefused = createRenewal(refused, session);
    await expect(renewRefused()).resolves.toBe(false);
    expect(session.ended).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(sessionEndedBefore(window.sessionStorage)).toBe(true);

    await expect(renewRefused()).resolves.toBe(false); // no more attempts once ended
    expect(refused.signinSilent).toHaveBeenCalledTimes(1);
  });
});
