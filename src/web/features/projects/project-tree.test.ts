import { describe, expect, it } from 'vitest';
import { projectTree } from './project-tree';

const p = (id: number, parent?: number) => ({ id, parent_project_id: parent ?? null });
const ids = (nodes: { project: { id: number }; depth: number }[]) =>
  nodes.map((n) => `${n.project.id}@${n.depth}`);

describe('projectTree', () => {
  it('nests sub-projects under their parents, depth first', () => {
    const rows = [p(1), p(2), p(3, 1), p(4, 3), p(5, 2)];
    expect(ids(projectTree(rows, new Set()))).toEqual(['1@0', '3@1', '4@2', '2@0', '5@1']);
    expect(projectTree(rows, new Set()).find((n) => n.project.id === 3)?.hasChildren).toBe(true);
  });
  it('keeps rows whose parent is elsewhere as roots, naming the parent', () => {
    const nodes = projectTree([p(7, 99), p(8)], new Set());
    expect(ids(nodes)).toEqual(['7@0', '8@0']);
    expect(nodes[0].orphanParentId).toBe(99);
  });
  it('hides the descendants of collapsed projects', () => {
    expect(ids(projectTree([p(1), p(2, 1), p(3, 2), p(4)], new Set([1])))).toEqual(['1@0', '4@0']);
  });
  it('does not loop on cycles or self-parents', () => {
    expect(ids(projectTree([p(1, 2), p(2, 1), p(3, 3)], new Set()))).toEqual(['3@0', '1@0', '2@1']);
  });
  it('does not mutate its input', () => {
    const rows = Object.freeze([Object.freeze(p(1)), Object.freeze(p(2, 1))]);
    expect(() => projectTree(rows, new Set())).not.toThrow();
  });
});
