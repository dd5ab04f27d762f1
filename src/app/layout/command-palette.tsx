import '@mantine/spotlight/styles.css';
import { Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { useQuery } from '@tanstack/react-query';
import { IconArrowRight, IconFileText, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { StatusBadge } from '../../components/status-badge.tsx';
import { dossierCodePattern } from '../../domain/dossier-code.ts';
import { queuesByRole } from '../../domain/queues.ts';
import { reportsOf } from '../../domain/reports.ts';
import type { CurrentUser } from '../../domain/schemas/auth.ts';
import { dossierListQueryOptions } from '../../features/dossiers/api/get-dossiers.ts';
import { defaultListFilters } from '../../features/dossiers/utils/dossier-list-search.ts';
import { foldedMatcher } from '../../lib/folded-filter.ts';
import type { PageCommand } from '../../lib/page-commands.ts';
import { dossierListPath, dossierPath, routePatterns } from '../../lib/paths.ts';

export interface CommandPaletteProps {
  /** Shown or not; the frame owns the state (and the Ctrl+K shortcut), so this module loads only when first wanted. */
  opened: boolean;
  onClose: () => void;
  user: CurrentUser;
  /** What the current page offers (the steps on the open dossier). */
  pageCommands: readonly PageCommand[];
  /** Opens the dossier with this (well-formed) code, as a scan would. */
  onOpenCode: (code: string) => void;
}

/** Dossiers are searched once this much is typed (a code, part of a name, an ID number). */
const minimumSearch = 2;
const shownDossiers = 6;

/**
 * Ctrl+K (⌘K): go to any of the role's screens and queues, open a dossier by code or name
 * (the list's own search), or take a step on the dossier on screen — all by typing, without
 * diacritics if preferred, then Enter.
 */
export function CommandPalette({ opened, onClose, user, pageCommands, onOpenCode }: CommandPaletteProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  useEffect(() => (opened ? spotlight.open() : spotlight.close()), [opened]);
  const [search] = useDebouncedValue(query.trim(), 250);
  const matches = foldedMatcher(query);
  const searched = search.length >= minimumSearch;
  // The list's own search and cache: what the palette finds is what the list would show.
  const dossiers = useQuery({ ...dossierListQueryOptions({ ...defaultListFilters, q: search }), enabled: searched });

  const places = [
    ...(user.role === 'desk_officer' ? [{ id: 'intake', label: t('shell.intakeLink.label'), to: routePatterns.intake }] : []),
    { id: 'dossiers', label: t('nav.allDossiers'), to: dossierListPath() },
    ...reportsOf(user.role).map((report) => ({ id: report, label: t(`shell.reportLinks.${report}`), to: routePatterns[report] })),
    ...queuesByRole[user.role].map((queue) => ({ id: `queue-${queue}`, label: t(`search.queue.${queue}`), to: dossierListPath({ queue }) })),
  ].filter((place) => matches(place.label));
  const commands = pageCommands.filter((command) => matches(command.label));
  // A whole code (typed or pasted) is offered at once, so Enter opens it without waiting for the search.
  const code = query.trim().toUpperCase();
  const byCode = dossierCodePattern.test(code) ? code : null;
  const found = (searched && dossiers.data && !dossiers.isPlaceholderData ? dossiers.data.items : [])
    .filter((dossier) => dossier.code !== byCode)
    .slice(0, shownDossiers);
  const nothing = commands.length === 0 && places.length === 0 && found.length === 0 && !byCode;

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut={null}
      onSpotlightClose={onClose}
      scrollable
      maxHeight={480}
      // A dialog without a title: named for screen readers.
      attributes={{ content: { 'aria-label': t('shell.palette.label') } }}
    >
      <Spotlight.Search
        placeholder={t('shell.palette.placeholder')}
        aria-label={t('shell.palette.label')}
        leftSection={<IconSearch size={18} aria-hidden />}
      />
      <Spotlight.ActionsList aria-label={t('shell.palette.label')}>
        {commands.length > 0 && (
          <Spotlight.ActionsGroup label={t('shell.palette.groups.actions')}>
            {commands.map((command) => (
              <Spotlight.Action
                key={command.id}
                label={command.label}
                c={command.danger ? 'red' : undefined}
                leftSection={<IconArrowRight size={18} aria-hidden />}
                onClick={command.run}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {places.length > 0 && (
          <Spotlight.ActionsGroup label={t('shell.palette.groups.navigation')}>
            {places.map((place) => (
              <Spotlight.Action key={place.id} label={place.label} onClick={() => void navigate(place.to)} />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {(byCode || found.length > 0) && (
          <Spotlight.ActionsGroup label={t('shell.palette.groups.dossiers')}>
            {byCode && (
              <Spotlight.Action
                label={t('shell.palette.openDossier', { code: byCode })}
                leftSection={<IconFileText size={18} aria-hidden />}
                onClick={() => onOpenCode(byCode)}
              />
            )}
            {found.map((dossier) => (
              <Spotlight.Action
                key={dossier.id}
                leftSection={<IconFileText size={18} aria-hidden />}
                onClick={() => void navigate(dossierPath(dossier.id))}
              >
                <Group justify="space-between" wrap="nowrap" w="100%" gap="sm">
                  <div>
                    <Text size="sm" ff="monospace" fw={600}>
                      {t('shell.palette.openDossier', { code: dossier.code })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {dossier.applicantName} · {dossier.procedureName}
                    </Text>
                  </div>
                  <StatusBadge status={dossier.status} size="sm" />
                </Group>
              </Spotlight.Action>
            ))}
          </Spotlight.ActionsGroup>
        )}
        {searched && dossiers.isFetching && found.length === 0 && <Spotlight.Empty>{t('shell.palette.searching')}</Spotlight.Empty>}
        {nothing && !(searched && dossiers.isFetching) && (
          <Spotlight.Empty>{dossiers.isError ? t('shell.palette.searchFailed') : t('shell.palette.nothingFound')}</Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
