/** The parts of a Swagger 2.0 document the contract tooling reads. */

export type Service = 'focus' | 'track';

export interface Schema {
  type?: string;
  format?: string;
  description?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  $ref?: string;
  allOf?: Schema[];
  additionalProperties?: boolean | Schema;
  'x-nullable'?: boolean;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  uniqueItems?: boolean;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'body' | 'formData' | 'header';
  required?: boolean;
  description?: string;
  type?: string;
  format?: string;
  items?: Schema;
  enum?: unknown[];
  collectionFormat?: string;
  schema?: Schema;
  'x-nullable'?: boolean;
  minimum?: number;
  maximum?: number;
}

export interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  consumes?: string[];
  parameters?: Parameter[];
  responses: Record<string, { description?: string; schema?: Schema }>;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export const METHODS: readonly Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export interface SwaggerDoc {
  swagger: string;
  basePath: string;
  paths: Record<string, Partial<Record<Lowercase<Method>, Operation>>>;
  definitions: Record<string, Schema>;
}

/** One operation of one of the two documents. */
export interface OperationRef {
  service: Service;
  method: Method;
  /** Path template below the service's base, e.g. `/workspaces/{workspace_id}/tags`. */
  template: string;
  operation: Operation;
  doc: SwaggerDoc;
}

/** `GET focus /workspaces/{workspace_id}/tags`: how reports name an operation. */
export const operationLabel = (ref: Pick<OperationRef, 'service' | 'method' | 'template'>) =>
  `${ref.method} ${ref.service} ${ref.template}`;

/** A problem found in a request or a value: where (a JSON-pointer-like path) and what. */
export interface Issue {
  path: string;
  message: string;
}
