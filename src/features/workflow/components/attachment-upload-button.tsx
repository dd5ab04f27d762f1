import { Button, FileButton } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface AttachmentUploadButtonProps {
  /** The checklist item or group, so the button says where the file goes. */
  groupTitle: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}

/** Picks one PDF/JPEG/PNG; the visible label is short, the accessible one names the item. */
export function AttachmentUploadButton({ groupTitle, disabled, onFile }: AttachmentUploadButtonProps) {
  const { t } = useTranslation();
  return (
    <FileButton
      accept="application/pdf,image/jpeg,image/png"
      onChange={(file) => file && onFile(file)}
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
