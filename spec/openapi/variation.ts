import { createRandom } from './random';

/** How far generated data strays from the plain case; each knob a probability per field, list or object. */
export interface Variation {
  /** An optional property is left out. */
  dropOptional: number;
  /** A nullable property (x-nullable, or null by its description) is null. */
  nullNullable: number;
  /** An object carries properties the document does not declare. */
  extraFields: number;
  /** A list is empty. */
  emptyLists: number;
  /** A free string is odd: very long, right-to-left, emoji, blank, markup, control characters. */
  oddStrings: number;
  /** A date or date-time is far in the past or the future. */
  farDates: number;
  /** A number is at an edge its schema allows: 0, negative, very large. */
  oddNumbers: number;
  /** A task (any object with start_date and end_date) has no dates, as far as its schema lets it. */
  undatedTasks: number;
  /** Opt-in, never part of the seeded profiles: an enum value the document does not list. */
  unknownEnums: number;
  /** Longest generated list. */
  maxItems: number;
}

export const PLAIN: Variation = {
  dropOptional: 0,
  nullNullable: 0,
  extraFields: 0,
  emptyLists: 0,
  oddStrings: 0,
  farDates: 0,
  oddNumbers: 0,
  undatedTasks: 0,
  unknownEnums: 0,
  maxItems: 6,
};

/** One knob at a time for the first seeds, so each kind of variation is seen alone; then mixtures. */
const SINGLE: Partial<Variation>[] = [
  {},
  { dropOptional: 0.6 },
  { nullNullable: 0.8 },
  { extraFields: 0.8 },
  { emptyLists: 0.5 },
  { oddStrings: 0.5 },
  { farDates: 0.5 },
  { undatedTasks: 0.6 },
  { oddNumbers: 0.4 },
];

/** The variation of a seed: seeds 0..8 vary one thing each (0 is plain), later seeds mix them at random. */
export function variationForSeed(seed: number): Variation {
  if (seed >= 0 && seed < SINGLE.length) return { ...PLAIN, ...SINGLE[seed] };
  const rng = createRandom(`variation:${seed}`);
  const knob = () => (rng.chance(0.5) ? Number((rng.next() * 0.6).toFixed(2)) : 0);
  return {
    ...PLAIN,
    dropOptional: knob(),
    nullNullable: knob(),
    extraFields: knob(),
    emptyLists: knob() / 2,
    oddStrings: knob(),
    farDates: knob(),
    oddNumbers: knob() / 2,
    undatedTasks: knob(),
    maxItems: rng.int(1, 12),
  };
}

/** Strings a user or an integration may well have typed. */
export const ODD_STRINGS: readonly string[] = [
  '',
  ' ',
  'مشروع التخطيط الجديد',
  'פרויקט חדש – שלב ב׳',
  '👩‍👩‍👧‍👦🚀🔥 launch ✅',
  'Z̷̢̛a̶͚͝l̴̜̓g̸̱̈o̵͍͐',
  '<script>alert("x")</script> & <b>bold</b>',
  'line one\nline two\ttabbed',
  '\u200b\u200f\u202e reversed',
  'null',
  'undefined',
  '{{name}} ${name} %s',
  'a'.repeat(300),
  'Very long name '.repeat(80),
  '超长的任务名称'.repeat(40),
];

/** Calendar days far from now that the upstream's date format still allows. */
export const FAR_DATES: readonly string[] = [
  '0001-01-01',
  '1900-02-28',
  '1970-01-01',
  '2000-02-29',
  '2099-12-31',
  '2999-06-15',
  '9999-12-31',
];
