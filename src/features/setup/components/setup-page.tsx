import { Alert, Anchor, Button, Center, Fieldset, Group, List, Paper, PasswordInput, SimpleGrid, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconBuildingCommunity, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CentreIdentityFields, SignerFields, type IdentityFieldOptions } from '../../../components/centre-identity-fields.tsx';
import { Link, Navigate } from 'react-router';
import { SetupForm } from '../../../domain/schemas/setup.ts';
import { applyApiError, useZodForm } from '../../../lib/form.ts';
import { routePatterns } from '../../../lib/paths.ts';
import { useSetupStatus } from '../../../lib/setup-status.ts';
import { useCompleteSetup } from '../api/complete-setup.ts';

const emptyIdentity = {
  centreName: '',
  centreShortName: 'Trung tâm PVHCC',
  unitCode: '',
  address: '',
  phone: '',
  publicAddress: '',
  province: '',
  communeName: '',
  peoplesCommittee: '',
  place: '',
  signerName: '',
  signerTitle: '',
};

/** /thiet-lap: the first run of an installation without demo data. */
export function SetupPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('admin.setup.title')} · ${t('app.documentTitle')}`);
  const status = useSetupStatus();
  const complete = useCompleteSetup();
  const [done, setDone] = useState(false);
  const form = useZodForm(SetupForm, {
    defaultValues: { setupCode: '', identity: emptyIdentity, admin: { username: 'admin', fullName: '', password: '', confirmPassword: '' } },
  });
  const { errors, isSubmitting } = form.formState;

  if (done) return <Done />;
  // Set up already (another browser, a reload after finishing): the login page.
  if (status.data && !status.data.needed) return <Navigate to={routePatterns.login} replace />;

  const submit = form.handleSubmit(async ({ admin, ...rest }) => {
    try {
      await complete.mutateAsync({ ...rest, admin: { username: admin.username, fullName: admin.fullName, password: admin.password } });
      setDone(true);
    } catch (error) {
      applyApiError(form, error);
    }
  });
  const text = (name: keyof typeof emptyIdentity, label: string, options: IdentityFieldOptions = {}) => (
    <TextInput
      label={label}
      required={options.required}
      description={options.description}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      error={errors.identity?.[name]?.message}
      {...form.register(`identity.${name}`)}
    />
  );

  return (
    <Center component="main" mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={860}>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="lg">
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon size={44} radius="md" aria-hidden>
                <IconBuildingCommunity size={26} />
              </ThemeIcon>
              <div>
                <Title order={1} size="h2">
                  {t('admin.setup.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('app.productName')}
                </Text>
              </div>
            </Group>
            <Text size="sm">{t('admin.setup.intro')}</Text>
            {status.data?.codeRequired !== false && (
              <TextInput
                label={t('admin.setup.code')}
                description={t('admin.setup.codeHint')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                required
                autoComplete="off"
                error={errors.setupCode?.message}
                maw={320}
                data-autofocus
                {...form.register('setupCode')}
              />
            )}
            <CentreIdentityFields field={text} letterheadEnd={<SignerFields field={text} />} />
            <Fieldset legend={t('admin.setup.admin')}>
              <Stack gap="sm">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <TextInput label={t('admin.setup.username')} required autoComplete="username" error={errors.admin?.username?.message} {...form.register('admin.username')} />
                  <TextInput label={t('admin.setup.fullName')} required autoComplete="name" error={errors.admin?.fullName?.message} {...form.register('admin.fullName')} />
                </SimpleGrid>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <PasswordInput
                    label={t('admin.setup.password')}
                    description={t('admin.setup.passwordHint')}
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    required
                    autoComplete="new-password"
                    error={errors.admin?.password?.message}
                    {...form.register('admin.password')}
                  />
                  <PasswordInput
                    label={t('admin.setup.confirmPassword')}
                    required
                    autoComplete="new-password"
                    error={errors.admin?.confirmPassword?.message}
                    {...form.register('admin.confirmPassword')}
                  />
                </SimpleGrid>
              </Stack>
            </Fieldset>
            {errors.root?.server?.message && (
              <Alert color="red" role="alert">
                {errors.root.server.message}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button type="submit" size="md" loading={isSubmitting}>
                {t('admin.setup.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

/** What to do once the installation has its administrator: the catalogue, the departments, the staff. */
function Done() {
  const { t } = useTranslation();
  return (
    <Center component="main" mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={640}>
        <Stack gap="md">
          <Group gap="sm">
            <ThemeIcon color="teal" size={40} radius="xl" aria-hidden>
              <IconCircleCheck size={24} />
            </ThemeIcon>
            <Title order={1} size="h2">
              {t('admin.setup.doneTitle')}
            </Title>
          </Group>
          <Text size="sm">{t('admin.setup.doneBody')}</Text>
          <List type="ordered" spacing="xs">
            <List.Item>
              <Anchor component={Link} to={routePatterns.adminUnits}>
                {t('admin.setup.nextUnits')}
              </Anchor>
            </List.Item>
            <List.Item>
              <Anchor component={Link} to={routePatterns.adminProcedureImport}>
                {t('admin.setup.nextImport')}
              </Anchor>
            </List.Item>
            <List.Item>
              <Anchor component={Link} to={routePatterns.adminUsers}>
                {t('admin.setup.nextUsers')}
              </Anchor>
            </List.Item>
            <List.Item>
              <Anchor component={Link} to={routePatterns.adminCalendar}>
                {t('admin.setup.nextCalendar')}
              </Anchor>
            </List.Item>
          </List>
          <Text size="sm" c="dimmed">
            {t('admin.setup.nextNote')}
          </Text>
          <Group justify="flex-end">
            <Button component={Link} to={routePatterns.adminProcedureImport}>
              {t('admin.setup.nextImport')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}
