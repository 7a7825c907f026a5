/**
 * The popup's filters, as pure functions over annotations: by kind, by
 * organization (canonical entity, or mentioned in the quote), by tag, by
 * anchoring state, by text; and the choices each filter offers.
 */
import type { AnchorState, AnchorStatus, Annotation, AnnotationKind } from '../model';
import { quoteOf } from '../stored-selectors';

/** What the user filters by; empty strings mean "any". */
export interface Filters {
  kind: 'all' | AnnotationKind;
  entity: string;
  tag: string;
  status: '' | AnchorStatus;
  query: string;
  showDismissed: boolean;
}

/** No filter: everything but dismissed findings. */
export const NO_FILTERS: Filters = {
  kind: 'all',
  entity: '',
  tag: '',
  status: '',
  query: '',
  showDismissed: false,
};

const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase();

/** The organizations an annotation is about: its entity, or its actor. */
const entitiesOf = (a: Annotation): string[] =>
  [a.detection?.entity, a.detection?.actor].filter((e): e is string => Boolean(e));

/**
 * Applies the filters.
 *
 * @param list - The page's annotations, in reading order.
 * @param filters - The user's choices.
 * @param states - Anchoring state per annotation id.
 * @return The annotations to show, in the same order.
 */
export function applyFilters(
  list: readonly Annotation[],
  filters: Filters,
  states: Readonly<Record<string, AnchorState>>,
): Annotation[] {
  const query = fold(filters.query.trim());
  const entity = fold(filters.entity);
  return list.filter(
    (a) =>
      (filters.showDismissed || a.review !== 'dismissed') &&
      (filters.kind === 'all' || a.kind === filters.kind) &&
      (!filters.tag || a.tags.includes(filters.tag)) &&
      (!filters.status || states[a.id]?.status === filters.status) &&
      (!entity ||
        entitiesOf(a).some((e) => fold(e) === entity) ||
        fold(quoteOf(a)).includes(entity)) &&
      (!query || fold(`${quoteOf(a)}\n${a.note}\n${a.tags.join(' ')}`).includes(query)),
  );
}

/**
 * The choices the entity and tag filters offer, most frequent first.
 *
 * @param list - The page's annotations.
 * @return Entities (organizations named on the page) and tags.
 */
export function facets(list: readonly Annotation[]): { entities: string[]; tags: string[] } {
  const count = (values: string[]) => {
    const n = new Map<string, number>();
    for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
    return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
  };
  return {
    entities: count(list.filter((a) => a.kind === 'organization').flatMap(entitiesOf)),
    tags: count(list.flatMap((a) => a.tags)),
  };
}
