import type { CentreSettings } from '../../../domain/schemas/catalogue.ts';
import { upper } from '../../../domain/official-texts/letterhead.ts';

/**
 * Who signs a letter for the people's committee (forms 04 and 05): the title and name set
 * under Settings → Identity, or the form's generic "head of the body" with a blank line.
 * When the chairperson took the step in person, the chairperson's name is printed.
 */
export function committeeSigner(centre: Pick<CentreSettings, 'signerName' | 'signerTitle'>, event: { actorRole: string | null; actorName: string | null }, genericTitle: string) {
  return {
    title: centre.signerTitle.trim() ? upper(centre.signerTitle.trim()) : genericTitle,
    name: event.actorRole === 'chairperson' ? event.actorName : centre.signerName.trim() || null,
  };
}
