import { z } from 'zod';
import { queueKeys } from '../queues.ts';
import { messageCode } from '../messages.ts';

export const QueueCount = z.object({ queue: z.enum(queueKeys), count: z.number().int() }).meta({ id: 'QueueCount' });
export const QueueCounts = z.array(QueueCount);
export type QueueCounts = z.infer<typeof QueueCounts>;

export const SavedView = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The list's URL search string, e.g. `status=processing&q=nguyen` */
  query: z.string(),
  createdAt: z.string(),
}).meta({ id: 'SavedView' });
export type SavedView = z.infer<typeof SavedView>;

export const SavedViewInput = z.object({
  name: z.string().trim().min(1, messageCode('view_name_required')).max(80),
  query: z.string().trim().max(2000, messageCode('view_query_too_long')),
});
