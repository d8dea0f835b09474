// Paths from this file, not from the working directory, so the tests run from any folder.
// (Plain paths rather than URL objects: under jsdom the global URL is not Node's.)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** the repository's root folder */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** a path inside the repository, given relative to its root */
export const repoPath = (relative: string): string => join(repoRoot, relative);

/** a reference fact file copied into tests/fixtures/reference (see its README for provenance) */
export const referencePath = (file: string): string => repoPath(`tests/fixtures/reference/${file}`);

export const readRepoJson = (relative: string): unknown => JSON.parse(readFileSync(repoPath(relative), 'utf8'));
export const readReferenceJson = (file: string): unknown => JSON.parse(readFileSync(referencePath(file), 'utf8'));
