import fc from 'fast-check';

/** Strings that have broken servers before: SQL, control and bidi characters, emoji, odd numbers and dates. */
export const NASTY_STRINGS = [
  "'; DROP TABLE tasks; --",
  '" OR 1=1 --',
  'a\u0000b',
  '\u0000',
  '😀👩‍👩‍👧‍👦',
  '\u202Eevil\u202C',
  'שלום عالم',
  '',
  ' ',
  'x'.repeat(300),
  '-1',
  '0',
  '1.5',
  '1e308',
  '99999999999999999999999',
  'NaN',
  'Infinity',
  'null',
  'true',
  '[]',
  '{}',
  '1,1,1',
  '1,,2',
  '-5,3',
  ',',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '2026-03-16T25:61:00Z',
  '2026-03-16T10:00:00',
  'not-a-date',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'unknown_enum_value',
  '%00',
  '\\',
];

/** JSON values of the wrong type or out of range for almost any field. */
export const NASTY_VALUES: unknown[] = [
  ...NASTY_STRINGS,
  -1,
  0,
  1.5,
  -0.5,
  2 ** 31,
  2 ** 53 + 2,
  1e308,
  -1e308,
  null,
  true,
  false,
  [],
  {},
  [1, 1, 1],
  [null],
  [-1, 'a'],
  { $gt: 1 },
  { id: 1 },
];

export const nastyValue = fc.constantFrom(...NASTY_VALUES);
export const nastyString = fc.constantFrom(...NASTY_STRINGS);

/** Path ids that are not valid ids: negative, huge, non-numeric, encoded junk. */
export const BAD_PATH_IDS = [
  '0',
  '-1',
  '-99999',
  '99999999',
  '9007199254740993',
  '99999999999999999999999999',
  '1e3',
  '1.5',
  '0x10',
  'abc',
  'null',
  "1'; DROP TABLE tasks; --",
  '😀',
  '\u202E1',
  ' 1',
  '1 ',
  'a'.repeat(150),
];

/** Whole-body payloads that are not JSON or not acceptable at all. */
export const RAW_BODIES: { text: string; type?: string }[] = [
  { text: '{not json', type: 'application/json' },
  { text: '{"a":', type: 'application/json' },
  { text: '[1,2', type: 'application/json' },
  { text: 'null', type: 'application/json' },
  { text: '""', type: 'application/json' },
  { text: '123', type: 'application/json' },
  { text: '{"__proto__":{"polluted":true}}', type: 'application/json' },
  { text: '{"constructor":{"prototype":{"polluted":true}}}', type: 'application/json' },
  { text: '\u0000\u0001', type: 'application/json' },
  { text: '', type: 'application/json' },
  { text: 'name=x', type: 'application/x-www-form-urlencoded' },
  { text: '{"name":"x"}', type: 'text/plain' },
  { text: '<xml/>', type: 'application/xml' },
  // > 1 MiB: over the body limit.
  { text: JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) }), type: 'application/json' },
  {
    text: JSON.stringify(Array.from({ length: 60_000 }, (_, i) => ({ id: i + 1, op: 'move', weight: 1 }))),
    type: 'application/json',
  },
];

/** Raw query strings that stress the parser rather than a field. */
export const RAW_QUERIES = [
  '%zz',
  'page=%00',
  'page=1&page=2',
  'a[b]=1',
  '&&&',
  '=1',
  'per_page=%F0%9F%98%80',
  'ids=' + '1,'.repeat(2000),
];
