/**
 * The workspace a read or write belongs to. Focus paths name the organization too, but a workspace id alone
 * identifies the workspace: query keys use `workspaceId`, paths use both.
 */
export interface WorkspaceScope {
  organizationId: number;
  workspaceId: number;
}

/** One project of a workspace (the members page). */
export interface ProjectScope extends WorkspaceScope {
  projectId: number;
}

/** `/organizations/{org}/workspaces/{ws}`: the root of every workspace resource of the Focus API. */
export const workspacePath = (scope: WorkspaceScope): string =>
  `/organizations/${scope.organizationId}/workspaces/${scope.workspaceId}`;

export const projectsPath = (scope: WorkspaceScope): string => `${workspacePath(scope)}/projects`;

export const projectPath = (project: ProjectScope): string => `${projectsPath(project)}/${project.projectId}`;
