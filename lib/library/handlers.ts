/**
 * The background's answers to the library page's requests.
 */
import type { Handlers } from '../messaging';
import type { PressmarkDb } from '../store/db';
import type { LibraryProtocol } from './protocol';

/**
 * Builds the library's handlers.
 *
 * @param db - The database.
 * @return Handlers for {@link LibraryProtocol}.
 */
export function libraryHandlers(db: PressmarkDb): Handlers<LibraryProtocol> {
  void db;
  return {};
}
