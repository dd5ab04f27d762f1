import { Button, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierListItem } from '../../../domain/schemas/dossier.ts';

export interface BulkDossierCodesProps {
  dossiers: readonly DossierListItem[];
  /** Each line can be opened to show this (rendered, and so loaded, only once opened). */
  renderDetails?: (dossier: DossierListItem) => ReactNode;
}

interface LineProps {
  dossier: DossierListItem;
  renderDetails?: (dossier: DossierListItem) => ReactNode;
}

function Line({ dossier, renderDetails }: LineProps) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const detailsId = useId();
  return (
    <li>
      <Text size="sm">
        <Text span size="sm" ff="monospace" fw={600}>
          {dossier.code}
        </Text>{' '}
        <Text span size="sm" c="dimmed">
          {dossier.applicantName}
        </Text>
      </Text>
      {renderDetails && (
        <>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={opened ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
            aria-expanded={opened}
            aria-controls={detailsId}
            onClick={toggle}
          >
            {t('workflow.draft.show')}
          </Button>
          <div id={detailsId} hidden={!opened}>
            {opened && (
              <Stack pl="lg" py={4}>
                {renderDetails(dossier)}
              </Stack>
            )}
          </div>
        </>
      )}
    </li>
  );
}

/** The dossiers a bulk action will change, so the confirmation names them; each can be opened for details. */
export function BulkDossierCodes({ dossiers, renderDetails }: BulkDossierCodesProps) {
  const { t } = useTranslation();
  const heading = t('workflow.bulk.dossiers', { count: dossiers.length });
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {heading}
      </Text>
      {/* Scrolls when long: focusable, so the keyboard can scroll it too. */}
      <ScrollArea.Autosize mah={renderDetails ? 320 : 180} type="auto" viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': heading }}>
        <Stack component="ul" gap={4} m={0} pl="md">
          {dossiers.map((dossier) => (
            <Line key={dossier.id} dossier={dossier} renderDetails={renderDetails} />
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </div>
  );
}
