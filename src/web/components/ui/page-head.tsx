import type { ReactNode } from 'react';
import type { Freshness } from '@/web/lib/freshness/use-freshness';
import { FreshnessStatus } from './freshness-status';

interface PageHeadProps {
  /** The heading's id, which the page's section names itself by (`aria-labelledby`). */
  id: string;
  title: ReactNode;
  freshness: Freshness;
  /** What the page shows, for the freshness label ("the projects"). */
  what: string;
}

/** A management page's title with how current its data is beside it. */
export function PageHead({ id, title, freshness, what }: PageHeadProps) {
  return (
    <div className="page-head">
      <h1 id={id}>{title}</h1>
      <FreshnessStatus freshness={freshness} what={what} />
    </div>
  );
}
