// The sensory examination is kept on this device only (localStorage), never in the link: it is
// health information about a person, and a link is copied, shared and kept in histories. It is
// stored as the exam's compact text in a versioned envelope, read back through its zod schema; a
// value that cannot be read is left alone and the form starts empty.
import { readVersioned } from '../../../state/persist/versioned.ts';
import { decodeExam, emptyExam, encodeExam, examText, type SensoryExam } from '../domain/sensoryExam.ts';

const spec = { key: 'acupoint-atlas:sensory-exam', version: 1, schema: examText };

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked by the browser
  }
};

export function readSavedExam(): SensoryExam {
  const raw = storage()?.getItem(spec.key);
  if (!raw) return emptyExam();
  const read = readVersioned(raw, spec);
  return (read.ok && decodeExam(read.state)) || emptyExam();
}

export function saveExam(exam: SensoryExam): void {
  const text = encodeExam(exam);
  try {
    if (/^-+$/.test(text)) storage()?.removeItem(spec.key);
    else storage()?.setItem(spec.key, JSON.stringify({ version: spec.version, state: text }));
  } catch {
    // full or blocked storage: the exam still works for this visit
  }
}
