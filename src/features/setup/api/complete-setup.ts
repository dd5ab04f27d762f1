import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SetupRequest } from '../../../domain/schemas/setup.ts';
import { api, dataOf } from '../../../lib/api-client.ts';

/** POST /api/setup: the centre's identity and the first administrator, signed in by the answer's cookie. */
export function useCompleteSetup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof SetupRequest>) => dataOf(api.POST('/api/setup', { body })),
    // Nothing from before the setup (a 401 for "who am I", "setup needed") may stay.
    onSuccess: () => client.resetQueries(),
  });
}
