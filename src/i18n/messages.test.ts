import { afterAll, describe, expect, it } from 'vitest';
import { fillTemplate, messageCodes, messageText, placeholdersOf, type Message } from '../domain/messages.ts';
import { en } from './en.ts';
import { vi } from './vi.ts';
import { changeLanguage, i18n } from './i18n.ts';
import { translateMessage } from './translate-message.ts';

/** Letters only Vietnamese uses: an English text with one was copied, not translated. */
const vietnameseLetters = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/** The code with a sample value for each of its placeholders. */
function sample(code: (typeof messageCodes)[number]): Message {
  const names = placeholdersOf(vi.messages[code]);
  return names.length ? { code, params: Object.fromEntries(names.map((name, index) => [name, `«${name}${index}»`])) } : { code };
}

describe('message catalogues', () => {
  afterAll(() => changeLanguage('vi'));

  it('has every code in Vietnamese and English, with the same placeholders', () => {
    expect(messageCodes.length).toBeGreaterThan(100);
    for (const code of messageCodes) {
      expect(vi.messages[code], code).toMatch(/\S/);
      expect(en.messages[code], code).toMatch(/\S/);
      expect(placeholdersOf(en.messages[code]).sort(), code).toEqual(placeholdersOf(vi.messages[code]).sort());
      expect(en.messages[code], `${code} is not English`).not.toMatch(vietnameseLetters);
    }
  });

  it('has no code in the catalogues that the domain does not define', () => {
    expect(Object.keys(vi.messages).sort()).toEqual([...messageCodes].sort());
    expect(Object.keys(en.messages).sort()).toEqual([...messageCodes].sort());
  });

  it('says in Vietnamese exactly what the API sends as `message`', async () => {
    await changeLanguage('vi');
    for (const code of messageCodes) expect(translateMessage(sample(code)), code).toBe(messageText(sample(code)));
  });

  it('translates every code into English with its parameters', async () => {
    await changeLanguage('en');
    for (const code of messageCodes) {
      const message = sample(code);
      expect(translateMessage(message), code).toBe(fillTemplate(en.messages[code], message.params));
    }
    expect(translateMessage({ code: 'dossier_code_not_found', params: { code: 'H56-261123-0001' } })).toBe('No dossier has the code H56-261123-0001.');
  });

  it('falls back to the server’s own text for a code this UI does not know', async () => {
    await changeLanguage('en');
    expect(translateMessage({ code: 'from_a_newer_server', message: 'Thông báo mới.' })).toBe('Thông báo mới.');
    expect(translateMessage({ code: 'from_a_newer_server' })).toBe(i18n.t('common.unknownError'));
  });
});
