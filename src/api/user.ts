import { z } from 'zod';
import { csvIds, csvStrings, id, pageParams, queryBool, queryText } from './common';
import { lenientList, openEnum, openIntEnum } from './lenient';
import { customFieldValueSchema } from './workspace';

const int = z.number().int();

// ---- Focus ----

const TIME_FORMATS = ['12h', '24h'] as const;
const DATE_FORMATS = ['US', 'EU', 'ISO'] as const;

/** models.UserSettings, kept to what the planner reads (the rest is stripped). */
export const userSettingsSchema = z.object({
  current_workspace_id: int.nullish(),
  timezone: z.string().nullish(),
  start_week_on: openIntEnum([0, 1]).nullish(),
  time_format: openEnum(TIME_FORMATS).nullish(),
  date_format: openEnum(DATE_FORMATS).nullish(),
  duration_format: openEnum(['classic', 'improved', 'decimal']).nullish(),
  language_code: z.string().nullish(),
  // Required upstream; a plain string so a new theme does not break the settings.
  theme: z.string(),
});
export type UserSettings = z.infer<typeof userSettingsSchema>;

/** Subset of user.PartialUpdatePayload the planner may send (PATCH /users/me/settings). */
export const userSettingsPatchSchema = z.object({
  current_workspace_id: id.nullable().optional(),
  start_week_on: z.union([z.literal(0), z.literal(1)]).optional(),
  time_format: z.enum(TIME_FORMATS).optional(),
  date_format: z.enum(DATE_FORMATS).optional(),
});
export type UserSettingsPatch = z.infer<typeof userSettingsPatchSchema>;

const text = z.string().max(1000);
const flags = z.record(z.string().max(200), text);

/**
 * user.PartialUpdatePayload whole, as the local API checks it: the planner's fields above, and every other
 * setting Toggl Focus's own apps keep there, each with the spec's type (a wrong type is a 400, never a 200 that
 * drops it).
 */
export const userSettingsUpdateSchema = userSettingsPatchSchema.extend({
  attachments_display_mode: z.enum(['list', 'grid']).nullable().optional(),
  autocomplete_task_with_time_block: z.boolean().optional(),
  autolog_time: z.boolean().optional(),
  calendar_future_defaults_to_plan: z.boolean().optional(),
  calendar_project_suggestion_fallback: z.boolean().optional(),
  calendar_range_type: text.nullable().optional(),
  calendar_show_calendar_events: z.boolean().optional(),
  calendar_show_completed_tasks: z.boolean().optional(),
  calendar_show_tasks_list: z.boolean().optional(),
  calendar_split_view_columns: text.nullable().optional(),
  calendar_task_creation_behavior: z.enum(['always_create', 'do_nothing', 'match_existing']).optional(),
  default_page: z
    .enum(['last-opened', 'calendar', 'inbox', 'board', 'timeline', 'reports'])
    .nullable()
    .optional(),
  duration_format: z.enum(['classic', 'improved', 'decimal']).optional(),
  focus_mode_count_up: z.boolean().optional(),
  goal_reminder_time: text.nullable().optional(),
  goal_reminders_enabled: z.boolean().optional(),
  has_reached_task_threshold: z.boolean().optional(),
  import_data_banner_dismissed: z.boolean().optional(),
  language_code: text.nullable().optional(),
  new_users_trial_dismissed: z.boolean().optional(),
  onboarding_calendar_step_at: text.nullable().optional(),
  onboarding_checklist_dismissed: z.boolean().optional(),
  onboarding_completed_at: text.nullable().optional(),
  onboarding_flow_dismissed: z.boolean().optional(),
  onboarding_multi_day_task_created: z.boolean().optional(),
  onboarding_started_at: text.nullable().optional(),
  onboarding_task_dragged: z.boolean().optional(),
  onboarding_tasks_step_at: text.nullable().optional(),
  onboarding_variant_selected: text.nullable().optional(),
  plan_tour_dismissed: z.boolean().optional(),
  platform_nudges: flags.optional(),
  pomodoro_mode_auto_start_break: z.boolean().optional(),
  pomodoro_mode_break_duration_mins: int.min(1).optional(),
  pomodoro_mode_session_duration_mins: int.min(1).optional(),
  pomodoro_mode_sound_enabled: z.boolean().optional(),
  send_daily_brief: z.boolean().optional(),
  send_timer_notifications: z.boolean().optional(),
  shortcuts_enabled: z.boolean().optional(),
  show_goals_panel: z.boolean().optional(),
  show_google_calendar_events: z.boolean().optional(),
  switch_to_focus_dismissed: z.boolean().optional(),
  sync_external_calendar: z.enum(['never', 'always', 'ask']).optional(),
  theme: z.enum(['light', 'dark', 'auto']).optional(),
  time_block_color: text.nullable().optional(),
  time_tracking_mode: z.enum(['focus', 'pomodoro']).nullable().optional(),
  time_tracking_mode_duration_mins: int.min(1).nullable().optional(),
  time_tracking_mode_enabled: z.boolean().optional(),
  time_tracking_mode_fullscreen: z.boolean().optional(),
  tooltip_onboarding_dismissed: z.boolean().optional(),
  tos_ack_decoupled_licenses: flags.optional(),
  trial_ended_modal_seen: flags.optional(),
  welcome_modal_dismissed: z.boolean().optional(),
  whats_new_may_2026_dismissed: z.boolean().optional(),
  whats_new_tasks_tour_dismissed: z.boolean().optional(),
});
export type UserSettingsUpdate = z.infer<typeof userSettingsUpdateSchema>;

const orgUserGroupSchema = z.object({
  id: int,
  name: z.string(),
  emoji: z.string().nullish(),
  workspace_ids: z.array(int).nullish(),
});

/** organization.OrganizationUserResponse (GET Focus `/organizations/{org}/users`). */
export const organizationUserSchema = z.object({
  id: int,
  // Most likely what task `assignee_user_ids` and the `users` task groups refer to (not confirmed upstream).
  user_account_id: int,
  // A string upstream (sic).
  user_id: z.string(),
  organization_id: int,
  name: z.string(),
  email: z.string(),
  admin: z.boolean(),
  owner: z.boolean(),
  active: z.boolean(),
  joined: z.boolean(),
  invite_sent: z.boolean(),
  working_hours: z.number(),
  groups: z.array(orgUserGroupSchema),
  tags: z.array(z.object({ id: int, label: z.string(), color: z.string() })),
  workspaces: z.array(
    z.object({
      id: int,
      name: z.string(),
      workspace_user_id: int,
      focus_role_id: int.nullish(),
      track_role_id: int.nullish(),
      work_role_id: int.nullish(),
      toggl_products: z.array(z.string()).nullish(),
      groups: z.array(z.object({ id: int, name: z.string(), emoji: z.string().nullish() })).nullish(),
    }),
  ),
  '2fa_enabled': z.boolean().nullish(),
  can_edit_personal_details: z.boolean().nullish(),
  permissions: z.record(z.string(), z.unknown()).nullish(),
  // Required upstream but they only have a value once the event happened (and rate only with include_rates).
  account_locked_at: z.string().nullish(),
  deleted_at: z.string().nullish(),
  rate: z
    .object({
      currency: z.string(),
      hourly_rate: z.number(),
      workspace_id: int,
      start_at: z.string().nullish(),
      end_at: z.string().nullish(),
      workspace_rate_id: int.nullish(),
      workspace_user_rate_id: int.nullish(),
    })
    .nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
  custom_field_values: z.array(customFieldValueSchema).nullish(),
});
export type OrganizationUser = z.infer<typeof organizationUserSchema>;
export const organizationUsersSchema = lenientList(organizationUserSchema, 'person');

/** Query of GET Focus `/organizations/{org}/users`. */
export const organizationUsersQuerySchema = z.object({
  workspaces: csvIds.optional(),
  user_account_ids: csvIds.optional(),
  org_user_ids: csvIds.optional(),
  groups: csvIds.optional(),
  toggl_products: csvStrings.optional(),
  active_status: csvStrings.optional(),
  roles: csvIds.optional(),
  only_admins: queryBool.optional(),
  filter: queryText.optional(),
  sort_dir: z.enum(['asc', 'desc']).optional(),
  ...pageParams,
  tag_ids: csvIds.optional(),
  include_working_hours: queryBool.optional(),
  include_rates: queryBool.optional(),
  pinned_ids: csvIds.optional(),
  has_group: queryBool.optional(),
  cf_filter: csvStrings.optional(),
  include_custom_fields: queryBool.optional(),
});
export type OrganizationUsersQuery = z.infer<typeof organizationUsersQuerySchema>;

// ---- Track v9 ----

/**
 * related.UserWithRelated of GET `/me`, without `api_token` (and `intercom_hash`): z.object strips them, so
 * nothing parsed with this schema can carry the token to a browser. Related lists are not used. Track marks
 * no field as required, and the planner can do without each (no id: no "you" on the Schedule).
 */
export const trackMeSchema = z.object({
  id: int.nullish(),
  email: z.string().nullish(),
  fullname: z.string().nullish(),
  timezone: z.string().nullish(),
  default_workspace_id: int.nullish(),
  beginning_of_week: int.nullish(),
  country_id: int.nullish(),
  image_url: z.string().nullish(),
  '2fa_enabled': z.boolean().nullish(),
  has_password: z.boolean().nullish(),
  openid_enabled: z.boolean().nullish(),
  openid_email: z.string().nullish(),
  oauth_providers: z.array(z.string()).nullish(),
  options: z.record(z.string(), z.unknown()).nullish(),
  authorization_updated_at: z.string().nullish(),
  at: z.string().nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
});
export type TrackMe = z.infer<typeof trackMeSchema>;

export const trackMeQuerySchema = z.object({ with_related_data: queryBool.optional() });

/**
 * workspace.WithActiveProjectCount of GET `/me/workspaces` (its deprecated `api_token` stripped). Every field is
 * optional upstream; a workspace without an id cannot be opened and is skipped, one without a name is shown by
 * its id, one without an organization is listed but cannot be opened (Focus paths need the organization).
 */
export const trackWorkspaceSchema = z.object({
  id: int,
  name: z.string().nullish(),
  organization_id: int.nullish(),
  admin: z.boolean().nullish(),
  role: z.string().nullish(),
  permissions: z.array(z.string()).nullish(),
  premium: z.boolean().nullish(),
  business_ws: z.boolean().nullish(),
  active_project_count: int.nullish(),
  default_currency: z.string().nullish(),
  logo_url: z.string().nullish(),
  working_hours_in_minutes: int.nullish(),
  suspended_at: z.string().nullish(),
  at: z.string().nullish(),
});
export type TrackWorkspace = z.infer<typeof trackWorkspaceSchema>;
export const trackWorkspacesSchema = lenientList(trackWorkspaceSchema, 'workspace');

/**
 * GET `/me?with_related_data=true`: the profile and the user's workspaces in one request (the other related
 * lists are Track's and not read: z.object strips them).
 */
export const trackMeWithWorkspacesSchema = trackMeSchema.extend({
  workspaces: trackWorkspacesSchema.nullish(),
});
export type TrackMeWithWorkspaces = z.infer<typeof trackMeWithWorkspacesSchema>;

/** models.MeOrganization of GET `/me/organizations`. */
export const trackOrganizationSchema = z.object({
  id: int,
  name: z.string().nullish(),
  admin: z.boolean().nullish(),
  owner: z.boolean().nullish(),
  permissions: z.array(z.string()).nullish(),
  is_multi_workspace_enabled: z.boolean().nullish(),
  is_unified: z.boolean().nullish(),
  max_workspaces: int.nullish(),
  user_count: int.nullish(),
  pricing_plan_id: int.nullish(),
  pricing_plan_name: z.string().nullish(),
  pricing_plan_enterprise: z.boolean().nullish(),
  subscription: z
    .object({
      plan: z.string().nullish(),
      plan_name: z.string().nullish(),
      state: z.string().nullish(),
      enterprise: z.boolean().nullish(),
      seats: int.nullish(),
    })
    .nullish(),
  suspended_at: z.string().nullish(),
  created_at: z.string().nullish(),
  at: z.string().nullish(),
});
export type TrackOrganization = z.infer<typeof trackOrganizationSchema>;
export const trackOrganizationsSchema = lenientList(trackOrganizationSchema, 'organization');

/** me.GetQuotaResult of GET `/me/quota`; `organization_id` null = requests outside any organization. */
export const quotaSchema = z.object({
  organization_id: int.nullish(),
  remaining: int.nullish(),
  resets_in_secs: int.nullish(),
  total: int.nullish(),
});
export type Quota = z.infer<typeof quotaSchema>;
export const quotasSchema = lenientList(quotaSchema, 'quota');

const groupDictSchema = z.object({ group_id: int.nullish(), name: z.string().nullish() });

/** models.OrgUser of GET Track `/organizations/{org}/users`. */
export const trackOrgUserSchema = z.object({
  id: int,
  user_id: int.nullish(),
  name: z.string().nullish(),
  email: z.string().nullish(),
  avatar_url: z.string().nullish(),
  admin: z.boolean().nullish(),
  owner: z.boolean().nullish(),
  role_id: int.nullish(),
  inactive: z.boolean().nullish(),
  joined: z.boolean().nullish(),
  invitation_id: int.nullish(),
  organization_id: int.nullish(),
  '2fa_enabled': z.boolean().nullish(),
  can_edit_email: z.boolean().nullish(),
  workspace_count: int.nullish(),
  groups: z.array(groupDictSchema).nullish(),
  workspaces: z
    .array(
      z.object({
        workspace_id: int.nullish(),
        workspace_name: z.string().nullish(),
        workspace_user_id: int.nullish(),
        role_id: int.nullish(),
        admin: z.boolean().nullish(),
        active: z.boolean().nullish(),
        inactive: z.boolean().nullish(),
        working_hours: z.number().nullish(),
        groups: z.array(groupDictSchema).nullish(),
      }),
    )
    .nullish(),
});
export type TrackOrgUser = z.infer<typeof trackOrgUserSchema>;
export const trackOrgUsersSchema = lenientList(trackOrgUserSchema, 'person');

/** Query of GET Track `/organizations/{org}/users` (Track takes these as plain strings). */
export const trackOrgUsersQuerySchema = z.object({
  filter: queryText.optional(),
  active_status: queryText.optional(),
  only_admins: queryText.optional(),
  groups: csvIds.optional(),
  workspaces: csvIds.optional(),
  ...pageParams,
  sort_dir: z.enum(['asc', 'desc']).optional(),
});
export type TrackOrgUsersQuery = z.infer<typeof trackOrgUsersQuerySchema>;

/** models.SimpleWorkspaceUser of GET Track `/workspaces/{ws}/users`. */
export const workspaceUserSchema = z.object({
  id: int,
  email: z.string().nullish(),
  fullname: z.string().nullish(),
  role: z.string().nullish(),
  is_active: z.boolean().nullish(),
  inactive: z.boolean().nullish(),
  is_admin: z.boolean().nullish(),
});
export type WorkspaceUser = z.infer<typeof workspaceUserSchema>;
export const workspaceUsersSchema = lenientList(workspaceUserSchema, 'person');

export const workspaceUsersQuerySchema = z.object({ exclude_deleted: queryBool.optional() });
