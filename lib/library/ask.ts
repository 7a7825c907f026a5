/**
 * The library page's side of its requests: the background's `Result`
 * turned back into a value or a thrown error, which the views' hooks catch
 * and show.
 */
import { type BackgroundProtocol, callBackground } from '../messaging';

type Args<K extends keyof BackgroundProtocol> = BackgroundProtocol[K] extends (
  ...args: infer A
) => unknown
  ? A
  : never;
type Answer<K extends keyof BackgroundProtocol> = BackgroundProtocol[K] extends (
  ...args: never[]
) => infer R
  ? Awaited<R>
  : never;

/**
 * Asks the background and unwraps the answer.
 *
 * @param type - The request.
 * @param args - Its arguments.
 * @return The answer.
 * @throws Error with the background's message when the request failed.
 */
export async function ask<K extends keyof BackgroundProtocol>(
  type: K,
  ...args: Args<K>
): Promise<Answer<K>> {
  const result = await callBackground(type, ...(args as never));
  if (!result.ok) throw new Error(result.error);
  return result.value as Answer<K>;
}
