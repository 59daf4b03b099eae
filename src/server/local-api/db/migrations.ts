/**
 * Schema migrations, applied in order; `PRAGMA user_version` records how many ran.
 * Never edit a shipped migration: append a new one.
 *
 * Ids: `users.id` is the user account id shared by Focus (`user_account_id`, assignees, `toggl_user_id`)
 * and Track (`/me`, groups). `organization_users.id` is the Focus organization-user id.
 * Timestamps are UTC `YYYY-MM-DDTHH:MM:SSZ` text; task dates are `YYYY-MM-DD` text.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
  );

  CREATE TABLE workspaces (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
  );

  CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    fullname TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    api_token TEXT NOT NULL UNIQUE,
    api_key TEXT UNIQUE,
    timezone TEXT NOT NULL DEFAULT 'UTC',
    default_workspace_id INTEGER,
    beginning_of_week INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE roles (
    role_id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    entity TEXT NOT NULL CHECK (entity IN ('organization','workspace','project','group')),
    type TEXT NOT NULL CHECK (type IN ('owner','admin','manager','guest')),
    privilege_level INTEGER NOT NULL
  );

  CREATE TABLE organization_users (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    admin INTEGER NOT NULL DEFAULT 0,
    owner INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    working_hours REAL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    UNIQUE (organization_id, user_id)
  );

  CREATE TABLE workspace_users (
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    admin INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (workspace_id, user_id)
  );

  CREATE TABLE working_hours (
    working_hour_id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    starting_hours REAL NOT NULL,
    working_hours REAL NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (organization_id, user_id, weekday)
  );

  CREATE TABLE statuses (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    emoji TEXT,
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
  );

  CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    name TEXT NOT NULL,
    color TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
  );

  CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    currency TEXT,
    toggl_user_id INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
  );

  CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    name TEXT NOT NULL,
    color TEXT,
    description TEXT,
    client_id INTEGER REFERENCES clients(id),
    parent_project_id INTEGER REFERENCES projects(id),
    private INTEGER NOT NULL DEFAULT 0,
    pinned INTEGER NOT NULL DEFAULT 0,
    billable INTEGER NOT NULL DEFAULT 0,
    draft INTEGER NOT NULL DEFAULT 0,
    is_template INTEGER NOT NULL DEFAULT 0,
    auto_compute_estimates INTEGER NOT NULL DEFAULT 0,
    completion_mode TEXT NOT NULL DEFAULT 'manual',
    rollover_mode TEXT NOT NULL DEFAULT 'expire',
    rrule TEXT,
    start_date TEXT,
    end_date TEXT,
    estimated_mins INTEGER,
    toggl_user_id INTEGER NOT NULL REFERENCES users(id),
    archived_at TEXT,
    completed_at TEXT,
    deleted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX projects_ws ON projects(workspace_id, deleted_at, archived_at);
  CREATE INDEX projects_parent ON projects(parent_project_id);

  CREATE TABLE project_tags (
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id),
    PRIMARY KEY (project_id, tag_id)
  );

  -- Users on a project (Focus project members); manager = the role's type is manager.
  CREATE TABLE project_users (
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    role_id INTEGER NOT NULL REFERENCES roles(role_id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (project_id, user_id)
  );
  CREATE INDEX project_users_user ON project_users(user_id);

  -- Track organization groups.
  CREATE TABLE groups (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    name TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX groups_org_name ON groups(organization_id, name COLLATE NOCASE);

  CREATE TABLE group_users (
    group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (group_id, user_id)
  );
  CREATE INDEX group_users_user ON group_users(user_id);

  CREATE TABLE group_workspaces (
    group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    PRIMARY KEY (group_id, workspace_id)
  );

  -- A group with access to a project: Track project_groups and the group members of a Focus project
  -- are one relation. role_id is null for groups attached through Track (plain member role).
  CREATE TABLE project_groups (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    role_id INTEGER REFERENCES roles(role_id),
    UNIQUE (project_id, group_id)
  );
  CREATE INDEX project_groups_group ON project_groups(group_id);

  CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    name TEXT NOT NULL,
    description TEXT,
    notes TEXT,
    color TEXT,
    project_id INTEGER REFERENCES projects(id),
    parent_task_id INTEGER REFERENCES tasks(id),
    status_id INTEGER NOT NULL REFERENCES statuses(id),
    status_updated_at TEXT,
    priority TEXT NOT NULL DEFAULT 'none',
    priority_at TEXT,
    start_date TEXT,
    end_date TEXT,
    estimated_mins INTEGER,
    estimate_type TEXT NOT NULL DEFAULT 'total',
    allocation_unit TEXT NOT NULL DEFAULT 'flat',
    pinned INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    private INTEGER NOT NULL DEFAULT 0,
    billable INTEGER NOT NULL DEFAULT 0,
    auto_log_time INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT 'plan',
    rrule TEXT,
    recurring_task_id INTEGER,
    integration_ext_id INTEGER,
    integration_source TEXT,
    toggl_user_id INTEGER NOT NULL REFERENCES users(id),
    archived_at TEXT,
    deleted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX tasks_ws_dates ON tasks(workspace_id, deleted_at, start_date, end_date);
  CREATE INDEX tasks_project ON tasks(project_id);
  CREATE INDEX tasks_parent ON tasks(parent_task_id);
  CREATE INDEX tasks_status ON tasks(status_id);

  CREATE TABLE task_assignees (
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (task_id, user_id)
  );
  CREATE INDEX task_assignees_user ON task_assignees(user_id, task_id);

  CREATE TABLE task_tags (
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id),
    PRIMARY KEY (task_id, tag_id)
  );
  CREATE INDEX task_tags_tag ON task_tags(tag_id, task_id);

  -- The lane of a task inside one group of one grouping (users / projects / tags).
  -- group_key 0 is the "no user / no project / no tag" group.
  CREATE TABLE task_lanes (
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    group_type TEXT NOT NULL CHECK (group_type IN ('users','projects','tags')),
    group_key INTEGER NOT NULL,
    weight INTEGER NOT NULL,
    PRIMARY KEY (task_id, group_type, group_key)
  );

  CREATE TABLE time_blocks (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    task_id INTEGER NOT NULL REFERENCES tasks(id),
    toggl_user_id INTEGER NOT NULL REFERENCES users(id),
    start TEXT NOT NULL,
    start_ts INTEGER NOT NULL,
    duration INTEGER NOT NULL DEFAULT 0,
    description TEXT,
    timezone TEXT,
    calendar_event_id INTEGER,
    completed_at TEXT,
    archived_at TEXT,
    deleted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX time_blocks_ws_start ON time_blocks(workspace_id, start_ts);
  CREATE INDEX time_blocks_task ON time_blocks(task_id, start_ts);
  `,
  // Focus projects carry an optional fixed fee (project.FixedFeePayload / models.ProjectFixedFee).
  `
  ALTER TABLE projects ADD COLUMN fixed_fee_amount REAL;
  ALTER TABLE projects ADD COLUMN fixed_fee_currency TEXT;
  `,
  // Task groups read and pack lanes per (grouping, group): free-weight lookups and group reads use this.
  `
  CREATE INDEX task_lanes_group ON task_lanes(group_type, group_key, weight);
  `,
  // User settings the planner may PATCH (user.PartialUpdatePayload) beyond the workspace and week start.
  `
  ALTER TABLE users ADD COLUMN time_format TEXT NOT NULL DEFAULT '24h';
  ALTER TABLE users ADD COLUMN date_format TEXT NOT NULL DEFAULT 'ISO';
  `,
  // Planning data (issue 16): time off, public holidays, milestones; the country of a user (for the
  // holidays) and the zone of a workspace (its "workspace-local today" for remaining work).
  `
  CREATE TABLE time_off (
    timeoff_id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    -- UTC YYYY-MM-DDTHH:MM:SSZ: one width, so text order is time order.
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    type TEXT CHECK (type IN ('vacation','sick','parental','other')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (end_time > start_time)
  );
  CREATE INDEX time_off_user ON time_off(organization_id, user_id, start_time);

  CREATE TABLE public_holidays (
    country TEXT NOT NULL,
    date TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (country, date, name)
  );

  ALTER TABLE users ADD COLUMN country TEXT;
  ALTER TABLE workspaces ADD COLUMN timezone TEXT;

  CREATE TABLE milestones (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    name TEXT NOT NULL,
    color TEXT NOT NULL,
    due_date TEXT NOT NULL,
    completed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
  );
  CREATE INDEX milestones_ws_due ON milestones(workspace_id, deleted_at, due_date);

  CREATE TABLE milestone_projects (
    milestone_id INTEGER NOT NULL REFERENCES milestones(id) ON DELETE CASCADE,
    project_id INTEGER NOT NULL REFERENCES projects(id),
    PRIMARY KEY (milestone_id, project_id)
  );
  CREATE INDEX milestone_projects_project ON milestone_projects(project_id);

  -- Focus teams are the organization's (Track) groups locally.
  CREATE TABLE milestone_teams (
    milestone_id INTEGER NOT NULL REFERENCES milestones(id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    PRIMARY KEY (milestone_id, group_id)
  );
  `,
  // Every other setting of user.PartialUpdatePayload (theme, default page, reminders...), as one JSON object:
  // the planner reads none of them, Toggl's own apps keep them, and a PATCH must not drop them.
  `
  ALTER TABLE users ADD COLUMN other_settings TEXT NOT NULL DEFAULT '{}';
  `,
];
