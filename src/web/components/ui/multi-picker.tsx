import { useId, useState, type KeyboardEvent } from 'react';
import { activeAfterTyping, enterAction, matching, NONE_ACTIVE, stepActive } from './multi-picker-keys';
import './multi-picker.css';

export interface PickerOption {
  /** Unique key, e.g. `user:1001` or `group:9001`. */
  key: string;
  label: string;
  /** Second line / kind ("User", "Group"); also searched. */
  hint?: string;
}

interface MultiPickerProps {
  /** Accessible name of the search box. */
  label: string;
  options: readonly PickerOption[];
  selected: readonly string[];
  onChange: (keys: string[]) => void;
  placeholder?: string;
  /** The chip of a pick no option names (a person no longer in the organization): "User 7", not "7". */
  unknownLabel?: (key: string) => string;
}

/**
 * Searchable multi-select on the ARIA combobox + listbox pattern: type to filter, arrows move, Enter
 * toggles, Escape closes, Backspace on an empty box drops the last pick. Picks show as removable chips.
 * A pick clears the box and leaves the focus in it, so the next name can be typed at once; Enter on an empty
 * box submits the enclosing form, Enter on text that matches nobody does nothing (`enterAction`).
 */
export function MultiPicker({
  label,
  options,
  selected,
  onChange,
  placeholder,
  unknownLabel = (key) => key,
}: MultiPickerProps) {
  const baseId = useId();
  const listId = `${baseId}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(NONE_ACTIVE);
  const shown = matching(options, query);
  const activeIndex = Math.min(active, shown.length - 1);
  const byKey = new Map(options.map((o) => [o.key, o]));
  const toggle = (key: string) =>
    onChange(selected.includes(key) ? selected.filter((k) => k !== key) : [...selected, key]);
  // From the list (Enter or click): the search has done its job; the list stays open for the next one.
  const pick = (key: string) => {
    toggle(key);
    setQuery('');
    setActive(NONE_ACTIVE);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setOpen(true);
      setActive(stepActive(activeIndex, e.key === 'ArrowDown' ? 1 : -1, shown.length));
    } else if (e.key === 'Enter') {
      const action = enterAction(open, activeIndex >= 0, query);
      if (action !== 'submit') e.preventDefault();
      if (action === 'pick') pick(shown[activeIndex].key);
    } else if (e.key === 'Escape') {
      if (open) {
        // Close the list only; an enclosing dialog stays open.
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
      }
    } else if (e.key === 'Backspace' && query === '' && selected.length > 0) {
      onChange(selected.slice(0, -1));
    }
  };

  return (
    <div className="picker">
      {selected.length > 0 && (
        <ul className="picker-chips" aria-label={`${label}: selected`}>
          {selected.map((key) => {
            const name = byKey.get(key)?.label || unknownLabel(key);
            return (
              <li key={key} className="picker-chip">
                {name}
                <button type="button" aria-label={`Remove ${name}`} onClick={() => toggle(key)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <input
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && activeIndex >= 0 ? `${baseId}-${shown[activeIndex].key}` : undefined}
        placeholder={placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(activeAfterTyping(e.target.value));
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        aria-multiselectable="true"
        hidden={!open}
        className="picker-list"
      >
        {shown.length === 0 && (
          <li role="option" aria-selected="false" aria-disabled="true" className="picker-empty">
            No match
          </li>
        )}
        {shown.map((o, i) => (
          <li
            key={o.key}
            id={`${baseId}-${o.key}`}
            role="option"
            aria-selected={selected.includes(o.key)}
            className={i === activeIndex ? 'picker-option active' : 'picker-option'}
            // Keep focus in the box so the list stays open while picking several.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(o.key)}
          >
            <span className="picker-check" aria-hidden="true">
              {selected.includes(o.key) ? '✓' : ''}
            </span>
            {o.label}
            {o.hint && <span className="picker-hint"> {o.hint}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
