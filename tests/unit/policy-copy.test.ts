import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { POLICY_COPY_KEY, watchPolicy, type LoadedPolicy } from '../../utils/settings';

/** The managed area, answering only when the test says so (Chromium's first read can take seconds). */
function slowManaged(): (values: Record<string, unknown>) => void {
  let answer: (values: Record<string, unknown>) => void = () => undefined;
  const answered = new Promise<Record<string, unknown>>((resolve) => (answer = resolve));
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(answered as never);
  return answer;
}

const STAFF = { role: 'medewerker' };
const PUPIL = { role: 'leerling' };
const roles = (applied: LoadedPolicy[]) => applied.map((loaded) => loaded.policy.role);

describe('the school policy: a local copy gives a head start, the managed area wins', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('without a copy, waits for the managed area, applies it and keeps a copy', async () => {
    const answer = slowManaged();
    const applied: LoadedPolicy[] = [];
    let ready = false;
    const whenReady = watchPolicy((loaded) => applied.push(loaded)).then(() => (ready = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ready).toBe(false);
    answer(STAFF);
    await whenReady;
    expect(roles(applied)).toEqual(['medewerker']);
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY]).toEqual(STAFF));
  });

  it('with a copy, applies it at once (ready before the managed area answers); the fresh read then wins', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: STAFF });
    const answer = slowManaged();
    const applied: LoadedPolicy[] = [];
    await watchPolicy((loaded) => applied.push(loaded));
    expect(roles(applied)).toEqual(['medewerker']);
    answer(PUPIL);
    await vi.waitFor(() => expect(roles(applied)).toEqual(['medewerker', 'leerling']));
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY]).toEqual(PUPIL));
  });

  it('a copy read after the managed area answered is not applied over it', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: STAFF });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue(PUPIL as never);
    let release: () => void = () => undefined;
    const local = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(((keys: never) =>
      new Promise((resolve) => (release = () => resolve(local(keys))))) as never);
    const applied: LoadedPolicy[] = [];
    await watchPolicy((loaded) => applied.push(loaded));
    release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(roles(applied)).toEqual(['leerling']);
  });

  it('an unchanged policy is not written again (every page of the sites reads it)', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: STAFF });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ ...STAFF } as never);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const applied: LoadedPolicy[] = [];
    await watchPolicy((loaded) => applied.push(loaded));
    await vi.waitFor(() => expect(roles(applied).at(-1)).toBe('medewerker'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(set).not.toHaveBeenCalled();
  });

  it('no managed area at all (Firefox without policies): the defaults, and a copy saying "no policy"', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    const applied: LoadedPolicy[] = [];
    await watchPolicy((loaded) => applied.push(loaded));
    expect(roles(applied)).toEqual(['leerling']);
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY]).toEqual({}));
  });

  it('an unreadable copy is passed over: the managed area decides', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('QuotaExceeded'));
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue(STAFF as never);
    const applied: LoadedPolicy[] = [];
    await watchPolicy((loaded) => applied.push(loaded));
    expect(roles(applied)).toEqual(['medewerker']);
  });
});
