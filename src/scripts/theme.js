// Loaded as a blocking script in <head>, so the saved theme is on <html> before the first paint (no flash).
// Without JavaScript the page follows the system preference and the toggle stays hidden.
(() => {
  const KEY = 'kb-theme';
  const root = document.documentElement;
  const systemDark = matchMedia('(prefers-color-scheme: dark)');
  const stored = () => {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null; // storage disabled: the toggle still works for this page
    }
  };
  const saved = stored();
  if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;

  const current = () => root.dataset.theme || (systemDark.matches ? 'dark' : 'light');

  document.addEventListener('DOMContentLoaded', () => {
    const toggle = document.querySelector('[data-theme-toggle]');
    if (!toggle) return;
    const show = () => toggle.setAttribute('aria-pressed', String(current() === 'dark'));
    toggle.addEventListener('click', () => {
      root.dataset.theme = current() === 'dark' ? 'light' : 'dark';
      try {
        localStorage.setItem(KEY, root.dataset.theme);
      } catch {
        // not persisted; nothing else to do
      }
      show();
    });
    systemDark.addEventListener('change', show);
    show();
    toggle.hidden = false;
  });
})();
