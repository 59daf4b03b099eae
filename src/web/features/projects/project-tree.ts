export interface TreeNode<P> {
  project: P;
  depth: number;
  hasChildren: boolean;
  /** Set when the parent is not among the rows (another page or filtered out). */
  orphanParentId?: number;
}

interface TreeItem {
  id: number;
  parent_project_id?: number | null;
}

/**
 * Orders one page of projects as a tree: roots (no parent, or the parent is not on the page) in their
 * given order, each followed by its sub-projects depth-first; collapsed projects hide their descendants.
 * Cycles cannot hang it: a project is placed once.
 */
export function projectTree<P extends TreeItem>(
  rows: readonly P[],
  collapsed: ReadonlySet<number>,
): TreeNode<P>[] {
  const byId = new Map(rows.map((p) => [p.id, p]));
  const children = new Map<number, P[]>();
  for (const p of rows) {
    const parent = p.parent_project_id;
    if (parent != null && byId.has(parent) && parent !== p.id) {
      children.set(parent, [...(children.get(parent) ?? []), p]);
    }
  }
  const out: TreeNode<P>[] = [];
  const placed = new Set<number>();
  const visit = (p: P, depth: number, orphanParentId?: number) => {
    if (placed.has(p.id)) return;
    placed.add(p.id);
    const kids = children.get(p.id) ?? [];
    out.push({ project: p, depth, hasChildren: kids.length > 0, orphanParentId });
    if (collapsed.has(p.id)) {
      // Still mark the hidden subtree as placed so it does not resurface as a root.
      const hide = (q: P) =>
        (children.get(q.id) ?? []).forEach((k) => placed.has(k.id) || (placed.add(k.id), hide(k)));
      hide(p);
      return;
    }
    for (const k of kids) visit(k, depth + 1);
  };
  for (const p of rows) {
    const parent = p.parent_project_id;
    const isRoot = parent == null || !byId.has(parent) || parent === p.id;
    if (isRoot) visit(p, 0, parent != null && parent !== p.id ? parent : undefined);
  }
  // Left-overs are cycles among the page's rows: show them flat rather than lose them.
  for (const p of rows) visit(p, 0);
  return out;
}
