/** The meanings of the site's own data file, for build-time code (pages, the index worker). */
import file from './meanings.json' with { type: 'json' };
import { createMeaningLookup } from './meaning.ts';
import type { MeaningsFile } from './meanings-file.ts';

export const meanings = createMeaningLookup(file as unknown as MeaningsFile);
