import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import type { MouseEvent, ReactNode } from 'react';
import { useTrainingControls } from '../lib/training-context.ts';

export interface DownloadButtonProps extends Omit<ButtonProps, 'children'> {
  /** Where the file is (`/api/admin/procedures/template.xlsx?…`). */
  href: string;
  /** The name the browser saves it under. */
  fileName: string;
  /** Fetches the file as a Blob with the typed client (training mode). */
  fetchFile: () => Promise<Blob>;
  /** Shown if the file could not be fetched (training mode). */
  failedTitle: string;
  children: ReactNode;
}

export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  // Let the download start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A file from the API as a plain download link; in training mode, where requests are
 * signed by a header only the app adds, the app fetches the file and saves it.
 */
export function DownloadButton({ href, fileName, fetchFile, failedTitle, children, ...props }: DownloadButtonProps) {
  const training = useTrainingControls();
  const download = useMutation({ mutationFn: fetchFile });

  function fetchInPage(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    download.mutate(undefined, {
      onSuccess: (blob) => saveBlob(blob, fileName),
      onError: (error) => notifications.show({ color: 'red', title: failedTitle, message: error.message }),
    });
  }

  return (
    <Button component="a" href={href} download={fileName} loading={download.isPending} onClick={training ? fetchInPage : undefined} {...props}>
      {children}
    </Button>
  );
}
