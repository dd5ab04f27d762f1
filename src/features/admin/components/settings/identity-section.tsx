import { Card, Fieldset, SimpleGrid, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CentreIdentityFields, SignerFields, type IdentityFieldOptions } from '../../../../components/centre-identity-fields.tsx';
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
  const field = (name: keyof typeof watched, label: string, options: IdentityFieldOptions = {}) => (
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
      <CentreIdentityFields
        field={field}
        letterheadEnd={
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
        }
      />
      <Fieldset legend={t('admin.settings.identity.signer')}>
        <SignerFields field={field} />
      </Fieldset>
    </SectionForm>
  );
}
