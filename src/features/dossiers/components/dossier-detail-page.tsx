import { Anchor, Grid, Group, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { QueryErrorAlert } from '../../../components/query-error-alert.tsx';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { routePatterns } from '../../../lib/paths.ts';
import { useDossier } from '../api/get-dossier.ts';
import { readDossierLocationState } from '../utils/dossier-location-state.ts';
import { DossierDetailSkeleton } from './dossier-detail-skeleton.tsx';
import { DossierDocumentsCard } from './dossier-documents-card.tsx';
import { DossierHistory } from './dossier-history.tsx';
import { DossierNotFound } from './dossier-not-found.tsx';
import { DossierPartiesCard } from './dossier-parties-card.tsx';
import { DossierResultCard } from './dossier-result-card.tsx';
import { DossierSummaryCard } from './dossier-summary-card.tsx';

/**
 * Slots the app fills with other features' panels (features do not import each other):
 * each gets the dossier as shown and renders beside this page's own cards.
 */
export interface DossierDetailPageProps {
  /** Under the summary: what the user may do now (the workflow's action bar). */
  renderActions?: (dossier: DossierDetail) => ReactNode;
  /** Under the documents, in the narrow column (attachments, notifications). */
  renderSideCards?: (dossier: DossierDetail) => ReactNode;
  /** Above the history, in the wide column (the control slip). */
  renderMainCards?: (dossier: DossierDetail) => ReactNode;
}

/** /ho-so/:dossierId — everything about one dossier and its history. */
export function DossierDetailPage({ renderActions, renderSideCards, renderMainCards }: DossierDetailPageProps = {}) {
  const { t } = useTranslation();
  const { dossierId = '' } = useParams();
  const location = useLocation();
  const { listSearch = '' } = readDossierLocationState(location.state);
  // Back to the very list (filters, page, sort) the officer opened the dossier from.
  const listPath = `${routePatterns.dossiers}${listSearch}`;
  const dossier = useDossier(dossierId);
  useDocumentTitle(`${dossier.data?.code ?? t('dossierDetail.code')} · ${t('app.documentTitle')}`);

  function content() {
    if (dossier.isPending) return <DossierDetailSkeleton />;
    if (dossier.isError) {
      // A malformed id is a 400: for the officer it is the same "no such dossier".
      if (dossier.error.isNotFound || dossier.error.status === 400) return <DossierNotFound listPath={listPath} />;
      return (
        <QueryErrorAlert
          title={t('dossierDetail.loadFailed')}
          error={dossier.error}
          onRetry={() => void dossier.refetch()}
          retrying={dossier.isFetching}
        />
      );
    }
    const data = dossier.data;
    return (
      <Stack gap="lg">
        <DossierSummaryCard dossier={data} />
        {renderActions?.(data)}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="lg">
              <DossierPartiesCard dossier={data} />
              {data.result && <DossierResultCard result={data.result} />}
              <DossierDocumentsCard documents={data.documents} digitisation={data.digitisation} />
              {renderSideCards?.(data)}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="lg">
              {renderMainCards?.(data)}
              <DossierHistory events={data.events} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group>
        <Anchor component={Link} to={listPath} size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('dossierDetail.backToList')}
          </Group>
        </Anchor>
      </Group>
      {content()}
    </Stack>
  );
}
