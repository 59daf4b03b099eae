import { describe, expect, it } from 'vitest';
import {
  aggregateJsonOpen,
  BLOCK_COLUMNS,
  namedRow,
  toAggregate,
  toTimeBlock,
  type TimeBlockRow,
} from './row';

const base: TimeBlockRow = {
  id: 81,
  workspace_id: 5200,
  task_id: 3107,
  toggl_user_id: 1004,
  start: '2026-12-01T08:15:00Z',
  start_ts: 1796112900,
  duration: 5400,
  description: null,
  timezone: 'Europe/Tallinn',
  calendar_event_id: null,
  completed_at: null,
  archived_at: null,
  deleted_at: null,
  created_at: '2026-11-20T10:00:00Z',
  updated_at: '2026-11-21T10:00:00.123Z',
};

const raw = (row: TimeBlockRow) => BLOCK_COLUMNS.map((c) => row[c]);

describe('aggregateJsonOpen', () => {
  it("writes what JSON.stringify writes for the block's aggregate, without the closing brace", () => {
    const rows: TimeBlockRow[] = [
      base,
      {
        ...base,
        description:
          'Quote " backslash \\ newline \n tab \t line separator \u2028 emoji 🧭 ünïcödé </script>',
        calendar_event_id: 912,
        completed_at: '2026-12-01T09:45:00Z',
        archived_at: '2026-12-02T00:00:00Z',
        duration: 0,
      },
      { ...base, id: 2 ** 40, duration: 604800, timezone: null, description: '' },
    ];
    for (const row of rows) expect(`${aggregateJsonOpen(raw(row))}}`).toBe(JSON.stringify(toAggregate(row)));
  });

  it("reads the columns in toTimeBlock's order, then start_ts for the keyset", () => {
    expect(BLOCK_COLUMNS.slice(0, -1)).toEqual(Object.keys(toTimeBlock(base)));
    expect(BLOCK_COLUMNS.at(-1)).toBe('start_ts');
    expect(namedRow(raw(base))).toEqual(base);
  });
});
