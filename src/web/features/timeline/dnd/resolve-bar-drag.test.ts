import { describe, expect, it } from 'vitest';
import { edgeAt, EDGE_PX, resolveBarDrag } from './resolve-bar-drag';

const data = { kind: 'move' as const, taskId: 7, groupId: 3 };
const box = { left: 100, right: 300 };

// A pick-up at `x` on (something inside) a bar drawn from 100 to 300 px.
const target = {
  closest: (selector: string) => (selector === '[data-bar-id]' ? { getBoundingClientRect: () => box } : null),
};
const mouse = (x: number) => ({ target, clientX: x }) as unknown as Event;
const touch = (x: number) => ({ target, touches: [{ clientX: x }] }) as unknown as Event;

describe('edgeAt', () => {
  it('is the edge within reach, the end on a bar too narrow for both, none in between or outside', () => {
    expect(edgeAt(101, box, 7)).toBe('start');
    expect(edgeAt(107, box, 7)).toBe('start');
    expect(edgeAt(108, box, 7)).toBeNull();
    expect(edgeAt(293, box, 7)).toBe('end');
    expect(edgeAt(292, box, 7)).toBeNull();
    expect(edgeAt(99, box, 7)).toBeNull();
    expect(edgeAt(301, box, 7)).toBeNull();
    expect(edgeAt(104, { left: 100, right: 110 }, 7)).toBe('end');
  });
});

describe('resolveBarDrag', () => {
  it('resizes the edge a mouse picked the bar up at', () => {
    expect(resolveBarDrag(data, mouse(103))).toEqual({ ...data, kind: 'resize', edge: 'start' });
    expect(resolveBarDrag(data, mouse(298))).toEqual({ ...data, kind: 'resize', edge: 'end' });
    expect(resolveBarDrag(data, mouse(100 + EDGE_PX + 2))).toEqual(data);
  });

  it('resizes the edge a finger picked the bar up at, within the same reach', () => {
    expect(resolveBarDrag(data, touch(100 + EDGE_PX))).toEqual({ ...data, kind: 'resize', edge: 'start' });
    expect(resolveBarDrag(data, touch(300 - EDGE_PX))).toEqual({ ...data, kind: 'resize', edge: 'end' });
    // Where a press-and-hold move near the start begins (e2e/timeline-touch.spec.ts): a move.
    expect(resolveBarDrag(data, touch(112))).toEqual(data);
  });

  it('moves the bar when picked up in its middle, outside a bar, or from the keyboard', () => {
    expect(resolveBarDrag(data, mouse(200))).toEqual(data);
    expect(
      resolveBarDrag(data, { target: { closest: () => null }, clientX: 101 } as unknown as Event),
    ).toEqual(data);
    expect(resolveBarDrag(data, { target, key: ' ' } as unknown as Event)).toEqual(data);
    expect(resolveBarDrag(data, null)).toEqual(data);
  });

  it('leaves a resize as it is', () => {
    const resize = { ...data, kind: 'resize' as const, edge: 'end' as const };
    expect(resolveBarDrag(resize, mouse(103))).toBe(resize);
  });
});
