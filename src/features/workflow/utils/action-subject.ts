import type { DossierListItem } from '../../../domain/schemas/dossier.ts';

/** What an action needs to name its dossier: a list row is enough (the intake queue acts from rows). */
export type ActionSubject = Pick<DossierListItem, 'id' | 'code' | 'version'>;
