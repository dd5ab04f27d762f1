import { Button, Card, Chip, Group, NavLink, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { WrappingBadge } from '../../../../components/wrapping-badge.tsx';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  defaultNotificationTexts,
  notificationPlaceholders,
  notificationTemplates,
  renderNotification,
  samplePlaceholderValues,
  type NotificationTemplate,
} from '../../../../domain/notifications.ts';
import { NotificationTextsSchema } from '../../../../domain/schemas/settings.ts';
import { useZodForm } from '../../../../lib/form.ts';
import { settingsSaves, useSaveSettings } from '../../api/settings.ts';
import { useAdminSave } from '../../hooks/use-admin-save.ts';
import type { SectionProps } from './identity-section.tsx';
import { SectionForm } from './section-form.tsx';

const TextsForm = z.object({ value: NotificationTextsSchema });
type Texts = Record<NotificationTemplate, { subject: string; body: string }>;

/** Every message's text in full: the administrator's where there is one, the shipped one elsewhere. */
function fullTexts(overrides: Partial<Texts>): Texts {
  return Object.fromEntries(notificationTemplates.map((template) => [template, { ...(overrides[template] ?? defaultNotificationTexts[template]) }])) as Texts;
}

/** Only the texts that differ from the shipped ones are saved. */
function overridesOf(texts: Partial<Texts>): Partial<Texts> {
  return Object.fromEntries(
    notificationTemplates.flatMap((template) => {
      const text = texts[template];
      const shipped = defaultNotificationTexts[template];
      return text && (text.subject !== shipped.subject || text.body !== shipped.body) ? [[template, text]] : [];
    }),
  );
}

/** The SMS and e-mail texts sent to applicants, with their placeholders and a preview. */
export function TemplatesSection({ settings, onReload }: SectionProps) {
  const { t } = useTranslation();
  const save = useSaveSettings(settingsSaves.notificationTexts);
  const form = useZodForm(TextsForm, { defaultValues: { value: fullTexts(settings.notificationTexts.value) } });
  const { stale, run } = useAdminSave(form, onReload);
  const { errors, isSubmitting } = form.formState;
  const [selected, setSelected] = useState<NotificationTemplate>('received');
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const texts = form.watch('value');
  const current = texts[selected] ?? defaultNotificationTexts[selected];
  const shipped = defaultNotificationTexts[selected];
  const edited = current.subject !== shipped.subject || current.body !== shipped.body;
  const sms = renderNotification(selected, 'sms', samplePlaceholderValues, { [selected]: current });
  const email = renderNotification(selected, 'email', samplePlaceholderValues, { [selected]: current });
  const fieldErrors = errors.value?.[selected];

  const submit = form.handleSubmit(async ({ value }) => {
    const saved = await run(() => save.mutateAsync({ value: overridesOf(value), version: settings.notificationTexts.version }));
    if (saved) notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t('admin.settings.saved') });
  });

  function insert(name: string) {
    const area = bodyRef.current;
    const token = `{${name}}`;
    const body = current.body;
    const start = area?.selectionStart ?? body.length;
    const end = area?.selectionEnd ?? body.length;
    form.setValue(`value.${selected}.body`, body.slice(0, start) + token + body.slice(end), { shouldDirty: true, shouldValidate: true });
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  return (
    <SectionForm onSubmit={(event) => void submit(event)} pending={isSubmitting} stale={stale} rootError={errors.root?.server?.message}>
      <Text size="sm" c="dimmed">
        {t('admin.settings.templates.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <Stack gap={2} component="nav" aria-label={t('admin.settings.templates.list')}>
          {notificationTemplates.map((template) => {
            const text = texts[template];
            const custom = text && (text.subject !== defaultNotificationTexts[template].subject || text.body !== defaultNotificationTexts[template].body);
            const invalid = errors.value?.[template] !== undefined;
            return (
              <NavLink
                key={template}
                component="button"
                type="button"
                label={t(`admin.settings.templates.names.${template}`)}
                active={template === selected}
                aria-current={template === selected ? 'true' : undefined}
                onClick={() => setSelected(template)}
                rightSection={
                  invalid ? (
                    <WrappingBadge size="xs" color="red">
                      !
                    </WrappingBadge>
                  ) : custom ? (
                    <WrappingBadge size="xs" variant="light">
                      {t('admin.settings.templates.custom')}
                    </WrappingBadge>
                  ) : null
                }
              />
            );
          })}
        </Stack>
        <Stack gap="sm" style={{ gridColumn: 'span 2' }}>
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t(`admin.settings.templates.names.${selected}`)}
            </Title>
            <Button
              variant="subtle"
              size="xs"
              disabled={!edited}
              onClick={() => form.setValue(`value.${selected}`, { ...shipped }, { shouldDirty: true, shouldValidate: true })}
            >
              {t('admin.settings.templates.restore')}
            </Button>
          </Group>
          <TextInput key={`${selected}-subject`} label={t('admin.settings.templates.subject')} error={fieldErrors?.subject?.message} {...form.register(`value.${selected}.subject`)} />
          <Textarea
            key={`${selected}-body`}
            label={t('admin.settings.templates.body')}
            autosize
            minRows={4}
            error={fieldErrors?.body?.message}
            {...form.register(`value.${selected}.body`)}
            ref={(element) => {
              form.register(`value.${selected}.body`).ref(element);
              bodyRef.current = element;
            }}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="template-placeholders">
              {t('admin.settings.templates.placeholders')}
            </Text>
            <Group gap={6} role="toolbar" aria-labelledby="template-placeholders">
              {notificationPlaceholders[selected].map((name) => (
                <Chip
                  key={name}
                  checked={false}
                  size="xs"
                  variant="outline"
                  onClick={() => insert(name)}
                  aria-label={t('admin.settings.templates.insert', { name: t(`admin.settings.templates.placeholderNames.${name}`) })}
                >
                  {`{${name}}`} · {t(`admin.settings.templates.placeholderNames.${name}`)}
                </Chip>
              ))}
            </Group>
          </Stack>
          <Title order={3} size="h5" mt="sm">
            {t('admin.settings.templates.preview')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Card withBorder padding="sm" aria-label={t('admin.settings.templates.sms')}>
              <Text size="xs" c="dimmed" mb={4}>
                {t('admin.settings.templates.sms')}
              </Text>
              <Text size="sm" data-testid="template-preview-sms">
                {sms.body}
              </Text>
            </Card>
            <Card withBorder padding="sm" aria-label={t('admin.settings.templates.email')}>
              <Text size="xs" c="dimmed" mb={4}>
                {t('admin.settings.templates.email')}
              </Text>
              <Text size="sm" fw={600}>
                {email.subject}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {email.body}
              </Text>
            </Card>
          </SimpleGrid>
        </Stack>
      </SimpleGrid>
    </SectionForm>
  );
}
