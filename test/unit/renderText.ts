// What a user reads for a typed message or an import note, in one language (tests check the words, not only codes).
import { importNoteMessage } from '../../src/domain/import/importNote.ts';
import type { ImportNote } from '../../src/domain/import/importTypes.ts';
import type { Language } from '../../src/i18n/language.ts';
import type { Message } from '../../src/i18n/message.ts';
import { renderMessage } from '../../src/i18n/renderMessage.ts';

export const messageText = (message: Message | undefined, language: Language): string | undefined => message && renderMessage(language, message);

export const noteText = (note: ImportNote | undefined, language: Language): string | undefined => note && renderMessage(language, importNoteMessage(note));
