import type { Role } from '@/api/project';

/** The project roles as a select's options, valued by role id (for adding members and changing a role). */
export function RoleOptions({ roles }: { roles: Role[] }) {
  return roles.map((r) => (
    <option key={r.role_id} value={r.role_id}>
      {r.name}
    </option>
  ));
}
