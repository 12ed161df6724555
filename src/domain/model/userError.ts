import type { Message } from '../../i18n/message.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';

/**
 * An error the user can fix (a bad file, a bad parameter), carrying a typed message (`userMessage`: `code` +
 * `params`); `messageVi` / `messageEn` are its rendering from the catalogue. The UI shows it as guidance; any other
 * thrown error is a bug. (The field is not named `code` because ImportError has its own import-note `code`.)
 */
export class UserError extends Error {
  readonly userMessage: Message;
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(message: Message) {
    const en = renderMessage('en', message);
    super(en);
    this.name = 'UserError';
    this.userMessage = message;
    this.messageVi = renderMessage('vi', message);
    this.messageEn = en;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
