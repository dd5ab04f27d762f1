import { Fieldset, SimpleGrid, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CentreIdentity } from '../domain/schemas/settings.ts';
import { officialExamples } from '../domain/official-texts/letterhead.ts';

export interface IdentityFieldOptions {
  required?: boolean;
  description?: ReactNode;
}

export interface CentreIdentityFieldsProps {
  /** Draws one text field of the identity, wired to the caller's form. */
  field: (name: keyof CentreIdentity, label: string, options?: IdentityFieldOptions) => ReactNode;
  /** At the end of the letterhead's part (the settings page shows the letterhead there). */
  letterheadEnd?: ReactNode;
}

/** A field's hint whose example is an official text: marked Vietnamese, as the forms print it. */
function OfficialHint({ hint, example }: { hint: string; example: string }) {
  return (
    <>
      {hint} <span lang="vi">{example}</span>
    </>
  );
}

/**
 * The centre's identity as the forms print it: the centre (name, code, address) and the
 * letterhead (province, commune, committee, place). The first-run setup and the settings
 * page ask for it with the same fields; each wires them to its own form.
 */
export function CentreIdentityFields({ field, letterheadEnd }: CentreIdentityFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Fieldset legend={t('admin.settings.identity.centre')}>
        <Stack gap="sm">
          {field('centreName', t('admin.settings.identity.centreName'), { required: true })}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {field('centreShortName', t('admin.settings.identity.centreShortName'), { required: true })}
            {field('unitCode', t('admin.settings.identity.unitCode'), { required: true, description: t('admin.settings.identity.unitCodeHint') })}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {field('address', t('admin.settings.identity.address'))}
            {field('phone', t('admin.settings.identity.phone'))}
          </SimpleGrid>
          {field('publicAddress', t('admin.settings.identity.publicAddress'), { description: t('admin.settings.identity.publicAddressHint') })}
        </Stack>
      </Fieldset>
      <Fieldset legend={t('admin.settings.identity.letterhead')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {field('province', t('admin.settings.identity.province'), { required: true })}
            {field('communeName', t('admin.settings.identity.communeName'), { required: true })}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {field('peoplesCommittee', t('admin.settings.identity.peoplesCommittee'), { required: true })}
            {field('place', t('admin.settings.identity.place'), { required: true, description: <OfficialHint hint={t('admin.settings.identity.placeHint')} example={officialExamples.placeDate} /> })}
          </SimpleGrid>
          {letterheadEnd}
        </Stack>
      </Fieldset>
    </>
  );
}

/** Who signs for the committee: the title as the forms print it, and the name. */
export function SignerFields({ field }: Pick<CentreIdentityFieldsProps, 'field'>) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {field('signerTitle', t('admin.settings.identity.signerTitle'), { description: <OfficialHint hint={t('admin.settings.identity.signerTitleHint')} example={officialExamples.signerTitle} /> })}
      {field('signerName', t('admin.settings.identity.signerName'))}
    </SimpleGrid>
  );
}
