import { describe, expect, it, vi } from 'vitest';
import { returnFocus } from './return-focus';

const element = (isConnected = true) => ({ isConnected, focus: vi.fn() });

function page() {
  const body = element();
  const inside = element();
  const dialog = { contains: (n: Node | null) => n === (inside as unknown as Node) };
  const doc = { body, activeElement: body } as unknown as Document;
  return { body, inside, dialog, doc };
}

describe('returnFocus', () => {
  it('gives the focus back to the opener when the dialog left it on <body>', () => {
    const { dialog, doc } = page();
    const opener = element();
    expect(returnFocus(opener, dialog, doc)).toBe(true);
    expect(opener.focus).toHaveBeenCalledOnce();
  });

  it('also when the focus is still inside the closed dialog', () => {
    const { dialog, doc, inside } = page();
    Object.assign(doc, { activeElement: inside });
    const opener = element();
    expect(returnFocus(opener, dialog, doc)).toBe(true);
    expect(opener.focus).toHaveBeenCalledOnce();
  });

  it('leaves the focus where a close sent it on purpose', () => {
    const { dialog, doc } = page();
    Object.assign(doc, { activeElement: element() });
    const opener = element();
    expect(returnFocus(opener, dialog, doc)).toBe(false);
    expect(opener.focus).not.toHaveBeenCalled();
  });

  it('leaves it alone when the opener has left the page, was <body> or was nothing', () => {
    const { dialog, doc, body } = page();
    const gone = element(false);
    expect(returnFocus(gone, dialog, doc)).toBe(false);
    expect(gone.focus).not.toHaveBeenCalled();
    expect(returnFocus(body, dialog, doc)).toBe(false);
    expect(body.focus).not.toHaveBeenCalled();
    expect(returnFocus(null, dialog, doc)).toBe(false);
  });
});
