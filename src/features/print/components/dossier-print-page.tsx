import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { CentreSettings } from '../../../domain/schemas/catalogue.ts';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import type { ApiError } from '../../../lib/api-client.ts';
import { dossierPath } from '../../../lib/paths.ts';
import { useCentreSettings } from '../../../lib/reference/centre-settings.ts';
import { usePrintDossier } from '../api/get-print-dossier.ts';
import { PrintPage } from './print-page.tsx';
import type { PrintLink } from './print-toolbar.tsx';

export interface DossierPrintPageProps {
  /** Which form (its tab title, `print.documentTitle.<form>`). */
  form: 'receipt' | 'supplementRequest' | 'refusal' | 'apology' | 'stopNotice' | 'controlSlip';
  /** A5 portrait for the slips; A4 portrait for the control slip. */
  paper: 'A5' | 'A4';
  next?: PrintLink;
  /** What the sheet needs besides the centre and the dossier. */
  queries?: readonly UseQueryResult<unknown, ApiError>[];
  /**
   * The sheet, from the centre's settings, the dossier and the route's parameters (an
   * event id), or null when the dossier holds nothing this form is for.
   */
  children: (centre: CentreSettings, dossier: DossierDetail, params: Readonly<Partial<Record<string, string>>>) => ReactNode;
}

/** A print view of one dossier's form (`/in/ho-so/:dossierId/…`): back to the dossier, the sheet once all is loaded. */
export function DossierPrintPage({ form, paper, next, queries = [], children }: DossierPrintPageProps) {
  const { t } = useTranslation();
  const params = useParams();
  const dossierId = params.dossierId ?? '';
  const centre = useCentreSettings();
  const dossier = usePrintDossier(dossierId);
  return (
    <PrintPage
      title={t(`print.documentTitle.${form}`, { code: dossier.data?.code ?? '' })}
      paper={paper}
      back={{ to: dossierPath(dossierId), label: t('print.toolbar.backToDossier') }}
      next={next}
      queries={[centre, dossier, ...queries]}
    >
      {() => (centre.data && dossier.data ? children(centre.data, dossier.data, params) : null)}
    </PrintPage>
  );
}
