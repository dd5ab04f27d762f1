import { isMessageCode, type MessageParams } from '../domain/messages.ts';
import { i18n } from './i18n.ts';

/** A message as the API sends it (or a domain rule returns it): code, parameters, and perhaps its Vietnamese text. */
export interface ReceivedMessage {
  readonly code: string;
  readonly params?: MessageParams;
  /** The server's Vietnamese text: shown when this UI does not know the code (a newer server). */
  readonly message?: string;
}

/** The message in the UI's current language. */
export function translateMessage(received: ReceivedMessage): string {
  if (isMessageCode(received.code)) return i18n.t(`messages.${received.code}`, { ...received.params });
  return received.message || i18n.t('common.unknownError');
}
