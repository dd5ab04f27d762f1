import type { DuplicateCheck } from './get-duplicates.ts';

/** Query keys of the intake feature, general to specific (the catalogue is reference data: see lib/reference). */
export const intakeKeys = {
  all: ['intake'] as const,
  appointments: () => [...intakeKeys.all, 'appointment'] as const,
  appointment: (procedureCode: string, receivedAt: string) => [...intakeKeys.appointments(), procedureCode, receivedAt] as const,
  allDuplicates: () => [...intakeKeys.all, 'duplicates'] as const,
  duplicates: (check: DuplicateCheck) => [...intakeKeys.allDuplicates(), check] as const,
};
