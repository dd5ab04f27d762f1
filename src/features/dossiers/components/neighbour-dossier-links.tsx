import { Anchor, Group, Kbd } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isOverlayOpen } from '../../../lib/overlay.ts';
import { dossierPath } from '../../../lib/paths.ts';
import { useNeighbourDossiers } from '../hooks/use-neighbour-dossiers.ts';
import type { DossierLocationState } from '../utils/dossier-location-state.ts';

export interface NeighbourDossierLinksProps {
  dossierId: string;
  /** The list the dossier was opened from (`?queue=…`): its order is followed. */
  listSearch: string;
}

/**
 * "Previous" and "next" dossier of the list the officer came from, also on K and J: after a
 * step, the next dossier of the queue is one key away.
 */
export function NeighbourDossierLinks({ dossierId, listSearch }: NeighbourDossierLinksProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { previous, next } = useNeighbourDossiers(dossierId, listSearch);
  const state: DossierLocationState = { listSearch };
  const go = (dossier: { id: string } | undefined) => () => {
    if (dossier && !isOverlayOpen()) void navigate(dossierPath(dossier.id), { state });
  };
  useHotkeys([
    ['j', go(next)],
    ['k', go(previous)],
  ]);
  if (!previous && !next) return null;
  return (
    <Group gap="md" component="nav" aria-label={t('shell.nextDossier.navigation')}>
      {previous && (
        <Anchor component={Link} to={dossierPath(previous.id)} state={state} size="sm" aria-keyshortcuts="k" title={t('shell.nextDossier.previousLabel', { code: previous.code })}>
          <Group gap={4} component="span" wrap="nowrap">
            <IconChevronLeft size={16} aria-hidden />
            {t('shell.nextDossier.previous')}
            <Kbd size="xs" aria-hidden>
              K
            </Kbd>
          </Group>
        </Anchor>
      )}
      {next && (
        <Anchor component={Link} to={dossierPath(next.id)} state={state} size="sm" aria-keyshortcuts="j" title={t('shell.nextDossier.nextLabel', { code: next.code })}>
          <Group gap={4} component="span" wrap="nowrap">
            {t('shell.nextDossier.next')}
            <Kbd size="xs" aria-hidden>
              J
            </Kbd>
            <IconChevronRight size={16} aria-hidden />
          </Group>
        </Anchor>
      )}
    </Group>
  );
}
