import { describe, expect, it } from 'vitest';
import { judgeWrite, planCheck } from './conflict';

const now = Date.parse('2026-11-24T10:00:00Z');

describe('planCheck', () => {
  it('costs nothing on data read or checked under a minute ago, one change check otherwise', () => {
    expect(planCheck(now - 59_000, 1, now)).toEqual({ kind: 'none' });
    expect(planCheck(now - 60_000, 1234, now)).toEqual({ kind: 'changes', since: 1234 });
  });
  it('costs nothing when the user insisted (re-applying after a conflict) or before any data', () => {
    expect(planCheck(now - 600_000, 1, now, true)).toEqual({ kind: 'none' });
    expect(planCheck(null, null, now)).toEqual({ kind: 'none' });
  });
});

describe('judgeWrite', () => {
  const task = (id: number, start: string) => ({ id, start });
  const saw = new Map([
    [1, task(1, '2026-12-20')],
    [2, task(2, '2026-12-01')],
  ]);
  const differs = (s: { id: number; start: string }) => saw.get(s.id)?.start !== s.start;
  const shown = () => true;

  it('a written item someone else changed is a conflict, with its server state', () => {
    const v = judgeWrite([1], [task(1, '2026-12-22')], true, differs, shown);
    expect(v).toEqual({
      conflicts: [{ id: 1, server: task(1, '2026-12-22') }],
      unknown: [],
      othersChanged: false,
    });
  });

  it("the user's own earlier write (the server has what they saw) is no conflict", () => {
    expect(judgeWrite([1], [task(1, '2026-12-20')], true, differs, shown).conflicts).toEqual([]);
  });

  it('other changed items do not block the write but call for a re-read after it', () => {
    const v = judgeWrite([1], [task(7, '2026-12-03')], true, differs, shown);
    expect(v).toEqual({ conflicts: [], unknown: [], othersChanged: true });
    expect(judgeWrite([1], [task(7, '2026-12-03')], true, differs, () => false).othersChanged).toBe(false);
  });

  it('when the change list does not reach back to the read, unseen written items are unknown', () => {
    const v = judgeWrite([1, 2], [task(2, '2026-12-01')], false, differs, shown);
    expect(v).toEqual({ conflicts: [], unknown: [1], othersChanged: true });
  });
});
