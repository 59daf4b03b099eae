import type { ReactNode } from 'react';

interface DataTableProps {
  /** The page's own class, beside the shared `data-table stack-narrow` look. */
  className: string;
  /** What the table lists, read out by screen readers only. */
  caption: ReactNode;
  /** Column headings; a last, unlabelled-on-screen "Actions" column is added for each row's buttons. */
  columns: readonly ReactNode[];
  children: ReactNode;
}

/**
 * The list tables of the management pages (projects, members, team): one header row of column headings and
 * an Actions column, rows stacked into cards on narrow screens (`stack-narrow`, read with each cell's
 * `data-label`).
 */
export function DataTable({ className, caption, columns, children }: DataTableProps) {
  return (
    <table className={`data-table ${className} stack-narrow`}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={i} scope="col">
              {column}
            </th>
          ))}
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
