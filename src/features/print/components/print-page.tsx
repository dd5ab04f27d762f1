import { Center, Loader, Stack, Text } from '@mantine/core';
import { useDocumentTitle, useHotkeys } from '@mantine/hooks';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QueryErrorAlert } from '../../../components/query-error-alert.tsx';
import type { ApiError } from '../../../lib/api-client.ts';
import { PrintToolbar, type PrintLink } from './print-toolbar.tsx';
import classes from './print.module.css';

export interface PrintPageProps {
  /** The tab title, also the file name a browser suggests when printing to PDF. */
  title: string;
  /** A5 portrait for the slips; A4 portrait for the control slip. */
  paper: 'A5' | 'A4';
  back: PrintLink;
  next?: PrintLink;
  /** Everything the sheet needs; the sheet renders once all have data. */
  queries: readonly UseQueryResult<unknown, ApiError>[];
  /** The sheet, or null when the data is there but holds nothing this form is for. */
  children: () => ReactNode;
}

/**
 * A print view: toolbar and one official form at its paper size. The @page rule lives in a
 * <style> owned by the view, so it leaves with it: the app's own pages and the other forms
 * (A4 control slip) never inherit this one's paper size.
 */
export function PrintPage({ title, paper, back, next, queries, children }: PrintPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(title);
  useHotkeys(next ? [['F2', () => void navigate(next.to)]] : [], []);

  // Every query's state read on every render, none skipped: TanStack Query re-renders a
  // query's owner only for the properties read (tracked properties), and a query passed in
  // by the page (the staff list of form 02) that was skipped while an earlier one loaded
  // would arrive without waking its owner, leaving the sheet "being prepared" for good.
  const states = queries.map(({ data, isFetching, isError }) => ({ loaded: data !== undefined, isFetching, isError }));
  const failed = queries.find((_, index) => states[index]?.isError);
  const sheet = (states.every((state) => state.loaded) && children()) || null;
  // Cached data without the step to print (it was just taken): wait for the refetch.
  const ready = sheet !== null || states.every((state) => state.loaded && !state.isFetching);

  function body() {
    if (failed?.error) {
      const notFound = failed.error.isNotFound || failed.error.status === 400;
      return (
        <div className={classes.status}>
          <QueryErrorAlert
            title={notFound ? t('print.toolbar.notFound') : t('print.toolbar.loadFailed')}
            error={failed.error}
            onRetry={notFound ? undefined : () => void failed.refetch()}
            retrying={failed.isFetching}
          />
        </div>
      );
    }
    if (!ready) {
      return (
        <Center component="output" mih="50vh" aria-live="polite">
          <Stack align="center" gap="xs">
            <Loader aria-hidden />
            <Text c="dimmed">{t('print.toolbar.loading')}</Text>
          </Stack>
        </Center>
      );
    }
    if (!sheet) {
      // Everything loaded, and none of it is what this form is for.
      return (
        <div className={classes.status}>
          <QueryErrorAlert title={t('print.toolbar.notFound')} error={new Error(t('print.toolbar.noEvent'))} />
        </div>
      );
    }
    return sheet;
  }

  return (
    <div className={classes.screen}>
      <style>{`@page { size: ${paper} portrait; margin: 12mm; }`}</style>
      <PrintToolbar title={title} paper={paper} back={back} next={next} ready={ready && !!sheet && !failed} />
      <main>{body()}</main>
    </div>
  );
}
