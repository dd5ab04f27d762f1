import { TransferHolderInput } from '../../../domain/schemas/admin-users.ts';
import { message } from '../../../domain/messages.ts';
import { conflict } from '../../http/errors.ts';
import { defineAction } from './action-types.ts';

/**
 * An officer leaves or moves: the administrator hands what they hold (or handle, while the
 * dossier waits for a supplement or an approval) to a colleague with the same role in the
 * same unit. The status does not change and the running leg goes on with its deadline.
 */
export const transferHolder = defineAction({
  action: 'transfer_holder',
  summary: 'Chuyển hồ sơ của cán bộ nghỉ việc hoặc chuyển công tác cho cán bộ khác cùng vai trò, cùng đơn vị',
  input: TransferHolderInput,
  async apply({ tx, dossier, input }) {
    const [row] = await tx.query<{ handler_user_id: string | null }>('SELECT handler_user_id FROM dossiers WHERE id = $1', [dossier.id]);
    const holds = dossier.holderUserId === input.fromUserId;
    const handles = row?.handler_user_id === input.fromUserId;
    if (!holds && !handles) throw conflict(message('transfer_dossier_not_held', { code: dossier.code }));
    return {
      set: handles ? { handler_user_id: input.toUserId } : {},
      holder: { unitId: dossier.holderUnitId, userId: holds ? input.toUserId : dossier.holderUserId },
      note: input.note,
      details: { fromUserId: input.fromUserId, toUserId: input.toUserId },
    };
  },
});
