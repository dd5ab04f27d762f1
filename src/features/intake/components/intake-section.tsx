import { Card, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface IntakeSectionProps {
  /** The heading's id; the section is labelled by it. */
  id: string;
  title: string;
  children: ReactNode;
}

/** One titled part of the intake form (procedure, applicant, documents, receipt). */
export function IntakeSection({ id, title, children }: IntakeSectionProps) {
  return (
    <Card component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}
