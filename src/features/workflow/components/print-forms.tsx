import { Button, Group, Menu } from '@mantine/core';
import { IconChevronDown, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { printPaths } from '../../../lib/paths.ts';
import { issuedForms } from '../utils/printable-forms.ts';

export interface PrintFormsProps {
  dossier: DossierDetail;
}

/**
 * The official forms of this dossier, each opening its print view in a new tab (the page
 * stays where the officer was): the receipt and the control slip always in sight, the
 * forms issued by earlier steps (02–05) in a menu, newest first.
 */
export function PrintForms({ dossier }: PrintFormsProps) {
  const { t } = useTranslation();
  const forms = issuedForms(dossier);
  const receipt = forms.find((form) => form.kind === 'receipt');
  const others = forms.filter((form) => form.kind !== 'receipt');
  const linkProps = { component: 'a', target: '_blank', rel: 'noopener', variant: 'subtle', size: 'sm' } as const;
  return (
    <Group gap={4} wrap="wrap">
      {receipt && (
        <Button {...linkProps} href={receipt.href} leftSection={<IconPrinter size={18} aria-hidden />}>
          {t('workflow.print.receipt')}
        </Button>
      )}
      <Button {...linkProps} href={printPaths.controlSlip(dossier.id)} leftSection={<IconPrinter size={18} aria-hidden />}>
        {t('workflow.print.controlSlip')}
      </Button>
      {others.length > 0 && (
        <Menu>
          <Menu.Target>
            <Button variant="subtle" size="sm" rightSection={<IconChevronDown size={16} aria-hidden />}>
              {t('workflow.print.otherForms', { count: others.length })}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {others.map((form) => (
              <Menu.Item
                key={`${form.kind}-${form.event?.id ?? ''}`}
                component="a"
                href={form.href}
                target="_blank"
                rel="noopener"
                leftSection={<IconPrinter size={16} aria-hidden />}
              >
                {t(`workflow.print.${form.kind}`)}
                {form.event && ` · ${formatDateTime(form.event.at)}`}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
    </Group>
  );
}
