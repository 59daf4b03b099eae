import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReferenceOperation } from './tools/extract-reference';

export type { ReferenceOperation };

/** The 45 operations the five published reference pages document (`spec/reference-operations.json`). */
export function loadReferenceOperations(): ReferenceOperation[] {
  const file = fileURLToPath(new URL('./reference-operations.json', import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as ReferenceOperation[];
}
