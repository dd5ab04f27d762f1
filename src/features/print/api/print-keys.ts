/** Query keys of the print feature, general to specific (centre and staff are reference data: see lib/reference). */
export const printKeys = {
  all: ['print'] as const,
  dossiers: () => [...printKeys.all, 'dossier'] as const,
  dossier: (dossierId: string) => [...printKeys.dossiers(), dossierId] as const,
  intakeSlips: () => [...printKeys.all, 'intake-slip'] as const,
  intakeSlip: (slipId: string) => [...printKeys.intakeSlips(), slipId] as const,
  qr: (text: string) => [...printKeys.all, 'qr', text] as const,
};
