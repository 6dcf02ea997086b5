/**
 * The words similarity compares: lower-cased runs of letters and digits
 * that start with a letter (`win32`, `sp2`, `mfc42` are words; `4.0` and
 * `0x0000000A` are not: numbers and codes are compared as error codes),
 * without English stop words and without the few words every KB article
 * has (the header's labels, "Microsoft"), which would only add noise.
 * Titles go through the same filter, so a title's capitalised function
 * words ("Does Not Work", "When Its Disk Is Full") never become a reason.
 */
import { eng } from 'stopword';

const ARCHIVE_STOP_WORDS = [
  'microsoft', 'article', 'articles', 'information', 'applies', 'following', 'version', 'versions', 'product',
  'products', 'may', 'can', 'will', 'use', 'using', 'used', 'also', 'one', 'two', 'see', 'get', 'set', 'new', 'must',
  'might', 'like', 'need', 'way', 'example', 'note', 'however', 'contains', 'contain', 'click', 'type',
  // Title prefixes that say what kind of article it is (HOWTO:, INFO:, PRB:), not what it is about.
  'howto', 'info', 'prb',
];
/**
 * English function words that `stopword`'s short list (108 words) lacks: negations, auxiliaries, the halves
 * the tokenizer leaves of contractions ("doesn't" -> "doesn"), pronouns, conjunctions and vague quantifiers.
 * Not a longer published list: those (stopwords-iso's 1,298 English words) also drop words this archive is
 * about, like "computer", "system", "null", "index", "keys", "text" and "html".
 */
const FUNCTION_WORDS = [
  'not', 'no', 'nor', 'does', 'doing', 'done', 'having', 'its', 'itself', 'when', 'whenever', 'wherever', 'why',
  'whatever', 'whichever', 'whom', 'whose', 'whether', 'though', 'although', 'unless', 'until', 'thus', 'therefore',
  'hence', 'yet', 'even', 'ever', 'always', 'often', 'sometimes', 'else', 'instead', 'rather', 'quite', 'just',
  'less', 'least', 'few', 'several', 'every', 'either', 'neither', 'others', 'own', 'something', 'anything',
  'nothing', 'everything', 'someone', 'anyone', 'everyone', 'somewhere', 'anywhere', 'everywhere', 'somehow',
  'anyway', 'already', 'again', 'once', 'therein', 'thereby', 'whereas', 'within', 'without', 'upon', 'onto', 'via',
  'per', 'across', 'along', 'among', 'toward', 'towards', 'shall', 'cannot', 'ought', 'let', 'lets', 'isn', 'aren',
  'wasn', 'weren', 'doesn', 'don', 'didn', 'hasn', 'haven', 'hadn', 'won', 'wouldn', 'shouldn', 'couldn', 'mustn',
  've', 'll', 're', 'myself', 'yourself', 'themselves', 'ourselves', 'herself', 'us', 'mine', 'yours', 'ours',
  'theirs', 'hers', 'above', 'below', 'during', 'against', 'off', 'down', 'further', 'furthermore', 'moreover',
  'nevertheless', 'otherwise', 'perhaps', 'maybe', 'probably', 'usually', 'really', 'actually', 'simply', 'certain',
  'certainly', 'whereby', 'so',
];
const STOP = new Set([...eng, ...FUNCTION_WORDS, ...ARCHIVE_STOP_WORDS]);

/** Runs of letters and digits: the text's tokens, from which both its words and its fingerprint are taken. */
const TOKEN = /[a-z0-9]+/g;

/** Longest word kept: longer runs are hex dumps, paths run together, base64. */
const MAX_WORD = 24;

/** The lower-cased tokens of a text, in order. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** Whether a token is a word similarity compares: starts with a letter, 2 to 24 characters, not a stop word. */
export function isWord(token: string): boolean {
  const first = token.charCodeAt(0);
  return first >= 97 && first <= 122 && token.length >= 2 && token.length <= MAX_WORD && !STOP.has(token);
}

/** The words of a text, in order, repeats kept. */
export function words(text: string): string[] {
  return tokens(text).filter(isWord);
}

/** Each distinct word of the texts' tokens with how often it occurs, in first-seen order. */
export function wordCounts(...texts: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of texts) for (const token of list) if (isWord(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}
