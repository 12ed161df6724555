/**
 * An error the user can fix (a bad file, a bad parameter). The UI shows `messageVi` as guidance;
 * any other thrown error is a bug and is reported as one.
 */
export class UserError extends Error {
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(messageVi: string, messageEn: string) {
    super(messageEn);
    this.name = 'UserError';
    this.messageVi = messageVi;
    this.messageEn = messageEn;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
