/**
 * Message keys for the values the library shows in words.
 */
import type { MessageKey } from '../i18n';
import type { AnnotationKind, Firmness, Review } from '../model';

/** Firmness in words. */
export const FIRMNESS_LABEL: Record<Firmness, MessageKey> = {
  firm: 'libraryFirmFirm',
  intent: 'libraryFirmIntent',
  conditional: 'libraryFirmConditional',
};

/** Review states in words. */
export const REVIEW_LABEL: Record<Review, MessageKey> = {
  pending: 'libraryReviewPending',
  accepted: 'libraryReviewAccepted',
  corrected: 'libraryReviewCorrected',
  dismissed: 'libraryReviewDismissed',
};

/** Kinds in words. */
export const KIND_LABEL: Record<AnnotationKind, MessageKey> = {
  note: 'kindNote',
  organization: 'kindOrganization',
  commitment: 'kindCommitment',
};
