/** Query keys of the intake feature, general to specific. */
export const intakeKeys = {
  all: ['intake'] as const,
  procedures: () => [...intakeKeys.all, 'procedures'] as const,
  appointments: () => [...intakeKeys.all, 'appointment'] as const,
  appointment: (procedureCode: string, receivedAt: string) => [...intakeKeys.appointments(), procedureCode, receivedAt] as const,
};
