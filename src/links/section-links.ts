/**
 * A "link to this section" control on every section heading of rendered
 * article HTML: `<h2 id="symptoms">SYMPTOMS</h2>` becomes
 * `<h2 id="symptoms">SYMPTOMS <a class="section-link" href="#symptoms" ...>#</a></h2>`.
 * A plain link, so it works without JavaScript; a script adds the copying.
 */
const HEADING = /<(h[2-6])(\s[^>]*?\bid="([^"]+)"[^>]*)>([\s\S]*?)<\/\1>/g;

export function addSectionLinks(html: string): string {
  return html.replace(HEADING, (_, tag: string, attributes: string, id: string, inner: string) => {
    const label = `Link to this section: ${inner.replace(/<[^>]*>/g, '').replace(/"/g, '&quot;').trim()}`;
    return `<${tag}${attributes}>${inner} ${sectionLink(id, label)}</${tag}>`;
  });
}

/** The control itself; `id` must already be attribute-escaped (it comes from rendered HTML or a slug). */
export function sectionLink(id: string, label: string): string {
  return `<a class="section-link" href="#${id}" aria-label="${label}" title="Link to this section" data-pagefind-ignore>#</a>`;
}
