/** Contract tooling over the vendored OpenAPI documents: matching, request checks, response generation. */
export { loadSpecs, indexOperations, SERVICES, type Specs } from './openapi/documents';
export { matchOperation, fromProxyPath, fromUpstreamPath, type MatchResult } from './openapi/match';
export { checkRequest, type SentRequest, type RequestVerdict } from './openapi/request-check';
export { checkValue, type CheckOptions } from './openapi/schema-check';
export { generateValue, type GenerateContext } from './openapi/generate';
export {
  generateResponse,
  successResponse,
  type GeneratedResponse,
  type ResponseOptions,
} from './openapi/response';
export { variationForSeed, PLAIN, type Variation } from './openapi/variation';
export { createRandom, hash } from './openapi/random';
export { operationLabel, type Issue, type OperationRef, type Service, type Method } from './openapi/types';
