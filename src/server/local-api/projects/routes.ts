import { z } from 'zod';
import { idParam } from '@/api/common';
import {
  projectCreateSchema,
  projectListQuerySchema,
  projectPatchSchema,
  projectRelativesQuerySchema,
  projectUpdateSchema,
} from '@/api/project';
import type { LocalApiPlugin } from '../context';
import { badRequest } from '../errors';
import { createProjectStore, type ProjectState } from './store';

const BASE = '/organizations/:organization_id/workspaces/:workspace_id/projects';
const PROJECT = `${BASE}/:project_id`;
const params = z.object({ project_id: idParam });

/** Focus projects: list, CRUD (soft delete), archive / unarchive / restore, pin, and the sub-project tree. */
export const projectRoutes: LocalApiPlugin = async (app, { db, scopes }) => {
  const store = createProjectStore(db);
  const { orgWorkspace } = scopes;
  app.addHook('preValidation', orgWorkspace.hook);

  app.get(BASE, { schema: { querystring: projectListQuerySchema } }, async (req) => {
    const q = req.query;
    const start = q.start_date ?? q.date_overlap_start;
    const end = q.end_date ?? q.date_overlap_end;
    if (start && end && start > end) throw badRequest('start_date must not be after end_date');
    return store.list(orgWorkspace.of(req), q);
  });

  app.post(BASE, { schema: { body: projectCreateSchema } }, async (req, reply) =>
    reply.code(201).send(store.create(orgWorkspace.of(req), req.body)),
  );

  app.get(PROJECT, { schema: { params } }, async (req) =>
    store.get(orgWorkspace.of(req), req.params.project_id),
  );

  app.put(PROJECT, { schema: { params, body: projectUpdateSchema } }, async (req, reply) => {
    store.replace(orgWorkspace.of(req), req.params.project_id, req.body);
    return reply.code(204).send();
  });

  app.patch(PROJECT, { schema: { params, body: projectPatchSchema } }, async (req, reply) => {
    store.patch(orgWorkspace.of(req), req.params.project_id, req.body);
    return reply.code(204).send();
  });

  app.delete(PROJECT, { schema: { params } }, async (req, reply) => {
    store.remove(orgWorkspace.of(req), req.params.project_id);
    return reply.code(204).send();
  });

  const states: [method: 'patch' | 'post' | 'delete', path: string, state: ProjectState][] = [
    ['patch', 'archive', 'archive'],
    ['patch', 'unarchive', 'unarchive'],
    ['patch', 'restore', 'restore'],
    ['post', 'pinned', 'pin'],
    ['delete', 'pinned', 'unpin'],
  ];
  for (const [method, path, state] of states) {
    app[method](`${PROJECT}/${path}`, { schema: { params } }, async (req, reply) => {
      store.setState(orgWorkspace.of(req), req.params.project_id, state);
      return reply.code(204).send();
    });
  }

  for (const [path, dir] of [
    ['children', 'down'],
    ['parents', 'up'],
  ] as const) {
    app.get(
      `${PROJECT}/${path}`,
      { schema: { params, querystring: projectRelativesQuerySchema } },
      async (req) => store.relatives(orgWorkspace.of(req), req.params.project_id, dir, req.query),
    );
  }
};
