import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconRecycle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { rankReuseCandidates } from '../domain/digitisation.ts';
import type { ReusableDocument } from '../domain/schemas/person.ts';

export interface ReuseDocumentMenuProps {
  /** The checklist item to digitise: its name labels the button and ranks the offers. */
  itemName: string;
  /** The applicant's digitised papers of earlier dossiers (see `useReusableDocuments`). */
  documents: readonly ReusableDocument[];
  onPick: (document: ReusableDocument) => void;
  disabled?: boolean;
}

/**
 * "Dùng lại": the same person's digitised papers of earlier dossiers, papers of the same
 * kind first (`rankReuseCandidates`), each named with its dossier. Used by the intake
 * checklist and the dossier page; renders nothing when there is nothing to reuse.
 */
export function ReuseDocumentMenu({ itemName, documents, onPick, disabled }: ReuseDocumentMenuProps) {
  const { t } = useTranslation();
  if (documents.length === 0) return null;
  const { sameKind, others } = rankReuseCandidates(documents, itemName);
  const item = (document: ReusableDocument) => (
    <Menu.Item key={document.documentId} onClick={() => onPick(document)}>
      {t('people.reuse.item', { name: document.name, code: document.dossierCode })}
    </Menu.Item>
  );
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          size="compact-xs"
          variant="subtle"
          color="teal"
          disabled={disabled}
          leftSection={<IconRecycle size={14} aria-hidden />}
          rightSection={<IconChevronDown size={12} aria-hidden />}
          aria-label={t('people.reuse.label', { name: itemName })}
        >
          {t('people.reuse.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {sameKind.length > 0 && <Menu.Label>{t('people.reuse.sameKind')}</Menu.Label>}
        {sameKind.map(item)}
        {others.length > 0 && <Menu.Label>{t('people.reuse.others')}</Menu.Label>}
        {others.map(item)}
      </Menu.Dropdown>
    </Menu>
  );
}
