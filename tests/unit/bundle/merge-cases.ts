/**
 * Merge table: our copy of one annotation, the copy in someone's bundle,
 * and what the merge must decide. `current` is the version that must end up
 * current; `history` every other version, oldest first. Nothing may vanish.
 */
import type { MergeStatus } from '../../../lib/bundle';
import type { Annotation, AnnotationVersion } from '../../../lib/model';
import { at, note } from './records';

export interface MergeCase {
  /** Our record; absent when we never had it. */
  local?: Annotation;
  incoming: Annotation;
  status: MergeStatus;
  current: AnnotationVersion;
  history: AnnotationVersion[];
}

const original = note();
const ourEdit = note({ note: 'Ours: check the 2028 date.', updated: at(10) });
const theirEdit = note({ note: 'Theirs: compare with the 2024 plan.', updated: at(20) });
const theirOlderEdit = note({ note: 'Theirs, earlier.', updated: at(5) });
const tombstoneLate = note({ deleted: at(30), updated: at(30) });
const tombstoneEarly = note({ deleted: at(5), updated: at(5) });
const undone = note({ note: 'Ours: check the 2028 date.', updated: at(40) });
// Two edits at the same millisecond: "Zeta" sorts after "Alpha" in canonical JSON, so it wins.
const sameTimeAlpha = note({ note: 'Alpha', updated: at(10) });
const sameTimeZeta = note({ note: 'Zeta', updated: at(10) });

export const mergeCases: Record<string, MergeCase> = {
  'a record we never had is new': {
    incoming: theirEdit,
    status: 'new',
    current: theirEdit,
    history: [],
  },
  'the same record again (duplicate import) is unchanged': {
    local: original,
    incoming: { ...original },
    status: 'unchanged',
    current: original,
    history: [],
  },
  'key order does not make a record different': {
    local: original,
    incoming: Object.fromEntries(Object.entries(original).reverse()) as unknown as Annotation,
    status: 'unchanged',
    current: original,
    history: [],
  },
  'their newer edit wins and ours is kept in history': {
    local: ourEdit,
    incoming: theirEdit,
    status: 'updated',
    current: theirEdit,
    history: [ourEdit],
  },
  'their older edit is a conflict: ours stays, theirs is kept': {
    local: ourEdit,
    incoming: theirOlderEdit,
    status: 'conflicting',
    current: ourEdit,
    history: [theirOlderEdit],
  },
  'same time, different content, ours sorts last: ours stays': {
    local: sameTimeZeta,
    incoming: sameTimeAlpha,
    status: 'conflicting',
    current: sameTimeZeta,
    history: [sameTimeAlpha],
  },
  'same time, different content, theirs sorts last: theirs wins on both sides': {
    local: sameTimeAlpha,
    incoming: sameTimeZeta,
    status: 'conflicting',
    current: sameTimeZeta,
    history: [sameTimeAlpha],
  },
  'a newer tombstone deletes': {
    local: ourEdit,
    incoming: tombstoneLate,
    status: 'updated',
    current: tombstoneLate,
    history: [ourEdit],
  },
  'an older tombstone loses to a later edit and is kept in history': {
    local: ourEdit,
    incoming: tombstoneEarly,
    status: 'conflicting',
    current: ourEdit,
    history: [tombstoneEarly],
  },
  'our deletion stands against their older edit': {
    local: tombstoneLate,
    incoming: theirEdit,
    status: 'conflicting',
    current: tombstoneLate,
    history: [theirEdit],
  },
  'an undo after their deletion brings the annotation back': {
    local: tombstoneLate,
    incoming: undone,
    status: 'updated',
    current: undone,
    history: [tombstoneLate],
  },
  'a version we already keep in history is unchanged': {
    local: { ...theirEdit, history: [ourEdit] },
    incoming: ourEdit,
    status: 'unchanged',
    current: theirEdit,
    history: [ourEdit],
  },
  'histories are united and ordered oldest first': {
    local: { ...ourEdit, history: [original] },
    incoming: { ...theirEdit, history: [theirOlderEdit] },
    status: 'updated',
    current: theirEdit,
    history: [original, theirOlderEdit, ourEdit],
  },
  'a version in both histories is kept once': {
    local: { ...ourEdit, history: [original] },
    incoming: { ...theirEdit, history: [original, original] },
    status: 'updated',
    current: theirEdit,
    history: [original, ourEdit],
  },
  'their current equal to ours but with more history is unchanged, history grows': {
    local: ourEdit,
    incoming: { ...ourEdit, history: [theirOlderEdit] },
    status: 'unchanged',
    current: ourEdit,
    history: [theirOlderEdit],
  },
};
