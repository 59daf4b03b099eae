import { describe, expect, it } from 'vitest';
import { dragMinutes, minutesAtX } from './drag-math';

describe('dragMinutes', () => {
  const g = { pxPerMin: 0.5, rowHeight: 50, rowMode: 'users' as const };
  it('snaps x to quarter hours by rounding', () => {
    expect(dragMinutes({ x: 30, y: 0 }, 'block', g)).toBe(60);
    expect(dragMinutes({ x: 3, y: 0 }, 'block', g)).toBe(0);
    expect(dragMinutes({ x: -4, y: 0 }, 'resize', g)).toBe(-15);
  });
  it('turns rows into days only in the days mode', () => {
    expect(dragMinutes({ x: 0, y: 60 }, 'block', g)).toBe(0);
    expect(dragMinutes({ x: 30, y: 60 }, 'block', { ...g, rowMode: 'days' })).toBe(1440 + 60);
    expect(dragMinutes({ x: 0, y: 60 }, 'resize', { ...g, rowMode: 'days' })).toBe(0);
  });
  it('reads a drop position on a track', () => {
    expect(minutesAtX(400, 100, 0.5)).toBe(600);
  });
});
