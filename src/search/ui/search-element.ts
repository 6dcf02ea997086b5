/**
 * `<kb-search>`: the search page's behaviour over the markup that
 * src/pages/search.astro renders. The whole search lives in the address
 * (`/search/?q=c0000005&product=…&sort=newest`): every change the reader
 * makes pushes a new address, and the back button re-renders the one it
 * returns to. Results are built as DOM from text (dom.ts), never as HTML.
 * The page has one search box, the header's (src/layouts/BaseLayout.astro):
 * its searches run here, in place.
 */
import { SITE_TITLE } from '../../consts.ts';
import { facetCounts, parseState, prepareSearch, runSearch, stateToParams } from '../client/search-client.ts';
import type { FacetCounts, SearchPage, SearchState } from '../client/types.ts';
import { h, part } from './dom.ts';
import { TOP_VALUES, renderFacetGroups } from './facet-panel.ts';
import { FILTER_LABELS, resultsSummary, searchTitle } from './messages.ts';
import { articleNotice, hitItem } from './result-list.ts';
import { withoutNamedWords, wordNotes } from './word-notes.ts';
import { safeHref } from './safe-href.ts';
import {
  activeFilters,
  isSortOrder,
  toggleFilter,
  withQuery,
  withSort,
  withoutFilter,
  withoutFilters,
  type FilterKind,
} from '../client/search-state.ts';
import { takeSubmittedQuery } from './submitted-query.ts';
import { showCodeSearchLine } from '../../codes/search-line.ts';
import { withBase } from '../../links/site-url.ts';

const PAGE_SIZE = 20;
/**
 * How long the box must be still before what its query needs is fetched
 * (prepareSearch): the words' shards at a pause between words, the first
 * page's rows (twenty files) only when the reader stops to look at what
 * they typed, so a word being typed does not cost a page of rows per key.
 */
const PREPARE_WORDS_MS = 120;
const PREPARE_ROWS_MS = 400;

interface ShowOptions {
  /**
   * The reader typed this query into a search box (not an address): an
   * existing article number opens, and the answer takes the focus.
   */
  typed?: boolean;
}

const addressOf = (state: SearchState) => {
  const params = stateToParams(state).toString();
  return withBase(params ? `/search/?${params}` : '/search/');
};

const sameWords = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

const isEmpty = (state: SearchState) => !state.q && activeFilters(state).length === 0;

/** The header's search box, which on this page is the page's own. */
const HEADER_BOX_ID = 'site-search-q';

/** Where the filters sit beside the results; below this they open as a sheet (src/pages/search.astro). */
const WIDE = '(min-width: 60rem)';

class KbSearch extends HTMLElement {
  #state: SearchState = { q: '', filters: {}, sort: 'relevance' };
  /** Bumped by every search; an answer for an older one is dropped. */
  #generation = 0;
  #shown = 0;
  #total = 0;
  /** The address (sans sort) of the facet counts on screen or on their way. */
  #countsFor = '';
  #counts: { counts: FacetCounts; state: SearchState } | null = null;
  #expanded = new Set<FilterKind>();

  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #controls!: HTMLElement;
  #facets!: HTMLDetailsElement;
  #facetsDone!: HTMLButtonElement;
  #filterCount!: HTMLElement;
  #groups!: HTMLElement;
  #sort!: HTMLSelectElement;
  #chips!: HTMLElement;
  #status!: HTMLElement;
  #notice!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #prepareTimers: Array<ReturnType<typeof setTimeout>> = [];

  connectedCallback(): void {
    const box = document.getElementById(HEADER_BOX_ID);
    if (!(box instanceof HTMLInputElement) || !box.form) throw new Error('search page is missing its search box');
    this.#input = box;
    this.#form = box.form;
    this.#controls = part(this, 'controls');
    this.#facets = part(this, 'facets');
    this.#facetsDone = part(this, 'facets-done');
    this.#filterCount = part(this, 'filter-count');
    this.#groups = part(this, 'facet-groups');
    this.#sort = part(this, 'sort');
    this.#chips = part(this, 'chips');
    this.#status = part(this, 'status');
    this.#notice = part(this, 'notice');
    this.#results = part(this, 'results');
    this.#more = part(this, 'more');

    document.addEventListener('submit', this.#onSubmit);
    this.#input.addEventListener('input', this.#onInput);
    this.#sort.addEventListener('change', () => {
      if (isSortOrder(this.#sort.value)) this.#commit(withSort(this.#state, this.#sort.value));
    });
    this.#facets.addEventListener('toggle', this.#onFacetsToggle);
    this.#facets.addEventListener('keydown', this.#onFacetsKey);
    this.#facetsDone.addEventListener('click', () => this.#closeFacets());
    this.#groups.addEventListener('change', this.#onFacetChange);
    this.#groups.addEventListener('click', this.#onExpand);
    this.#chips.addEventListener('click', this.#onRemoveChip);
    this.#notice.addEventListener('click', this.#onNameChip);
    this.#more.addEventListener('click', () => void this.#loadMore());
    window.addEventListener('popstate', this.#onPopState);

    const state = parseState(new URLSearchParams(location.search));
    const typed = takeSubmittedQuery();
    if (isEmpty(state)) this.#input.focus();
    void this.#show(state, { typed: typed !== null && sameWords(typed, state.q) });
  }

  disconnectedCallback(): void {
    this.#prepareTimers.forEach(clearTimeout);
    this.#input.removeEventListener('input', this.#onInput);
    document.removeEventListener('submit', this.#onSubmit);
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** Searches run in place, keeping the filters in use (their chips remove them). */
  #onSubmit = (event: SubmitEvent): void => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || new URL(form.action, location.href).pathname !== withBase('/search/')) return;
    event.preventDefault();
    const q = String(new FormData(form).get('q') ?? '');
    this.#commit(withQuery(this.#state, q), { typed: true });
  };

  /** While the reader types, the files the query will need are fetched, so Enter shows the results at once. */
  #onInput = (): void => {
    this.#prepareTimers.forEach(clearTimeout);
    const prepare = (rows: number) => () => {
      const state = withQuery(this.#state, this.#input.value);
      if (state.q === this.#state.q) return;
      // only a head start: a failure here is met again, and reported, by the search itself
      prepareSearch(state, rows).catch(() => undefined);
    };
    this.#prepareTimers = [setTimeout(prepare(0), PREPARE_WORDS_MS), setTimeout(prepare(PAGE_SIZE), PREPARE_ROWS_MS)];
  };

  #onFacetsToggle = (): void => {
    if (!this.#facets.open) return;
    void this.#loadCounts();
    // as a sheet it covers the results: the reader is taken into it, and Done or Escape brings them back
    if (!matchMedia(WIDE).matches && this.#facets.contains(document.activeElement)) this.#facets.querySelector<HTMLElement>('h2[tabindex]')?.focus();
  };

  #onFacetsKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.#facets.open) return;
    event.preventDefault();
    this.#closeFacets();
  };

  #closeFacets(): void {
    this.#facets.open = false;
    this.#facets.querySelector('summary')?.focus();
  }

  #onPopState = (): void => {
    void this.#show(parseState(new URLSearchParams(location.search)));
  };

  #onFacetChange = (event: Event): void => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.dataset.kind || box.dataset.value === undefined) return;
    this.#commit(toggleFilter(this.#state, box.dataset.kind as FilterKind, box.dataset.value));
  };

  #onExpand = (event: Event): void => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-expand]') : null;
    if (!button) return;
    const kind = button.dataset.expand as FilterKind;
    this.#expanded.add(kind);
    this.#renderCounts();
    // the first value past the old list, so keyboard users carry on where they were
    const boxes = this.#facetBoxes(kind);
    boxes[Math.min(boxes.length - 1, TOP_VALUES)]?.focus();
  };

  #onRemoveChip = (event: Event): void => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-kind]') : null;
    if (!button || button.dataset.value === undefined) return;
    const buttons = [...this.#chips.querySelectorAll('button')];
    const at = buttons.indexOf(button);
    const kind = button.dataset.kind as FilterKind;
    this.#commit(kind ? withoutFilter(this.#state, kind, button.dataset.value) : withoutFilters(this.#state));
    // focus the chip that took this one's place, or the search box when none is left
    const next = this.#chips.querySelectorAll('button')[Math.min(at, buttons.length - 2)];
    (next ?? this.#input).focus();
  };

  /** A name the query typed, offered as a filter: toggles it. */
  #onNameChip = (event: Event): void => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-name-kind]') : null;
    if (!button || button.dataset.nameLabel === undefined) return;
    const typed = (button.dataset.nameTyped ?? '').split(' ').filter(Boolean);
    const state = toggleFilter(this.#state, button.dataset.nameKind as FilterKind, button.dataset.nameLabel);
    this.#commit(withQuery(state, withoutNamedWords(state.q, typed)));
  };

  /** A change made by the reader: a new address in the history, then the search. */
  #commit(state: SearchState, options: ShowOptions = {}): void {
    const address = addressOf(state);
    if (address !== location.pathname + location.search) history.pushState(null, '', address);
    // shown as the address reads back, so a reload shows exactly this
    void this.#show(parseState(new URL(address, location.href).searchParams), options);
  }

  /** Renders a state: the controls at once, then the results when they come. */
  async #show(state: SearchState, { typed = false }: ShowOptions = {}): Promise<void> {
    this.#state = state;
    const generation = ++this.#generation;
    this.#input.value = state.q;
    this.#sort.value = state.sort;
    this.#renderChips();
    document.title = searchTitle(state, SITE_TITLE);
    this.#controls.hidden = isEmpty(state);
    if (isEmpty(state)) {
      this.#clearResults();
      this.#status.textContent = '';
      return;
    }

    this.#status.textContent = 'Searching…';
    this.#results.setAttribute('aria-busy', 'true');
    let page: SearchPage;
    try {
      page = await runSearch(state, 0, PAGE_SIZE);
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#clearResults();
      this.#status.textContent = `Search failed: ${error instanceof Error ? error.message : String(error)}. Please try again.`;
      if (typed) this.#focusStatus();
      return;
    }
    if (generation !== this.#generation) return;

    if (typed && page.article) {
      // A typed article number means "take me there"; replacing keeps the back button on the page before.
      this.#status.textContent = `Opening ${page.article.id}…`;
      location.replace(safeHref(page.article.url));
      return;
    }

    this.#clearResults();
    const notice = articleNotice(page);
    if (notice) this.#notice.append(notice);
    this.#notice.append(...wordNotes(page.words, state));
    showCodeSearchLine(this.#notice, state.q, () => generation === this.#generation);
    this.#results.append(...page.hits.map(hitItem));
    this.#shown = page.hits.length;
    this.#total = page.total;
    this.#results.removeAttribute('aria-busy');
    this.#updateMore();
    this.#status.textContent = resultsSummary(state, page, this.#shown);
    if (typed) this.#focusStatus();
    if (this.#facets.open) void this.#loadCounts();
  }

  /** After a typed search the answer takes the focus, unless the reader has moved on meanwhile. */
  #focusStatus(): void {
    const at = document.activeElement;
    if (!at || at === document.body || this.#form.contains(at)) this.#status.focus();
  }

  async #loadMore(): Promise<void> {
    const generation = this.#generation;
    const state = this.#state;
    this.#more.disabled = true;
    this.#more.textContent = 'Loading…';
    try {
      const page = await runSearch(state, this.#shown, PAGE_SIZE);
      if (generation !== this.#generation) return;
      const items = page.hits.map(hitItem);
      this.#results.append(...items);
      this.#shown += items.length;
      this.#total = page.total;
      this.#status.textContent = resultsSummary(state, page, this.#shown);
      // the first new result, so keyboard and screen-reader users read on from there
      items[0]?.querySelector('a')?.focus();
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#status.textContent = `Loading more results failed: ${error instanceof Error ? error.message : String(error)}.`;
    } finally {
      if (generation === this.#generation) this.#updateMore();
    }
  }

  /** Loads the facet counts for the current search, unless those on screen are for it already. */
  async #loadCounts(): Promise<void> {
    const state = this.#state;
    const key = addressOf({ ...state, sort: 'relevance' });
    if (key === this.#countsFor) return;
    this.#countsFor = key;
    this.#groups.setAttribute('aria-busy', 'true');
    if (!this.#counts) this.#groups.replaceChildren(h('p', null, 'Counting…'));
    let counts: FacetCounts;
    try {
      counts = await facetCounts(state);
    } catch (error) {
      if (key !== this.#countsFor) return;
      this.#countsFor = '';
      this.#counts = null;
      this.#groups.removeAttribute('aria-busy');
      this.#groups.replaceChildren(h('p', null, `Filters failed to load: ${error instanceof Error ? error.message : String(error)}.`));
      return;
    }
    if (key !== this.#countsFor) return;
    this.#counts = { counts, state };
    this.#groups.removeAttribute('aria-busy');
    this.#renderCounts();
  }

  /** Redraws the filter groups from the counts on hand, keeping focus on the box that had it. */
  #renderCounts(): void {
    if (!this.#counts) return;
    const focused = document.activeElement instanceof HTMLInputElement && this.#groups.contains(document.activeElement) ? document.activeElement : null;
    const { kind, value } = focused?.dataset ?? {};
    renderFacetGroups(this.#groups, this.#counts.counts, this.#counts.state, this.#expanded);
    if (focused) this.#facetBoxes().find((box) => box.dataset.kind === kind && box.dataset.value === value)?.focus();
  }

  #facetBoxes(kind?: FilterKind): HTMLInputElement[] {
    return [...this.#groups.querySelectorAll<HTMLInputElement>('input[data-kind]')].filter((box) => !kind || box.dataset.kind === kind);
  }

  #renderChips(): void {
    const filters = activeFilters(this.#state);
    const chips = filters.map(({ kind, value }) =>
      h(
        'li',
        null,
        h('span', null, `${FILTER_LABELS[kind]}: `, h('strong', null, value)),
        h('button', { type: 'button', 'data-kind': kind, 'data-value': value, 'aria-label': `Remove filter ${FILTER_LABELS[kind]}: ${value}` }, '×'),
      ),
    );
    if (filters.length > 1) {
      chips.push(h('li', null, h('button', { type: 'button', class: 'clear-filters', 'data-kind': '', 'data-value': '' }, 'Clear all filters')));
    }
    this.#chips.replaceChildren(...chips);
    this.#chips.hidden = chips.length === 0;
    this.#filterCount.textContent = filters.length > 0 ? ` (${filters.length})` : '';
  }

  #clearResults(): void {
    this.#notice.replaceChildren();
    this.#results.replaceChildren();
    this.#results.removeAttribute('aria-busy');
    this.#shown = 0;
    this.#total = 0;
    this.#updateMore();
  }

  #updateMore(): void {
    const left = this.#total - this.#shown;
    this.#more.hidden = left <= 0;
    this.#more.disabled = false;
    this.#more.textContent = left > PAGE_SIZE ? `Show ${PAGE_SIZE} more (${left.toLocaleString('en')} left)` : `Show ${left} more`;
  }
}

customElements.define('kb-search', KbSearch);
