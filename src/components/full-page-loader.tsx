import { Center, Loader, Stack, Text } from '@mantine/core';

export interface FullPageLoaderProps {
  /** Said to screen readers and shown under the spinner. */
  label: string;
}

/** A centred spinner for the moments before a page can show anything. */
export function FullPageLoader({ label }: FullPageLoaderProps) {
  return (
    <Center component="output" mih="60vh" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader aria-hidden />
        <Text c="dimmed">{label}</Text>
      </Stack>
    </Center>
  );
}
