// The one shape of an outcome that can fail in an expected way (a refused file, a bad backup, a page that does
// not answer), as mammoth's Result: warnings travel with the value or the error instead of being thrown.
import type { Message } from './schema';
import type { Localised } from './text/localised';

export type Result<T, E = Localised> =
  { ok: true; value: T; messages: Message[] } | { ok: false; error: E; messages: Message[] };

export const ok = <T>(value: T, messages: Message[] = []): Result<T, never> => ({ ok: true, value, messages });

export const fail = <E = Localised>(error: E, messages: Message[] = []): Result<never, E> => ({
  ok: false,
  error,
  messages,
});
