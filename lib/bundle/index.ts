/**
 * Team bundles: write (`createBundle`), read and validate (`parseBundle`,
 * which also reads plain W3C Web Annotation files), and merge without loss
 * (`planMerge`, `planPageMerge`). Pure: no storage, no browser APIs.
 */
export { type BundleInput, createBundle } from './create-bundle';
export {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type Bundle,
  type BundleFile,
  type BundleLimits,
  DEFAULT_MAX_BYTES,
  type PressmarkBlock,
  type SharedPage,
} from './format';
export {
  type MergeItem,
  type MergePlan,
  type MergeStatus,
  mergeRecords,
  planMerge,
} from './merge-annotations';
export { mergePage, type PageMergeItem, planPageMerge } from './merge-pages';
export { parseBundle } from './parse-bundle';
