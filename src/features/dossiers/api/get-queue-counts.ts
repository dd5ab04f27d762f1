import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QueueKey } from '../../../domain/queues.ts';
import { api, dataOf } from '../../../lib/api-client.ts';
import { dossierKeys } from './dossier-keys.ts';

/** GET /api/queues: how many dossiers each of the user's work queues holds (the queues of their role). */
export function getQueueCounts(signal?: AbortSignal) {
  return dataOf(api.GET('/api/queues', { signal }));
}

export function queueCountsQueryOptions() {
  return queryOptions({
    queryKey: dossierKeys.queueCounts(),
    queryFn: ({ signal }) => getQueueCounts(signal),
    // Other officers move dossiers too: the badges follow within a minute.
    refetchInterval: 60_000,
  });
}

/** The work-queue counts by queue key; empty until loaded (the badges simply do not show). */
export function useQueueCounts(): Partial<Record<QueueKey, number>> {
  const { data } = useQuery(queueCountsQueryOptions());
  return Object.fromEntries((data ?? []).map(({ queue, count }) => [queue, count]));
}
