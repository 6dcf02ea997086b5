/**
 * The filter checkboxes: one group per kind, each value with the number of
 * results it would leave. Long lists show their top values and a button for
 * the rest; chosen values are always shown, even at zero.
 */
import type { FacetCounts, SearchState } from '../client/types.ts';
import { h } from './dom.ts';
import { FILTER_LABELS } from './messages.ts';
import { FILTER_KINDS, hasFilter, type FilterKind } from '../client/search-state.ts';

/** Values shown per kind before "Show all". */
export const TOP_VALUES = 8;

export interface FacetValue {
  value: string;
  count: number;
}

/**
 * The values of one kind to list, in order: counted values by count (years
 * newest first), zero counts dropped unless chosen, chosen values the counts
 * do not know appended with 0.
 */
export function valuesToList(kind: FilterKind, counted: readonly FacetValue[], chosen: readonly string[]): FacetValue[] {
  const byValue = new Map(counted.map((v) => [v.value, v.count]));
  const values = counted.filter((v) => v.count > 0 || chosen.includes(v.value));
  for (const value of chosen) if (!byValue.has(value)) values.push({ value, count: 0 });
  return values.sort(
    kind === 'year'
      ? (a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0)
      : (a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en'),
  );
}

/** The values visible before "Show all": the top ones plus every chosen one. */
export function visibleValues(values: readonly FacetValue[], chosen: readonly string[], expanded: boolean): FacetValue[] {
  return expanded ? [...values] : values.filter((v, i) => i < TOP_VALUES || chosen.includes(v.value));
}

/** Replaces the container's groups with ones for these counts. */
export function renderFacetGroups(container: HTMLElement, counts: FacetCounts, state: SearchState, expanded: ReadonlySet<FilterKind>): void {
  const groups: HTMLElement[] = [];
  for (const kind of FILTER_KINDS) {
    const chosen = state.filters[kind] ?? [];
    const values = valuesToList(kind, counts[kind] ?? [], chosen);
    if (values.length === 0) continue;
    const shown = visibleValues(values, chosen, expanded.has(kind));
    const list = h('ul', null);
    for (const { value, count } of shown) {
      const box = h('input', { type: 'checkbox', 'data-kind': kind, 'data-value': value });
      box.checked = hasFilter(state, kind, value);
      // the value and its count in one run of text, so the count wraps with it and is never cut off
      const text = h('span', null, `${value} `, h('span', { class: 'count' }, `(${count.toLocaleString('en')})`));
      list.append(h('li', null, h('label', null, box, text)));
    }
    const hidden = values.length - shown.length;
    groups.push(
      h(
        'fieldset',
        { class: 'facet-group' },
        h('legend', null, FILTER_LABELS[kind]),
        list,
        hidden > 0 ? h(
              'button',
              { type: 'button', class: 'facet-all', 'data-expand': kind, 'aria-label': `Show all ${values.length.toLocaleString('en')} ${FILTER_LABELS[kind]} values` },
              `Show all ${values.length.toLocaleString('en')}`,
            ) : null,
      ),
    );
  }
  container.replaceChildren(...(groups.length ? groups : [h('p', null, 'No filters apply to these results.')]));
}
