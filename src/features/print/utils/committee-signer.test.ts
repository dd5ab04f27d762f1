import { describe, expect, it } from 'vitest';
import { committeeSigner } from './committee-signer.ts';

describe('the signer of forms 04 and 05', () => {
  const generic = 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ';
  it('is the one set in the settings, in capitals', () => {
    expect(committeeSigner({ signerTitle: 'Chủ tịch', signerName: 'Đỗ Mạnh Cường' }, { actorRole: 'desk_officer', actorName: 'Nguyễn Thị Thu Hà' }, generic)).toEqual({
      title: 'CHỦ TỊCH',
      name: 'Đỗ Mạnh Cường',
    });
  });

  it('names the chairperson who took the step, and falls back to the generic title with a blank name', () => {
    expect(committeeSigner({ signerTitle: '', signerName: '' }, { actorRole: 'chairperson', actorName: 'Lê Văn A' }, generic)).toEqual({ title: generic, name: 'Lê Văn A' });
    expect(committeeSigner({ signerTitle: '', signerName: '' }, { actorRole: 'desk_officer', actorName: 'B' }, generic)).toEqual({ title: generic, name: null });
  });
});
