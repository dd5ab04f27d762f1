import { Card, Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SignerTitleHint } from '../../../../components/signer-title-hint.tsx';
import { CentreIdentitySchema, type AdminSettings } from '../../../../domain/schemas/settings.ts';
import { useZodForm } from '../../../../lib/form.ts';
import { settingsSaves, useSaveSettings } from '../../api/settings.ts';
import { useAdminSave } from '../../hooks/use-admin-save.ts';
import { SectionForm } from './section-form.tsx';
import { issuingBody, upper } from '../../../../domain/official-texts/letterhead.ts';

export interface SectionProps {
  settings: AdminSettings;
  onReload: () => void;
}

/** The centre's identity on every form: the centre unit, the letterhead, who signs for the committee. */
export function IdentitySection({ settings, onReload }: SectionProps) {
  const { t } = useTranslation();
  // The letterhead is an official text: Vietnamese whatever the screen's language.
  const sheet = useTranslation(undefined, { lng: 'vi' }).t;
  const save = useSaveSettings(settingsSaves.identity, { refreshAll: true });
  const form = useZodForm(CentreIdentitySchema, { defaultValues: settings.identity.value });
  const { stale, run } = useAdminSave(form, onReload);
  const { errors, isSubmitting } = form.formState;
  const watched = form.watch();
  const submit = form.handleSubmit(async (values) => {
    const saved = await run(() => save.mutateAsync({ ...values, version: settings.identity.version, unitVersion: settings.identity.unitVersion }));
    if (saved) notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t('admin.settings.saved') });
  });
  const field = (name: keyof typeof watched, label: string, options: { required?: boolean; description?: ReactNode } = {}) => (
    <TextInput
      label={label}
      required={options.required}
      description={options.description}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      error={errors[name]?.message}
      {...form.register(name)}
    />
  );

  return (
    <SectionForm onSubmit={(event) => void submit(event)} pending={isSubmitting} stale={stale} rootError={errors.root?.server?.message}>
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
            {field('place', t('admin.settings.identity.place'), { required: true, description: t('admin.settings.identity.placeHint') })}
          </SimpleGrid>
          <Card withBorder padding="md" aria-label={t('admin.settings.identity.preview')}>
            <Text size="xs" c="dimmed" mb={6}>
              {t('admin.settings.identity.preview')}
            </Text>
            <SimpleGrid cols={2} spacing="md" style={{ fontFamily: '"Times New Roman", serif' }} lang="vi">
              <div style={{ textAlign: 'center' }}>
                <Text size="sm">{upper(watched.peoplesCommittee)}</Text>
                <Text size="sm" fw={700}>
                  {issuingBody(watched)}
                </Text>
              </div>
              <div style={{ textAlign: 'center' }}>
                <Text size="sm" fw={700}>
                  {sheet('print.sheet.nation')}
                </Text>
                <Text size="sm" fw={700}>
                  {sheet('print.sheet.motto')}
                </Text>
                <Text size="sm" fs="italic">
                  {sheet('print.sheet.placeDate', { place: watched.place, day: '…', month: '…', year: '…' })}
                </Text>
              </div>
            </SimpleGrid>
          </Card>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('admin.settings.identity.signer')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {field('signerTitle', t('admin.settings.identity.signerTitle'), { description: <SignerTitleHint /> })}
          {field('signerName', t('admin.settings.identity.signerName'))}
        </SimpleGrid>
      </Fieldset>
    </SectionForm>
  );
}
