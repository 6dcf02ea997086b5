// Loaded as a blocking script in <head>, so the saved theme is on <html> before the first paint (no flash).
// Without JavaScript the page follows the system preference and the control stays hidden.
// Three states: `system` (no data-theme: the system decides), `light`, `dark`; the button steps through them in
// that order and its label names the one that is on.
(() => {
  const KEY = 'kb-theme';
  const STATES = ['system', 'light', 'dark'];
  const root = document.documentElement;
  const stored = () => {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null; // storage disabled: the control still works for this page
    }
  };
  const apply = (state) => {
    if (state === 'light' || state === 'dark') root.dataset.theme = state;
    else delete root.dataset.theme;
  };
  apply(stored());

  const current = () => root.dataset.theme || 'system';

  document.addEventListener('DOMContentLoaded', () => {
    const toggle = document.querySelector('[data-theme-toggle]');
    const label = toggle && toggle.querySelector('[data-theme-label]');
    if (!toggle || !label) return;
    const show = () => {
      const state = current();
      toggle.dataset.state = state;
      label.textContent = `Theme: ${state}`;
      toggle.title = `Theme: ${state} (${state === 'system' ? 'as your system is set' : 'chosen here'}). Click for ${STATES[(STATES.indexOf(state) + 1) % STATES.length]}.`;
    };
    toggle.addEventListener('click', () => {
      const next = STATES[(STATES.indexOf(current()) + 1) % STATES.length];
      apply(next);
      try {
        if (next === 'system') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, next);
      } catch {
        // not persisted; nothing else to do
      }
      show();
    });
    // Another tab changed the theme: follow it.
    addEventListener('storage', (event) => {
      if (event.key !== KEY) return;
      apply(event.newValue);
      show();
    });
    show();
    toggle.hidden = false;
  });
})();
