import { Box, type BoxProps, type ElementProps } from '@mantine/core';
import type { CSSProperties, Ref } from 'react';
import classes from './light-table.module.css';

function join(...names: (string | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

interface TableProps extends BoxProps, ElementProps<'table'> {
  ref?: Ref<HTMLTableElement>;
  /** The vertical padding of a cell, in px (Mantine's `verticalSpacing`). */
  verticalSpacing?: number;
  /** The horizontal padding of a cell, in px (Mantine's `horizontalSpacing`). */
  horizontalSpacing?: number;
}

function Root({ className, verticalSpacing, horizontalSpacing, style, ...others }: TableProps) {
  const spacing: Record<string, string> = {};
  if (verticalSpacing !== undefined) spacing['--table-vertical-spacing'] = `${verticalSpacing}px`;
  if (horizontalSpacing !== undefined) spacing['--table-horizontal-spacing'] = `${horizontalSpacing}px`;
  return <Box component="table" className={join(classes.table, className)} style={[spacing as CSSProperties, style]} {...others} />;
}

function Thead(props: BoxProps & ElementProps<'thead'>) {
  return <Box component="thead" {...props} />;
}

function Tbody({ className, ...others }: BoxProps & ElementProps<'tbody'>) {
  return <Box component="tbody" className={join(classes.tbody, className)} {...others} />;
}

function Tr({ className, ...others }: BoxProps & ElementProps<'tr'>) {
  return <Box component="tr" className={join(classes.tr, className)} {...others} />;
}

function Th({ className, ...others }: BoxProps & ElementProps<'th'>) {
  return <Box component="th" className={join(classes.cell, classes.th, className)} {...others} />;
}

function Td({ className, ...others }: BoxProps & ElementProps<'td'>) {
  return <Box component="td" className={join(classes.cell, className)} {...others} />;
}

interface ScrollProps extends BoxProps, ElementProps<'div'> {
  /** Below this width (px) the table scrolls sideways instead of squeezing. */
  minWidth: number;
}

/** Holds the table; scrolls sideways when narrower than `minWidth`. */
function ScrollContainer({ minWidth, className, style, ...others }: ScrollProps) {
  return <Box className={join(classes.scroll, className)} style={[{ '--light-table-min-width': `${minWidth}px` } as CSSProperties, style]} {...others} />;
}

/**
 * A table drawn as Mantine's, for the dossier list: Mantine's `Table` module also brings
 * its scroll container (ScrollArea and all of floating-ui, about 20 kB gzip'd), which the
 * list's first paint would otherwise download. Same parts (`LightTable.Tr`, `.Td`…), the
 * style props of `Box` (w, miw, bg), the look of the theme's table defaults.
 */
export const LightTable = Object.assign(Root, { Thead, Tbody, Tr, Th, Td, ScrollContainer });
