import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { BarMenu as Menu } from '../store';

export interface MenuItem {
  label: string;
  run: () => void;
  /** Shown after the label, e.g. the key that does the same. */
  keys?: string;
  danger?: boolean;
  /**
   * The bar takes the focus back before the item runs: a dialog the item opens gives the focus back to whatever
   * had it, and the menu's item is gone by then.
   */
  refocus?: boolean;
}

interface Props {
  menu: Menu;
  /** The task's name, for the menu's accessible name. */
  name: string;
  items: MenuItem[];
  onClose: () => void;
}

/**
 * The context menu of a bar (right-click, Shift+F10 or the menu key): the ARIA menu pattern. The first item
 * takes the focus, arrows, Home and End move it and keep it inside, Enter runs an item, Escape or Tab closes
 * and gives the focus back to the bar, a click elsewhere closes.
 */
export function BarMenu({ menu, name, items, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState({ left: menu.x, top: menu.y });
  const close = (refocus: boolean) => {
    onClose();
    if (refocus) document.querySelector<HTMLElement>(`[data-bar-id="${menu.taskId}"]`)?.focus();
  };

  // Kept inside the window, whichever corner it was opened in.
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (!box) return;
    setAt({
      left: Math.max(4, Math.min(menu.x, window.innerWidth - box.width - 4)),
      top: Math.max(4, Math.min(menu.y, window.innerHeight - box.height - 4)),
    });
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [menu.x, menu.y]);

  useEffect(() => {
    const outside = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [onClose]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const all = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = all.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => all[(i + all.length) % all.length]?.focus();
    if (e.key === 'ArrowDown') go(index + 1);
    else if (e.key === 'ArrowUp') go(index - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(all.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') close(true);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div
      ref={ref}
      className="tl-menu"
      role="menu"
      aria-label={`Actions for ${name}`}
      style={{ left: at.left, top: at.top }}
      onKeyDown={onKeyDown}
      data-testid="bar-menu"
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={item.danger ? 'tl-menu-item is-danger' : 'tl-menu-item'}
          aria-keyshortcuts={item.keys}
          onClick={() => {
            // Closed first: what the item opens (a dialog, the rename box) takes the focus next.
            close(!!item.refocus);
            item.run();
          }}
        >
          <span>{item.label}</span>
          {item.keys && (
            <span className="tl-menu-keys" aria-hidden="true">
              {item.keys}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
