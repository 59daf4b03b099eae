import type { Schema, SwaggerDoc } from './types';

/** Follows `$ref`s (`#/definitions/...`) until a schema without one. */
export function deref(doc: SwaggerDoc, schema: Schema): Schema {
  let current = schema;
  for (let hops = 0; current.$ref; hops++) {
    const name = current.$ref.replace(/^#\/definitions\//, '');
    const next = doc.definitions[name];
    if (!next || hops > 20) throw new Error(`unresolvable $ref ${current.$ref}`);
    // Keywords beside a $ref (a description, x-nullable) stay with the reference.
    const { $ref: _ref, ...siblings } = current;
    current = { ...next, ...siblings };
  }
  return current;
}

/** A schema with `$ref` followed and `allOf` merged into one (properties and required lists joined). */
export function resolveSchema(doc: SwaggerDoc, schema: Schema): Schema {
  const base = deref(doc, schema);
  if (!base.allOf) return base;
  const { allOf, ...rest } = base;
  let merged: Schema = { ...rest };
  for (const part of allOf.map((p) => resolveSchema(doc, p))) {
    merged = {
      ...part,
      ...merged,
      properties: { ...(part.properties ?? {}), ...(merged.properties ?? {}) },
      required: [...new Set([...(part.required ?? []), ...(merged.required ?? [])])],
    };
  }
  if (!Object.keys(merged.properties ?? {}).length) delete merged.properties;
  if (!merged.required?.length) delete merged.required;
  return merged;
}

const NULL_WORD = /\bnull\b/i;
const NULLED_FIELDS = /fields \(([^)]+)\) are nulled/i;

/**
 * Properties of an object that may be null. `x-nullable` says so, and so does the description (the documents'
 * descriptions win over the types: "Null for the users dimension", "NULL when unresolved", and a sibling's
 * "sensitive fields (Name, Client) are nulled").
 */
export function nullableProperties(doc: SwaggerDoc, object: Schema): Set<string> {
  const out = new Set<string>();
  for (const [name, raw] of Object.entries(object.properties ?? {})) {
    if (raw['x-nullable'] || NULL_WORD.test(raw.description ?? '')) out.add(name);
    const ref = raw.$ref ? deref(doc, raw) : raw;
    if (ref['x-nullable']) out.add(name);
    const nulled = NULLED_FIELDS.exec(raw.description ?? '');
    if (nulled) for (const field of nulled[1].split(',')) out.add(field.trim().toLowerCase());
  }
  return out;
}
