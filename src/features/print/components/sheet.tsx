import type { ReactNode } from 'react';
import classes from './print.module.css';

export interface SheetProps {
  paper: 'A5' | 'A4';
  /** Names the sheet for assistive technology (the form's title). */
  label: string;
  children: ReactNode;
}

/** The paper itself: serif, black on white, at the form's size on screen. */
export function Sheet({ paper, label, children }: SheetProps) {
  return (
    <article className={classes.sheet} data-size={paper} aria-label={label} lang="vi">
      {children}
    </article>
  );
}
