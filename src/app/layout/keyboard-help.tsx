import { Kbd, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconBarcode } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../domain/roles.ts';

export interface KeyboardHelpProps {
  opened: boolean;
  onClose: () => void;
  role: Role;
}

type ShortcutKey = 'help' | 'palette' | 'search' | 'intake' | 'scan' | 'rowNext' | 'rowPrevious' | 'rowOpen' | 'nextDossier' | 'previousDossier' | 'submit' | 'close';

/** Each group's shortcuts: the keys (each a combination, shown as Kbd) and what they do. */
function groups(role: Role): { group: 'everywhere' | 'list' | 'dossier' | 'dialog'; shortcuts: { keys: string[][]; does: ShortcutKey }[] }[] {
  return [
    {
      group: 'everywhere',
      shortcuts: [
        { keys: [['?']], does: 'help' },
        { keys: [['Ctrl', 'K']], does: 'palette' },
        { keys: [['/']], does: 'search' },
        ...(role === 'desk_officer' ? [{ keys: [['F2']], does: 'intake' as const }] : []),
        { keys: [], does: 'scan' },
      ],
    },
    {
      group: 'list',
      shortcuts: [
        { keys: [['J'], ['↓']], does: 'rowNext' },
        { keys: [['K'], ['↑']], does: 'rowPrevious' },
        { keys: [['Enter']], does: 'rowOpen' },
      ],
    },
    {
      group: 'dossier',
      shortcuts: [
        { keys: [['J']], does: 'nextDossier' },
        { keys: [['K']], does: 'previousDossier' },
      ],
    },
    {
      group: 'dialog',
      shortcuts: [
        { keys: [['Ctrl', 'Enter']], does: 'submit' },
        { keys: [['Esc']], does: 'close' },
      ],
    },
  ];
}

/** The list of keyboard shortcuts (`?` anywhere), for the role. */
export function KeyboardHelp({ opened, onClose, role }: KeyboardHelpProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('shell.shortcuts.title')} size="lg" closeButtonProps={{ 'aria-label': t('shell.closeDialog') }}>
      <Stack gap="md">
        {groups(role).map(({ group, shortcuts }) => (
          <section key={group} aria-labelledby={`shortcuts-${group}`}>
            <Title order={3} size="h4" id={`shortcuts-${group}`} mb={4}>
              {t(`shell.shortcuts.groups.${group}`)}
            </Title>
            <Table verticalSpacing={4} highlightOnHover={false} withRowBorders={false}>
              <Table.Tbody>
                {shortcuts.map(({ keys, does }) => (
                  <Table.Tr key={does}>
                    <Table.Td w={150} style={{ whiteSpace: 'nowrap' }}>
                      {keys.length === 0 && <IconBarcode size={20} aria-hidden />}
                      {keys.map((combination, index) => (
                        <Fragment key={combination.join('+')}>
                          {index > 0 && ' / '}
                          {combination.map((key, position) => (
                            <Fragment key={key}>
                              {position > 0 && ' + '}
                              <Kbd size="sm">{key}</Kbd>
                            </Fragment>
                          ))}
                        </Fragment>
                      ))}
                    </Table.Td>
                    <Table.Td>{t(`shell.shortcuts.keys.${does}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        ))}
        <Text size="sm" c="dimmed">
          {t('shell.shortcuts.hint')}
        </Text>
      </Stack>
    </Modal>
  );
}
