/**
 * The library page's requests to the background (part of the one message
 * contract: `BackgroundProtocol` extends this). Queries run where the
 * database is and return one page of results, so 100,000 annotations never
 * cross the message boundary at once.
 */

/** Requests the library page makes. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the library's queries
export interface LibraryProtocol {}
