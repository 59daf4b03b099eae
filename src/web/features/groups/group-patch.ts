import type { GroupPatchInput, GroupPatchOutput, OrganizationGroup } from '@/api/group';

/** The group as it will be once `ops` succeed (for the optimistic view); unknown user names left blank. */
export function applyGroupOps(
  group: OrganizationGroup,
  ops: readonly GroupPatchInput[],
  nameOf: (userId: number) => string | undefined,
): OrganizationGroup {
  let users = [...(group.users ?? [])];
  let workspaces = [...(group.workspaces ?? [])];
  for (const op of ops) {
    if (op.path === '/users') {
      if (op.op === 'remove') users = users.filter((u) => u.user_id == null || !op.value.includes(u.user_id));
      else
        for (const id of op.value)
          if (!users.some((u) => u.user_id === id)) users.push({ user_id: id, name: nameOf(id) ?? null });
    } else if (op.op === 'remove') workspaces = workspaces.filter((w) => !op.value.includes(w));
    else workspaces = [...new Set([...workspaces, ...op.value])];
  }
  return { ...group, users, workspaces };
}

/** One readable line per failed operation of a PATCH answer (the others were applied). */
export function describePatchFailures(out: GroupPatchOutput | undefined): string[] {
  return (out?.failure ?? []).map((f) => {
    const p = f.patch;
    const what = p
      ? `${p.op ?? '?'} ${p.path?.replace('/', '') ?? '?'} ${(p.value ?? []).join(', ')}`.trim()
      : 'operation';
    return `${what}: ${f.message ?? 'failed'}`;
  });
}
