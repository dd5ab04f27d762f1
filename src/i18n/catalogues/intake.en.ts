import type { intakeVi } from './intake.vi.ts';

export const intakeEn: typeof intakeVi = {
  title: 'Receive a dossier',
};
