/**
 * One-line descriptions of the codes the archive mentions most, written for
 * this site from Microsoft's documentation (named per entry). Keys are
 * `<table id>:<value>` of src/codes/meanings.json; the generator refuses a
 * key its tables do not have.
 */
import type { Description } from '../../src/codes/meanings-file.ts';

export const DESCRIPTIONS: Record<string, Description> = {};
