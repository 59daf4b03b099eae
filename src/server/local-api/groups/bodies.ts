import { GROUP_NAME_MISSING, groupPatchBodySchema, groupPayloadSchema, MAX_GROUP_PATCHES } from '@/api/group';
import { INVALID_JSON } from '../errors';
import { withIssueText } from '../validation';

/**
 * group.Payload (POST, PUT) with Track's exact plain-text messages: the name's own texts, and "Invalid
 * JSON input" for anything that would not decode into the payload (not an object, wrong types, bad ids).
 * The name arrives trimmed.
 */
export const groupPayloadBody = withIssueText(
  groupPayloadSchema.transform((p) => ({ ...p, name: p.name.trim() })),
  (error) => {
    const nameIssue = error.issues.find((i) => i.path[0] === 'name');
    if (!nameIssue) return INVALID_JSON;
    return nameIssue.code === 'invalid_type' ? GROUP_NAME_MISSING : nameIssue.message;
  },
);

/**
 * The PATCH body: the whole array is checked before anything is applied, and a malformed patch fails the
 * request with Track's text for the first bad patch (instead of being reported per patch).
 */
export const groupPatchBody = withIssueText(groupPatchBodySchema, (error, _where, input) => {
  if (!Array.isArray(input)) return INVALID_JSON;
  if (input.length > MAX_GROUP_PATCHES) return 'Too many patches';
  if (input.length === 0) return 'Empty or invalid patch operation';
  const issue = error.issues[0];
  const [, field, ...inside] = issue.path;
  if (field === 'op') return 'Empty or invalid patch operation';
  if (field === 'path') return 'Empty or invalid patch path';
  if (field === 'value' && inside.length === 0) {
    if (issue.code === 'too_small') return 'Value not present';
    if (issue.code === 'too_big') return 'Too many values per patch';
  }
  return INVALID_JSON;
});
