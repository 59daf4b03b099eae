import { create } from 'zustand';

interface Deleted {
  id: number;
  name: string;
}

type FormState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; projectId: number };

interface ProjectsUiState {
  form: FormState;
  /** Deleted in this session: offered for restore (the list no longer shows them). */
  deleted: Deleted[];
  collapsed: ReadonlySet<number>;
  openCreate: () => void;
  openEdit: (projectId: number) => void;
  closeForm: () => void;
  projectDeleted: (p: Deleted) => void;
  projectRestored: (id: number) => void;
  toggleCollapsed: (id: number) => void;
}

export const useProjectsUi = create<ProjectsUiState>((set) => ({
  form: { mode: 'closed' },
  deleted: [],
  collapsed: new Set(),
  openCreate: () => set({ form: { mode: 'create' } }),
  openEdit: (projectId) => set({ form: { mode: 'edit', projectId } }),
  closeForm: () => set({ form: { mode: 'closed' } }),
  projectDeleted: (p) =>
    set((s) => ({ deleted: [p, ...s.deleted.filter((d) => d.id !== p.id)].slice(0, 5) })),
  projectRestored: (id) => set((s) => ({ deleted: s.deleted.filter((d) => d.id !== id) })),
  toggleCollapsed: (id) =>
    set((s) => {
      const next = new Set(s.collapsed);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return { collapsed: next };
    }),
}));
