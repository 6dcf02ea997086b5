/**
 * The neighbour search in a worker of its own: started when the corpus
 * workers have sent every article's features, it writes `similar.json`
 * while Astro bundles the site and renders the pages that do not need it.
 */
import { workerData } from 'node:worker_threads';
import { answerOnce } from '../lib/worker-messages.ts';
import { writeSimilar, type SimilarJob } from './similar-file.ts';

answerOnce(() => writeSimilar(workerData as SimilarJob));
