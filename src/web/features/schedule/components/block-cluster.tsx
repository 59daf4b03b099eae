import { memo } from 'react';

interface Props {
  left: number;
  width: number;
  count: number;
  /** The hours the blocks cover, e.g. "Mon 1 Dec, 09:00–13:30". */
  span: string;
  /** How many of the blocks overlap another block of the row. */
  conflicts: number;
  /** Zooms in on the cluster; null when no closer zoom exists. */
  onOpen: ((left: number) => void) | null;
}

/**
 * Blocks too crowded to draw one by one at this hour width (block-clusters.ts), drawn as one element that
 * says what it holds and zooms in on them (click, Enter or Space: it is a button).
 */
export const BlockCluster = memo(function BlockCluster({
  left,
  width,
  count,
  span,
  conflicts,
  onOpen,
}: Props) {
  const what = `${count} blocks, ${span}${conflicts ? `, ${conflicts} overlapping` : ''}`;
  const drawn = Math.max(4, width);
  return (
    <button
      type="button"
      className={`sch-cluster${conflicts ? ' conflict' : ''}`}
      style={{ left, width: drawn }}
      aria-label={what}
      aria-disabled={onOpen ? undefined : true}
      title={`${what}\n${onOpen ? 'Zoom in to see them one by one' : 'Use a day view to see them one by one'}`}
      data-testid="block-cluster"
      data-count={count}
      onClick={() => onOpen?.(left)}
    >
      {/* The count where it fits; the name and the title say everything. */}
      {drawn >= 24 ? count : null}
    </button>
  );
});
