import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser, LoginRequest } from '../../../domain/schemas/auth.ts';
import { translateMessage, type ReceivedMessage } from '../../../i18n/translate-message.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useLogin } from '../api/login.ts';

export interface LoginFormProps {
  onLoggedIn: (user: CurrentUser) => void;
}

type Field = keyof LoginRequest;
const fields: readonly Field[] = ['username', 'password'];

/** What the form shows: a message per field and one for the form, kept as codes so they follow a language switch. */
type Shown = Partial<Record<Field | 'form', ReceivedMessage>>;

/**
 * Checks the two fields with the API's own LoginRequest schema. zod's schemas (about
 * 22 kB) arrive with the first check (leaving a field, or submitting), not with the page.
 */
async function check(values: LoginRequest): Promise<Shown> {
  const [{ LoginRequest }, { issueMessage }] = await Promise.all([
    import('../../../domain/schemas/auth.ts'),
    import('../../../domain/schemas/zod-messages.ts'),
  ]);
  const result = LoginRequest.safeParse(values);
  const shown: Shown = {};
  for (const issue of result.error?.issues ?? []) {
    const field = fields.find((name) => name === issue.path[0]);
    if (field && !shown[field]) shown[field] = issueMessage(issue);
  }
  return shown;
}

/** The API's answer to a failed login: beside the fields it names, else above the button. */
function fromApiError(error: unknown): Shown {
  if (!isApiError(error)) return { form: { code: 'internal_error' } };
  const shown: Shown = {};
  for (const field of fields) if (error.fields[field]) shown[field] = error.fields[field];
  return Object.keys(shown).length > 0 && Object.keys(error.fields).every((path) => fields.some((field) => field === path))
    ? shown
    : { ...shown, form: error.detail };
}

/**
 * Username and password, validated by the API's own LoginRequest schema. The one form that
 * does not use the form helper (`src/lib/form.ts`): react-hook-form is 16 kB of the login
 * page's 180 kB budget, and two fields need no more than this. Like the helper, a field is
 * checked when it is first left and then as it changes, and the first field at fault takes
 * the focus.
 */
export function LoginForm({ onLoggedIn }: LoginFormProps) {
  const { t } = useTranslation();
  const login = useLogin();
  const [passwordVisible, { toggle: togglePassword }] = useDisclosure(false);
  const [shown, setShown] = useState<Shown>({});
  const touched = useRef(new Set<Field>());
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});

  const values = (): LoginRequest => ({ username: inputs.current.username?.value ?? '', password: inputs.current.password?.value ?? '' });
  const message = (field: Field | 'form') => {
    const received = shown[field];
    return received && translateMessage(received);
  };

  async function recheck(field: Field) {
    if (!touched.current.has(field)) return;
    const found = await check(values());
    setShown((current) => ({ ...current, [field]: found[field], form: undefined }));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    for (const field of fields) touched.current.add(field);
    const credentials = values();
    const found = await check(credentials);
    setShown(found);
    const invalid = fields.find((field) => found[field]);
    if (invalid) {
      inputs.current[invalid]?.focus();
      return;
    }
    login.mutate(credentials, {
      onSuccess: onLoggedIn,
      onError: (error) => {
        const failed = fromApiError(error);
        setShown(failed);
        const field = fields.find((name) => failed[name]);
        if (field) inputs.current[field]?.focus();
      },
    });
  }

  const fieldProps = (field: Field) => ({
    name: field,
    ref: (input: HTMLInputElement | null) => void (inputs.current[field] = input),
    error: message(field),
    onBlur: () => {
      touched.current.add(field);
      void recheck(field);
    },
    onChange: () => void recheck(field),
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('auth.username')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          size="md"
          required
          // The page has one job and this is its first field: start typing at once.
          // oxlint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          {...fieldProps('username')}
        />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          size="md"
          required
          visible={passwordVisible}
          onVisibilityChange={togglePassword}
          visibilityToggleButtonProps={{ 'aria-label': passwordVisible ? t('auth.hidePassword') : t('auth.showPassword') }}
          // Mantine 9's PasswordInput marks its inner input only with data-invalid.
          aria-invalid={shown.password ? true : undefined}
          {...fieldProps('password')}
        />
        {shown.form && (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {message('form')}
          </Alert>
        )}
        <Button type="submit" size="md" fullWidth loading={login.isPending} loaderProps={{ 'aria-label': t('auth.submitting') }}>
          {t('auth.submit')}
        </Button>
      </Stack>
    </form>
  );
}
