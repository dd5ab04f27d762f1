import type { workflowVi } from './workflow.vi.ts';

export const workflowEn: typeof workflowVi = {
  title: 'Process the dossier',
};
