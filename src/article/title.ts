/** The article title from the front matter: id prefix, title text and product tag. */
import { decodeEntities } from './decode-entities.ts';

export interface ParsedTitle {
  /** `Q152941` from a leading `Q152941: `, or null. */
  id: string | null;
  /** The title without the id prefix, entities decoded (`&amp;` -> `&`). */
  title: string;
  /** The leading all-capitals code before `: ` (`XCON`, `OFF97`, `PRB`), or null. */
  tag: string | null;
}

const ID_PREFIX = /^\s*(Q\d+)\s*:\s*/;
// Capitals, digits and a few joiners (`ADT/ODE`, `MS99-036`, `README.TXT`), at least one letter:
// this keeps out subject phrases like `Mac Srv:` or `Flight Simulator:`.
const TAG = /^([A-Z0-9][A-Z0-9+&/._-]{0,15}):\s/;

/** Titles are written for Jekyll, which decodes HTML entities, so they are decoded here too. */
export function parseTitle(raw: string): ParsedTitle {
  const text = decodeEntities(raw).trim();
  const idMatch = ID_PREFIX.exec(text);
  const title = idMatch ? text.slice(idMatch[0].length).trim() : text;
  const tagMatch = TAG.exec(title);
  const tag = tagMatch && /[A-Z]/.test(tagMatch[1]!) ? tagMatch[1]! : null;
  return { id: idMatch ? idMatch[1]! : null, title, tag };
}
