import { describe, expect, it } from 'vitest';
import { resolveBarDrag } from './resolve-bar-drag';

const data = { kind: 'move' as const, taskId: 7, groupId: 3 };

// A pick-up on an element inside a bar: `handle` is the edge handle it lies in, if any.
const pickUp = (handle: string | null) =>
  ({
    target: {
      closest: (selector: string) =>
        selector === '[data-handle]' && handle ? { getAttribute: () => handle } : null,
    },
  }) as unknown as Event;

describe('resolveBarDrag', () => {
  it('resizes the edge whose handle was picked up', () => {
    expect(resolveBarDrag(data, pickUp('start'))).toEqual({ ...data, kind: 'resize', edge: 'start' });
    expect(resolveBarDrag(data, pickUp('end'))).toEqual({ ...data, kind: 'resize', edge: 'end' });
  });

  it('moves the bar when picked up anywhere else or from the keyboard', () => {
    expect(resolveBarDrag(data, pickUp(null))).toEqual(data);
    expect(resolveBarDrag(data, { target: null } as unknown as Event)).toEqual(data);
    expect(resolveBarDrag(data, null)).toEqual(data);
  });
});
