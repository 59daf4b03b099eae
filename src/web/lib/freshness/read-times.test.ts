import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { markVerified, trackReadTimes, viewCurrentAsOf, viewReadFailed } from './read-times';

/** A query with a controllable answer, shown by an observer (as a mounted view would). */
function shownQuery(qc: QueryClient, key: string) {
  let release: (v: number) => void = () => {};
  const observer = new QueryObserver(qc, {
    queryKey: [key],
    queryFn: () =>
      new Promise<number>((resolve) => {
        release = resolve;
      }),
    staleTime: Infinity,
  });
  const stop = observer.subscribe(() => {});
  return { answer: (v: number) => release(v), refetch: () => observer.refetch(), stop };
}

describe('read times', () => {
  it('a read counts from the start of its fetch; optimistic writes do not; a check moves it on', async () => {
    let t = 1000;
    const qc = new QueryClient();
    trackReadTimes(qc, () => t);
    const a = shownQuery(qc, 'a');
    expect(viewCurrentAsOf(qc, [['a']])).toBeNull(); // no data yet
    t = 5000;
    a.answer(1);
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(viewCurrentAsOf(qc, [['a']])).toBe(1000);

    t = 9000;
    qc.setQueryData(['a'], 2);
    expect(viewCurrentAsOf(qc, [['a']])).toBe(1000);

    markVerified(qc, [['a']], 7000);
    expect(viewCurrentAsOf(qc, [['a']])).toBe(7000);
    // An older check does not move it back.
    markVerified(qc, [['a']], 6000);
    expect(viewCurrentAsOf(qc, [['a']])).toBe(7000);
    a.stop();
  });

  it('the view is as old as its oldest shown query; queries nobody shows do not count', async () => {
    let t = 100;
    const qc = new QueryClient();
    trackReadTimes(qc, () => t);
    const a = shownQuery(qc, 'a');
    t = 200;
    const b = shownQuery(qc, 'b');
    a.answer(1);
    b.answer(2);
    await new Promise((r) => setTimeout(r, 0));
    expect(viewCurrentAsOf(qc, [['a'], ['b']])).toBe(100);
    a.stop();
    expect(viewCurrentAsOf(qc, [['a'], ['b']])).toBe(200);
    b.stop();
  });

  it('a failed read of a shown query counts until a read succeeds again', async () => {
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    let fail = true;
    const observer = new QueryObserver(qc, {
      queryKey: ['t'],
      queryFn: () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(1)),
    });
    const stop = observer.subscribe(() => {});
    await new Promise((r) => setTimeout(r, 0));
    expect(viewReadFailed(qc, [['t']])).toBe(true);
    fail = false;
    await observer.refetch();
    expect(viewReadFailed(qc, [['t']])).toBe(false);
    fail = true;
    await observer.refetch();
    // Data from before, a newer failure: still a failed read.
    expect(viewReadFailed(qc, [['t']])).toBe(true);
    expect(viewReadFailed(qc, [['other']])).toBe(false);
    stop();
  });
});
