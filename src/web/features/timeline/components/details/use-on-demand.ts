import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useState } from 'react';

/**
 * A lookup list (projects, tags, people) read only once a field needs it: the first focus or press of the
 * field asks for it, unless the cache already holds it (then it costs nothing and shows at once).
 */
export function useOnDemand<T, K extends QueryKey>(options: UseQueryOptions<T, Error, T, K>) {
  const [wanted, setWanted] = useState(false);
  const query = useQuery({ ...options, enabled: wanted });
  return { data: query.data, want: () => setWanted(true), loading: wanted && query.isPending };
}
