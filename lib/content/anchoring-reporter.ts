/**
 * Tells the background how the page's annotations anchored (and what
 * changed in the release), so the popup and the library show honest states
 * even when the page is closed. Several changes in a row make one message.
 */
import { callBackground } from '../messaging';
import type { PageRecord, TextChange } from '../model';
import type { AnnotationLayer } from './anchored-annotations';
import type { Scope } from './scope';

/** Batch anchoring reports: several changes in a row make one message. */
const REPORT_DELAY_MS = 150;

/** Sends anchoring reports. */
export interface AnchoringReporter {
  /** Reports now (and cancels a scheduled report). */
  flush(): Promise<void>;
  /** Reports soon. */
  schedule(): void;
  /** True when the last state was reported and nothing is pending. */
  settled(): boolean;
}

/**
 * Creates the reporter.
 *
 * @param scope - Lifetime of scheduled reports.
 * @param layer - Where the states come from.
 * @param page - The page's id and current text fingerprint.
 * @param changes - The release's changes since the snapshot, as now known.
 * @param onPage - Receives the updated page record after each report.
 * @return The reporter.
 */
export function createAnchoringReporter(
  scope: Scope,
  layer: AnnotationLayer,
  page: { id: string; fingerprint: string },
  changes: () => TextChange[] | null,
  onPage: (page: PageRecord) => void,
): AnchoringReporter {
  let pending: (() => void) | null = null;
  let reported = false;
  const send = async () => {
    pending = null;
    const report = {
      checked: new Date().toISOString(),
      fingerprint: page.fingerprint,
      states: layer.states(),
      changes: changes(),
    };
    const result = await callBackground('reportAnchoring', { pageId: page.id, report });
    if (result.ok) onPage(result.value);
    reported = true;
  };
  return {
    async flush() {
      pending?.();
      await send();
    },
    schedule() {
      pending?.();
      reported = false;
      pending = scope.setTimeout(() => void send(), REPORT_DELAY_MS);
    },
    settled: () => reported && pending === null,
  };
}
