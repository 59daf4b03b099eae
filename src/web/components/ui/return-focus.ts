interface Opener {
  isConnected: boolean;
  focus: () => void;
}

const isOpener = (el: unknown): el is Opener =>
  typeof el === 'object' && el !== null && typeof (el as Partial<Opener>).focus === 'function';

/**
 * Gives the focus back to the element that had it when a dialog opened (`opener`), once the dialog has
 * closed or left the page. Only when the focus is lost (on <body>, or still inside the dialog): a close that
 * sent the focus somewhere on purpose keeps it there. An opener that has left the page (a dragged bar that
 * moved to another row) is left alone; one that cannot take the focus ignores the call.
 */
export function returnFocus(
  opener: unknown,
  dialog: Pick<Node, 'contains'>,
  doc: Pick<Document, 'activeElement' | 'body'> = document,
): boolean {
  if (!isOpener(opener) || opener === doc.body || !opener.isConnected) return false;
  const now = doc.activeElement;
  if (now && now !== doc.body && !dialog.contains(now)) return false;
  opener.focus();
  return true;
}
