import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoOptions, emailOf, generate } from './generate';
import { openDatabase } from './open';

/** The generated blocks of a fresh database made at `now` (all but whether each is completed yet). */
function blocksMadeAt(now: string, opts = demoOptions('2026-12-02')) {
  vi.useFakeTimers({ now: new Date(now), toFake: ['Date'] });
  const db = openDatabase(':memory:');
  try {
    generate(db, opts);
    return db
      .prepare('SELECT task_id, toggl_user_id, start, duration FROM time_blocks ORDER BY id')
      .all() as { start: string }[];
  } finally {
    db.close();
  }
}

describe('generated data', () => {
  afterEach(() => vi.useRealTimers());

  it('is the same at any hour of the same day: only which blocks are done yet depends on the clock', () => {
    const morning = blocksMadeAt('2026-12-02T06:00:00Z');
    const evening = blocksMadeAt('2026-12-02T21:30:00Z');
    expect(morning.length).toBeGreaterThan(100);
    expect(evening).toEqual(morning);
  });
});

describe('emailOf', () => {
  it('keeps the letters of a name, without their accents, as an address', () => {
    expect(emailOf('Chiara Şahin')).toBe('chiara.sahin@example.com');
    expect(emailOf('Jonas Aydın')).toBe('jonas.aydin@example.com');
    expect(emailOf('Zoë Ølund-Łukasz')).toBe('zoe.olund.lukasz@example.com');
    expect(emailOf('Ana María Núñez')).toBe('ana.maria.nunez@example.com');
  });
});
