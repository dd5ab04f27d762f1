import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './wrapping-badge.module.css';

/** A Mantine badge whose label is always readable in full: it wraps in a narrow column rather than truncating. */
export function WrappingBadge({ children, ...props }: BadgeProps & { children: ReactNode }) {
  return (
    <Badge classNames={{ root: classes.root, label: classes.label }} {...props}>
      {children}
    </Badge>
  );
}
