/**
 * The source view's disclosure: on first opening, fetch the linked `.txt`
 * and show it in place (as text: `textContent`, never markup). On failure the
 * plain link stays, which is also all a reader without JavaScript gets.
 */
for (const details of document.querySelectorAll<HTMLDetailsElement>('details.source')) {
  const link = details.querySelector<HTMLAnchorElement>('a[data-source]');
  const pre = details.querySelector<HTMLPreElement>('pre');
  if (!link || !pre) continue;
  let loading: Promise<void> | undefined;
  details.addEventListener('toggle', () => {
    if (!details.open) return;
    loading ??= fetch(link.href, { credentials: 'same-origin' })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        pre.querySelector('code')!.textContent = await response.text();
        pre.hidden = false;
        details.dataset.loaded = '';
      })
      .catch(() => {
        loading = undefined; // a later opening tries again
      });
  });
}
