export type { AnchorAllAsyncOptions, AnchorItem } from './anchor-all';
export { anchorAll, anchorAllAsync } from './anchor-all';
export type { AnchorResult, AnchorStatus, MatchOptions } from './anchor-result';
export { ORPHANED } from './anchor-result';
export type { DescribeOptions, Description } from './describe';
export { describe } from './describe';
export { matchQuoteExact } from './match-exact';
export { matchQuote } from './match-quote';
