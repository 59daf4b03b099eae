import { addDays, differenceInCalendarDays, format, parseISO, startOfISOWeek } from 'date-fns';
import type { Db } from './open';
import { nowIso } from './open';
import { packLanes } from './lanes';
import { hashPassword, newApiKey, newApiToken } from './passwords';

/**
 * Builds a whole organization of planning data, deterministic for a given seed and `today`.
 * The demo seed uses the defaults; `npm run seed` and the benchmarks scale it up.
 */
export interface GenerateOptions {
  today: string;
  users: number;
  projects: number;
  tasks: number;
  timeBlocks: number;
  /** Days before and after today over which task dates spread. */
  taskSpreadDays: number;
  /** Days from the start of this ISO week over which time blocks spread. */
  blockSpreadDays: number;
  seed: number;
}

export const DEMO_IDS = { organization: 4100, workspace: 5200, demoUser: 1001 } as const;
export const DEMO_LOGIN = { email: 'demo@example.com', password: 'demo' } as const;

// Letters NFD does not take apart into a base letter and a mark.
const PLAIN: Record<string, string> = { ı: 'i', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th' };

/** A made-up person's address from their name: "Chiara Şahin" is chiara.sahin, not chiara.ahin. */
export function emailOf(name: string): string {
  const ascii = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıøæœßđłþ]/g, (c) => PLAIN[c]);
  return `${ascii.replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '')}@example.com`;
}

export const ROLE_IDS = {
  orgOwner: 1,
  orgAdmin: 2,
  orgMember: 3,
  workspaceAdmin: 4,
  projectManager: 5,
  projectMember: 6,
  groupManager: 7,
} as const;

export function demoOptions(today: string): GenerateOptions {
  return {
    today,
    users: 12,
    projects: 6,
    tasks: 160,
    timeBlocks: 380,
    taskSpreadDays: 21,
    blockSpreadDays: 14,
    seed: 20261124,
  };
}

const FIRST = [
  'Ada',
  'Bruno',
  'Chiara',
  'Deniz',
  'Elif',
  'Farid',
  'Greta',
  'Hiro',
  'Ines',
  'Jonas',
  'Kaia',
  'Luca',
];
const LAST = [
  'Lovelace',
  'Keller',
  'Rossi',
  'Aydın',
  'Şahin',
  'Haddad',
  'Nilsson',
  'Tanaka',
  'Ortiz',
  'Berg',
];
const PROJECTS = [
  ['Website relaunch', '#2da608'],
  ['Mobile app', '#0b83d9'],
  ['Onboarding flow', '#9e5bd9'],
  ['Data platform', '#d94182'],
  ['Brand refresh', '#e36a00'],
  ['Customer research', '#06a893'],
] as const;
const CLIENTS = ['Acme Corp', 'Globex', 'Initech', 'Umbrella Health'];
const TAGS = [
  ['frontend', '#0b83d9'],
  ['backend', '#2da608'],
  ['design', '#9e5bd9'],
  ['research', '#06a893'],
  ['urgent', '#d92b2b'],
  ['review', '#e36a00'],
] as const;
const VERBS = ['Design', 'Build', 'Review', 'Test', 'Write', 'Plan', 'Ship', 'Refine', 'Audit', 'Prototype'];
const NOUNS = [
  'login page',
  'pricing table',
  'API client',
  'release notes',
  'search',
  'dashboard',
  'checkout',
  'settings',
  'interview guide',
  'color palette',
  'data model',
  'import job',
  'onboarding emails',
  'icons',
];
const STATUSES = [
  ['To do', 'todo', '📝'],
  ['In progress', 'in_progress', '🚧'],
  ['Done', 'done', '✅'],
  ['Blocked', 'blocked', '⛔'],
] as const;
const TIMEZONES = ['Europe/Berlin', 'Europe/London', 'America/New_York', 'Asia/Tokyo', 'Europe/Tallinn'];

/** mulberry32: small, fast, deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

const ymd = (d: Date) => format(d, 'yyyy-MM-dd');

export interface GeneratedAccount {
  email: string;
  password: string;
  apiToken: string;
  apiKey: string;
}

/** Fills an empty database. Returns the demo account's credentials. */
export function generate(db: Db, opts: GenerateOptions): GeneratedAccount {
  const r = rng(opts.seed);
  const now = nowIso();
  const today = parseISO(opts.today);
  const org = DEMO_IDS.organization;
  const ws = DEMO_IDS.workspace;
  const account: GeneratedAccount = {
    email: DEMO_LOGIN.email,
    password: DEMO_LOGIN.password,
    apiToken: newApiToken(),
    apiKey: newApiKey(),
  };

  const run = db.transaction(() => {
    db.prepare('INSERT INTO organizations (id, name, created_at) VALUES (?, ?, ?)').run(
      org,
      'Demo Studio',
      now,
    );
    db.prepare('INSERT INTO workspaces (id, organization_id, name, created_at) VALUES (?, ?, ?, ?)').run(
      ws,
      org,
      'Demo Workspace',
      now,
    );
    const roles: [number, string, string, string, string, number][] = [
      [ROLE_IDS.orgOwner, 'org_owner', 'Organization owner', 'organization', 'owner', 100],
      [ROLE_IDS.orgAdmin, 'org_admin', 'Organization admin', 'organization', 'admin', 90],
      [ROLE_IDS.orgMember, 'org_member', 'Organization member', 'organization', 'guest', 10],
      [ROLE_IDS.workspaceAdmin, 'ws_admin', 'Workspace admin', 'workspace', 'admin', 80],
      [ROLE_IDS.projectManager, 'project_manager', 'Project manager', 'project', 'manager', 50],
      [ROLE_IDS.projectMember, 'project_member', 'Project member', 'project', 'guest', 20],
      [ROLE_IDS.groupManager, 'group_manager', 'Group manager', 'group', 'manager', 40],
    ];
    const insRole = db.prepare(
      `INSERT INTO roles (role_id, organization_id, code, name, description, entity, type, privilege_level)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const [rid, code, name, entity, type, level] of roles) {
      insRole.run(rid, org, code, name, `${name} of the ${entity}`, entity, type, level);
    }

    // Users: the demo account first, then named teammates.
    const insUser = db.prepare(
      `INSERT INTO users (id, email, fullname, password_hash, api_token, api_key, timezone, default_workspace_id,
         created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insOrgUser = db.prepare(
      `INSERT INTO organization_users (id, organization_id, user_id, admin, owner, working_hours, created_at,
         updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insWsUser = db.prepare(
      'INSERT INTO workspace_users (workspace_id, user_id, admin) VALUES (?, ?, ?)',
    );
    const insHours = db.prepare(
      `INSERT INTO working_hours (organization_id, user_id, weekday, starting_hours, working_hours, created_at,
         updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const demoHash = hashPassword(account.password);
    const userIds: number[] = [];
    for (let i = 0; i < opts.users; i++) {
      const uid = DEMO_IDS.demoUser + i;
      const isDemo = i === 0;
      const name = isDemo
        ? 'Demo Planner'
        : `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}${i >= FIRST.length ? ` ${Math.floor(i / FIRST.length) + 1}` : ''}`;
      const email = isDemo ? account.email : emailOf(name);
      insUser.run(
        uid,
        email,
        name,
        isDemo ? demoHash : 'disabled',
        isDemo ? account.apiToken : newApiToken(),
        isDemo ? account.apiKey : null,
        isDemo ? 'Europe/Berlin' : TIMEZONES[i % TIMEZONES.length],
        ws,
        now,
        now,
      );
      // Part-timers give the schedule's capacity something to show.
      const dailyHours = i % 5 === 3 ? 6 : 8;
      insOrgUser.run(2000 + i, org, uid, isDemo ? 1 : 0, isDemo ? 1 : 0, dailyHours, now, now);
      insWsUser.run(ws, uid, isDemo ? 1 : 0);
      if (i % 4 === 1) for (let wd = 1; wd <= 5; wd++) insHours.run(org, uid, wd, 9, dailyHours, now, now);
      userIds.push(uid);
    }

    const insStatus = db.prepare(
      `INSERT INTO statuses (id, workspace_id, name, type, emoji, position, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const statusIds = STATUSES.map(([name, type, emoji], i) => {
      insStatus.run(7001 + i, ws, name, type, emoji, i, now, now);
      return { id: 7001 + i, type };
    });
    const insClient = db.prepare(
      'INSERT INTO clients (id, workspace_id, name, currency, toggl_user_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const clientIds = CLIENTS.map((name, i) => {
      insClient.run(6001 + i, ws, name, 'EUR', DEMO_IDS.demoUser, now, now);
      return 6001 + i;
    });
    const insTag = db.prepare(
      'INSERT INTO tags (id, workspace_id, name, color, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const tagIds = TAGS.map(([name, color], i) => {
      insTag.run(8001 + i, ws, name, color, now, now);
      return 8001 + i;
    });

    // Groups: teams of three or more.
    const groupNames = ['Design', 'Engineering', 'Leads', 'Research'];
    const insGroup = db.prepare('INSERT INTO groups (id, organization_id, name, at) VALUES (?, ?, ?, ?)');
    const insGroupUser = db.prepare('INSERT INTO group_users (group_id, user_id) VALUES (?, ?)');
    const insGroupWs = db.prepare('INSERT INTO group_workspaces (group_id, workspace_id) VALUES (?, ?)');
    const groupIds = groupNames.map((name, g) => {
      const gid = 9001 + g;
      insGroup.run(gid, org, name, now);
      insGroupWs.run(gid, ws);
      userIds.forEach((uid, i) => {
        if (i % groupNames.length === g || (g === 2 && i % 5 === 0)) insGroupUser.run(gid, uid);
      });
      return gid;
    });

    // Projects, their members (two managers each) and the groups with access.
    const insProject = db.prepare(
      `INSERT INTO projects (id, workspace_id, name, color, client_id, private, pinned, billable, start_date, end_date,
         estimated_mins, toggl_user_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insProjectTag = db.prepare('INSERT INTO project_tags (project_id, tag_id) VALUES (?, ?)');
    const insProjectUser = db.prepare(
      'INSERT INTO project_users (project_id, user_id, role_id, created_at) VALUES (?, ?, ?, ?)',
    );
    const insProjectGroup = db.prepare(
      'INSERT INTO project_groups (workspace_id, project_id, group_id, role_id) VALUES (?, ?, ?, ?)',
    );
    const projects: { id: number; members: number[] }[] = [];
    for (let p = 0; p < opts.projects; p++) {
      const pid = 3001 + p;
      const [baseName, color] = PROJECTS[p % PROJECTS.length];
      const name = p < PROJECTS.length ? baseName : `${baseName} ${Math.floor(p / PROJECTS.length) + 1}`;
      const isPrivate = p % PROJECTS.length === 3;
      insProject.run(
        pid,
        ws,
        name,
        color,
        p % PROJECTS.length === 5 ? null : clientIds[p % clientIds.length],
        isPrivate ? 1 : 0,
        p % PROJECTS.length === 0 ? 1 : 0,
        p % 2,
        ymd(addDays(today, -opts.taskSpreadDays - 7 + 3 * (p % PROJECTS.length))),
        ymd(addDays(today, opts.taskSpreadDays + 28 - 5 * (p % PROJECTS.length))),
        60 * r.int(80, 400),
        DEMO_IDS.demoUser,
        now,
        now,
      );
      insProjectTag.run(pid, tagIds[p % tagIds.length]);
      const members = new Set<number>([DEMO_IDS.demoUser]);
      const size = Math.min(userIds.length, r.int(4, 7));
      while (members.size < size) members.add(r.pick(userIds));
      [...members].forEach((uid, i) => {
        const role = i < 2 ? ROLE_IDS.projectManager : ROLE_IDS.projectMember;
        insProjectUser.run(pid, uid, role, now);
      });
      if (groupIds.length > 0)
        insProjectGroup.run(ws, pid, groupIds[p % groupIds.length], ROLE_IDS.projectMember);
      projects.push({ id: pid, members: [...members] });
    }

    // Tasks over the weeks around today, with lanes packed per user / project / tag.
    const insTask = db.prepare(
      `INSERT INTO tasks (id, workspace_id, name, project_id, status_id, priority, start_date, end_date,
         estimated_mins, toggl_user_id, position, created_at, updated_at, status_updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insAssignee = db.prepare('INSERT INTO task_assignees (task_id, user_id) VALUES (?, ?)');
    const insTaskTag = db.prepare('INSERT INTO task_tags (task_id, tag_id) VALUES (?, ?)');
    const tasks: GeneratedTask[] = [];
    for (let t = 0; t < opts.tasks; t++) {
      const tid = 10001 + t;
      const project = r.chance(0.9) ? r.pick(projects) : null;
      const startOffset = r.int(-opts.taskSpreadDays, opts.taskSpreadDays);
      const length = r.pick([1, 1, 2, 3, 3, 4, 5, 5, 7, 10]);
      const start = addDays(today, startOffset);
      const end = addDays(start, length - 1);
      const daysFromToday = differenceInCalendarDays(end, today);
      const status =
        daysFromToday < -2
          ? statusIds[2]
          : startOffset > 2
            ? statusIds[0]
            : r.pick([statusIds[1], statusIds[1], statusIds[3], statusIds[0]]);
      const pool = project ? project.members : userIds;
      const assignees = r.chance(0.06) ? [] : r.chance(0.12) ? [r.pick(pool), r.pick(pool)] : [r.pick(pool)];
      const uniqueAssignees = [...new Set(assignees)];
      const tags = r.chance(0.5) ? [r.pick(tagIds)] : [];
      const name = `${r.pick(VERBS)} ${r.pick(NOUNS)}`;
      insTask.run(
        tid,
        ws,
        name,
        project?.id ?? null,
        status.id,
        r.pick(['none', 'none', 'low', 'medium', 'high']),
        ymd(start),
        ymd(end),
        30 * r.int(2, 16) * length,
        DEMO_IDS.demoUser,
        t,
        now,
        now,
        now,
      );
      for (const uid of uniqueAssignees) insAssignee.run(tid, uid);
      for (const tag of tags) insTaskTag.run(tid, tag);
      tasks.push({
        id: tid,
        start_date: ymd(start),
        end_date: ymd(end),
        users: uniqueAssignees,
        project: project?.id ?? 0,
        tags,
      });
    }
    writeLanes(db, tasks);

    // Time blocks: this week and next, in working hours, on the user's own tasks.
    const insBlock = db.prepare(
      `INSERT INTO time_blocks (workspace_id, task_id, toggl_user_id, start, start_ts, duration, timezone, completed_at,
         created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const byUser = new Map<number, GeneratedTask[]>();
    for (const t of tasks) for (const u of t.users) pushTo(byUser, u, t);
    const weekStart = startOfISOWeek(today);
    const nowMs = Date.now();
    const workdays: Date[] = [];
    for (let d = 0; d < opts.blockSpreadDays; d++) {
      const day = addDays(weekStart, d);
      if (day.getDay() !== 0 && day.getDay() !== 6) workdays.push(day);
    }
    const assignedUsers = userIds.filter((u) => byUser.has(u));
    const dayCursor = new Map<string, number>();
    for (let b = 0; b < opts.timeBlocks && assignedUsers.length > 0; b++) {
      const uid = assignedUsers[b % assignedUsers.length];
      const day = workdays[Math.floor(b / assignedUsers.length) % workdays.length];
      const own = byUser.get(uid) ?? [];
      const dayText = ymd(day);
      const current = own.filter((t) => t.start_date <= dayText && t.end_date >= dayText);
      const task = r.pick(current.length ? current : own);
      // A person's day fills up block after block from about 07:00 UTC, so blocks rarely overlap;
      // an occasional double booking keeps the schedule's conflict marking visible.
      const slot = `${uid}|${dayText}`;
      const cursor = dayCursor.get(slot) ?? 7 * 60 + r.pick([0, 15, 30, 45]);
      const duration = 60 * r.pick([30, 45, 60, 60, 90, 120]);
      const startMinute = (r.chance(0.03) ? Math.max(7 * 60, cursor - 30) : cursor) % (24 * 60);
      dayCursor.set(slot, cursor + duration / 60 + r.pick([0, 15, 15, 30, 60]));
      const startMs = Date.UTC(day.getFullYear(), day.getMonth(), day.getDate(), 0, startMinute);
      const startIso = new Date(startMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
      // Drawn whether or not the block is past: a draw only for past blocks made every later pick (tasks,
      // durations, gaps) depend on the hour the data was made, so the same week differed from hour to hour
      // (the bench's realistic week showed work hours in the morning and whole days after lunch).
      const doneIfPast = r.chance(0.7);
      const completed = startMs + duration * 1000 < nowMs && doneIfPast ? startIso : null;
      insBlock.run(ws, task.id, uid, startIso, startMs / 1000, duration, 'UTC', completed, now, now);
    }
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('seeded_at', ?)").run(now);
  });
  run();
  return account;
}

/** A generated task, as the lanes are packed from it: its dates and the rows it shows in. */
interface GeneratedTask {
  id: number;
  start_date: string;
  end_date: string;
  users: number[];
  project: number;
  tags: number[];
}

function writeLanes(db: Db, tasks: GeneratedTask[]): void {
  const insLane = db.prepare(
    'INSERT INTO task_lanes (task_id, group_type, group_key, weight) VALUES (?, ?, ?, ?)',
  );
  const groupings: ['users' | 'projects' | 'tags', (t: (typeof tasks)[number]) => number[]][] = [
    ['users', (t) => (t.users.length ? t.users : [0])],
    ['projects', (t) => [t.project]],
    ['tags', (t) => (t.tags.length ? t.tags : [0])],
  ];
  for (const [type, keysOf] of groupings) {
    const buckets = new Map<number, typeof tasks>();
    for (const t of tasks) for (const key of keysOf(t)) pushTo(buckets, key, t);
    for (const [key, bucket] of buckets) {
      for (const [taskId, lane] of packLanes(bucket)) insLane.run(taskId, type, key, lane);
    }
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
