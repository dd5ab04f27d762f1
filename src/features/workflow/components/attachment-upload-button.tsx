import { Button, FileButton } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { acceptedScanList } from '../../../lib/scans.ts';

export interface AttachmentUploadButtonProps {
  /** The checklist item or group, so the button says where the file goes. */
  groupTitle: string;
  disabled?: boolean;
  /** One file or several (the pages of a scan). */
  onFiles: (files: File[]) => void;
}

/** Picks PDF/JPEG/PNG files; the visible label is short, the accessible one names the item. */
export function AttachmentUploadButton({ groupTitle, disabled, onFiles }: AttachmentUploadButtonProps) {
  const { t } = useTranslation();
  return (
    <FileButton
      accept={acceptedScanList}
      multiple
      onChange={(files) => files.length > 0 && onFiles(files)}
      disabled={disabled}
      inputProps={{ 'aria-label': t('workflow.attachments.uploadTo', { item: groupTitle }) }}
    >
      {(props) => (
        <Button
          {...props}
          size="compact-sm"
          variant="light"
          leftSection={<IconUpload size={14} aria-hidden />}
          aria-label={t('workflow.attachments.uploadTo', { item: groupTitle })}
          style={{ flexShrink: 0 }}
          disabled={disabled}
        >
          {t('workflow.attachments.upload')}
        </Button>
      )}
    </FileButton>
  );
}
