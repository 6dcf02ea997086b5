/** The small engine that applies the tables of `rules.ts`. */
import type { AliasRule, JunkRule } from './rules.ts';

/** The form aliases are compared in: case, spaces, `-` and `_` do not matter (`MS- DOS` = `MSDOS`). */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Collapse runs of white space and trim: the form labels are shown in. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A lookup from any alias (folded) to its rule. Throws when two rules claim
 * the same alias, so a table edit cannot silently shadow another row.
 */
export function aliasLookup<R extends AliasRule>(rules: readonly R[]): (raw: string) => R | undefined {
  const byAlias = new Map<string, R>();
  for (const rule of rules) {
    for (const alias of [rule.label, ...rule.aliases]) {
      const key = fold(alias);
      const owner = byAlias.get(key);
      if (owner && owner !== rule) throw new Error(`alias "${alias}" claimed by "${owner.label}" and "${rule.label}"`);
      byAlias.set(key, rule);
    }
  }
  return (raw) => byAlias.get(fold(raw));
}

/** The first junk rule the text matches, if any. */
export function junkRule(rules: readonly JunkRule[], text: string): JunkRule | undefined {
  return rules.find((rule) => rule.pattern.test(text));
}
