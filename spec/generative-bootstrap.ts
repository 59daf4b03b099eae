import { createRandom, generateResponse, PLAIN, type OperationRef } from './openapi';

type Row = Record<string, unknown>;
const positive = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v > 0;

/**
 * The one fact without which no view can open, laid over generated answers: the account's first workspace has an
 * id and names its organization (both optional in the Track document; the planner works in one workspace of one
 * organization). An empty list gets a plainly generated one. Everything else, the other workspaces included, stays
 * exactly as generated, so every view is reached with any data the documents allow.
 */
export function bootstrap(ref: OperationRef, value: unknown, seed: number): unknown {
  if (ref.service !== 'track' || ref.method !== 'GET' || ref.template !== '/me/workspaces') return value;
  const rng = createRandom(`bootstrap:${seed}`);
  const list = Array.isArray(value) && value.length ? (value as Row[]) : plainList(ref, seed);
  const [first, ...rest] = list;
  return [
    {
      ...first,
      id: positive(first.id) ? first.id : rng.int(1, 40),
      organization_id: positive(first.organization_id) ? first.organization_id : rng.int(1, 40),
    },
    ...rest,
  ];
}

const plainList = (ref: OperationRef, seed: number) =>
  JSON.parse(generateResponse(ref, { seed, variation: PLAIN, key: 'bootstrap' }).body!) as Row[];
