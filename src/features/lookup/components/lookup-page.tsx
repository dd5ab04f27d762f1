import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PublicLookupRequest, type PublicDossier } from '../../../domain/schemas/public-lookup.ts';
import { applyApiError, useZodForm } from '../../../lib/form.ts';
import { useLookupDossier } from '../api/lookup-dossier.ts';
import { LookupResult } from './lookup-result.tsx';
import classes from './lookup.module.css';

/**
 * /tra-cuu — the public lookup, no account: the code on the receipt (filled in when the
 * receipt's QR code opened the page, `?ma=`) and the last 4 digits of the phone or ID
 * number. Phone first: one column, big touch targets, numeric keypad for the digits.
 */
export function LookupPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('public.lookup.documentTitle')} · ${t('app.documentTitle')}`);
  const [params] = useSearchParams();
  const codeFromQr = params.get('ma')?.trim() ?? '';
  const [editCode, setEditCode] = useState(codeFromQr === '');
  const [found, setFound] = useState<{ dossier: PublicDossier; request: PublicLookupRequest } | null>(null);
  const lookup = useLookupDossier();
  const form = useZodForm(PublicLookupRequest, { defaultValues: { code: codeFromQr, digits: '' } });
  const { errors, isSubmitting } = form.formState;
  // Opened from the receipt's QR code: the digits are all that is left to type.
  useEffect(() => {
    if (codeFromQr) form.setFocus('digits');
  }, [codeFromQr, form]);

  const submit = form.handleSubmit(async (request) => {
    try {
      setFound({ dossier: await lookup.mutateAsync(request), request });
    } catch (error) {
      applyApiError(form, error);
    }
  });

  function another() {
    setFound(null);
    setEditCode(true);
    form.reset({ code: '', digits: '' });
  }

  return (
    <main className={classes.page}>
      <Stack gap="md" className={classes.column}>
        <div>
          <Title order={1} size="h2">
            {t('public.lookup.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('public.lookup.subtitle')}
          </Text>
        </div>
        {found ? (
          <LookupResult
            dossier={found.dossier}
            request={found.request}
            onChange={(dossier) => setFound({ dossier, request: found.request })}
            onAnother={another}
          />
        ) : (
          <Paper withBorder radius="md" p="md" component="section" aria-label={t('public.lookup.title')}>
            <form onSubmit={(event) => void submit(event)} noValidate>
              <Stack gap="md">
                {editCode ? (
                  <TextInput
                    label={t('public.lookup.code')}
                    description={t('public.lookup.codeHint')}
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    required
                    size="md"
                    autoCapitalize="characters"
                    autoComplete="off"
                    spellCheck={false}
                    error={errors.code?.message}
                    {...form.register('code')}
                  />
                ) : (
                  <div>
                    <Text size="sm" c="dimmed">
                      {t('public.lookup.code')}
                    </Text>
                    <Text fw={700} size="lg" className={classes.code}>
                      {codeFromQr}
                    </Text>
                    <Button variant="subtle" size="compact-sm" px={0} onClick={() => setEditCode(true)}>
                      {t('public.lookup.changeCode')}
                    </Button>
                  </div>
                )}
                <TextInput
                  label={t('public.lookup.digits')}
                  description={t('public.lookup.digitsHint')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  required
                  size="md"
                  inputMode="numeric"
                  pattern="[0-9]*"
                  maxLength={4}
                  autoComplete="off"
                  error={errors.digits?.message}
                  {...form.register('digits')}
                />
                {errors.root?.server?.message && (
                  <Alert color="red" title={t('public.lookup.failed')} role="alert">
                    {errors.root.server.message}
                  </Alert>
                )}
                <Button type="submit" size="md" fullWidth loading={isSubmitting} leftSection={<IconSearch size={18} aria-hidden />}>
                  {t('public.lookup.submit')}
                </Button>
              </Stack>
            </form>
          </Paper>
        )}
      </Stack>
    </main>
  );
}
