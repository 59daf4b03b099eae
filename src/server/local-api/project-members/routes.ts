import { z } from 'zod';
import { idParam } from '@/api/common';
import {
  projectMemberRemoveSchema,
  projectMemberRoleSchema,
  projectMembersAddSchema,
  projectMembersBatchQuerySchema,
} from '@/api/project';
import type { LocalApiPlugin } from '../context';
import { createProjectMemberStore, type Member } from './store';

const BASE = '/organizations/:organization_id/workspaces/:workspace_id/projects';
const MEMBERS = `${BASE}/:project_id/members`;
const params = z.object({ project_id: idParam });

/** The schemas allow exactly one of user_id and group_id. */
const memberOf = (b: { user_id?: number; group_id?: number }): Member =>
  b.user_id !== undefined ? { user_id: b.user_id } : { group_id: b.group_id as number };

/** Focus project members: the batch read, and one project's members read, added, re-roled and removed. */
export const projectMemberRoutes: LocalApiPlugin = async (app, { db, scopes }) => {
  const store = createProjectMemberStore(db);
  const { orgWorkspace } = scopes;
  app.addHook('preValidation', orgWorkspace.hook);

  app.get(`${BASE}/members`, { schema: { querystring: projectMembersBatchQuerySchema } }, async (req) =>
    store.ofProjects(orgWorkspace.of(req), req.query.ids),
  );

  app.get(MEMBERS, { schema: { params } }, async (req) =>
    store.ofProject(orgWorkspace.of(req), req.params.project_id),
  );

  app.post(MEMBERS, { schema: { params, body: projectMembersAddSchema } }, async (req, reply) => {
    store.add(orgWorkspace.of(req), req.params.project_id, req.body);
    return reply.code(204).send();
  });

  app.put(MEMBERS, { schema: { params, body: projectMemberRoleSchema } }, async (req, reply) => {
    store.setRole(orgWorkspace.of(req), req.params.project_id, memberOf(req.body), req.body.role_id);
    return reply.code(204).send();
  });

  app.delete(MEMBERS, { schema: { params, body: projectMemberRemoveSchema } }, async (req, reply) => {
    store.remove(orgWorkspace.of(req), req.params.project_id, memberOf(req.body));
    return reply.code(204).send();
  });
};
