import { describe, expect, it } from 'vitest';
import { activeAfterTyping, enterAction, matching, NONE_ACTIVE, stepActive } from './multi-picker-keys';

const people = [
  { key: '1', label: 'Hiro Tanaka' },
  { key: '2', label: 'Luca Rossi' },
  { key: '3', label: 'QA Team', hint: 'Group' },
];

describe('matching', () => {
  it('finds the search text in the label or the hint, ignoring case and outer spaces', () => {
    expect(matching(people, ' hiro ').map((o) => o.key)).toEqual(['1']);
    expect(matching(people, 'group').map((o) => o.key)).toEqual(['3']);
    expect(matching(people, '')).toEqual(people);
    // The text a pick used to leave behind, with the next name typed after it, matches nobody.
    expect(matching(people, 'hiroluca')).toEqual([]);
  });
});

describe('the highlighted option', () => {
  it('is the first match once something is typed, none for an empty box', () => {
    expect(activeAfterTyping('lu')).toBe(0);
    expect(activeAfterTyping('  ')).toBe(NONE_ACTIVE);
  });
  it('moves one step inside the list; the first arrow from none goes to the first option', () => {
    expect(stepActive(NONE_ACTIVE, 1, 3)).toBe(0);
    expect(stepActive(NONE_ACTIVE, -1, 3)).toBe(0);
    expect(stepActive(0, 1, 3)).toBe(1);
    expect(stepActive(2, 1, 3)).toBe(2);
    expect(stepActive(0, -1, 3)).toBe(0);
    expect(stepActive(0, 1, 0)).toBe(NONE_ACTIVE);
  });
});

describe('enterAction', () => {
  it('picks the highlighted option', () => {
    expect(enterAction(true, true, 'hiro')).toBe('pick');
  });
  it('does nothing on text that matches nobody, or with the list closed: no accidental submit', () => {
    expect(enterAction(true, false, 'hiroluca')).toBe('stay');
    expect(enterAction(false, true, 'hiro')).toBe('stay');
  });
  it('lets the form submit from an empty box: Enter after the last pick means "add these"', () => {
    expect(enterAction(true, false, '')).toBe('submit');
    expect(enterAction(false, false, ' ')).toBe('submit');
  });
});
