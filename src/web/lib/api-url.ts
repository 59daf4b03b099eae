import { encodeQuery, type QueryValue } from '@/api/text-formats';

export type Service = 'focus' | 'track';

/** The URL of a read through the server's `/api/{focus,track}` proxy: the one way requests are addressed. */
export const apiUrl = (service: Service, path: string, query?: Record<string, QueryValue>): string =>
  `/api/${service}${path}${query ? encodeQuery(query) : ''}`;
