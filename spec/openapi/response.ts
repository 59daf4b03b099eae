import { generateValue } from './generate';
import { createRandom } from './random';
import { operationLabel, type OperationRef, type Schema } from './types';
import { variationForSeed, type Variation } from './variation';

export interface GeneratedResponse {
  status: number;
  /** The JSON text of the body; undefined for a response without a body (204, or no schema). */
  body?: string;
}

/** The documented success of an operation: its lowest 2xx status and that response's schema. */
export function successResponse(ref: OperationRef): { status: number; schema?: Schema } {
  const codes = Object.keys(ref.operation.responses)
    .filter((c) => /^2\d\d$/.test(c))
    .sort();
  if (!codes.length) throw new Error(`${operationLabel(ref)} documents no success response`);
  return { status: Number(codes[0]), schema: ref.operation.responses[codes[0]].schema };
}

export interface ResponseOptions {
  seed: number;
  /** Defaults to the seed's variation (`variationForSeed`). */
  variation?: Variation;
  /** `YYYY-MM-DD` the plain dates fall around. */
  today?: string;
  /** Distinguishes requests to one operation (path and query): same key, same answer. */
  key?: string;
}

/** A success response of `ref`, generated from its schema: pure, the same for the same seed, operation and key. */
export function generateResponse(ref: OperationRef, opts: ResponseOptions): GeneratedResponse {
  const { status, schema } = successResponse(ref);
  if (status === 204 || !schema) return { status };
  const rng = createRandom(`${opts.seed}|${operationLabel(ref)}|${opts.key ?? ''}`);
  const variation = opts.variation ?? variationForSeed(opts.seed);
  const value = generateValue({ doc: ref.doc, rng, variation, today: opts.today ?? '2026-01-15' }, schema);
  return { status, body: JSON.stringify(value) };
}
