import type { Client } from '@/api/workspace';

/** The workspace's clients as a select's options, valued by id (the projects filter and the project form). */
export function ClientOptions({ clients }: { clients: readonly Client[] | undefined }) {
  return (clients ?? []).map((c) => (
    <option key={c.id} value={c.id}>
      {c.name}
    </option>
  ));
}
