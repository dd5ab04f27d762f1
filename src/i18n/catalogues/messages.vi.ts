import { messageTexts, type MessageCode } from '../../domain/messages.ts';

/**
 * The API's and the domain's messages in Vietnamese, by code: the domain's own texts, the
 * ones the API also sends as `message` to clients that do not translate.
 */
export const messagesVi: Record<MessageCode, string> = messageTexts;
