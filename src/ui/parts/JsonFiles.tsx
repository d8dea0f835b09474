// Export and import of the user's own data as a JSON file (sets, tours, flashcards' progress): a
// button that downloads the file, one that opens the file chooser, and the problems of a file that
// could not be taken, listed in an alert that names the file (the reader names the record and the
// field). Each caller brings its format's writer and reader; this is the one way the atlas does it.
import { useRef, useState, type ReactNode } from 'react';
import { Button } from '../kit/Button.tsx';

/** Downloads a value as a JSON file. */
export function downloadJson(value: unknown, name: string): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(value, null, 1)}\n`], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What a file brought: its problems (nothing taken), or what was taken, in words (null: nothing to say). */
export type ImportOutcome = { ok: false; errors: string[] } | { ok: true; message: string | null };

export interface JsonFilesProps {
  exportLabel: string;
  importLabel: string;
  /** the file chooser's name, for assistive technology and tests */
  chooserLabel: string;
  fileName: string;
  /** nothing to export yet */
  empty: boolean;
  /** the file's content, built when "Export" is pressed */
  contents: () => unknown;
  /** reads and takes a chosen file's text */
  take: (text: string) => Promise<ImportOutcome>;
  /** data attributes of the chooser and the problems' alert (the tests find them by these) */
  chooserData?: Record<`data-${string}`, string>;
  errorsData?: Record<`data-${string}`, string>;
  children?: ReactNode;
}

export function JsonFiles({ exportLabel, importLabel, chooserLabel, fileName, empty, contents, take, chooserData, errorsData, children }: JsonFilesProps) {
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<{ file: string; errors: string[] } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const importFile = async (file: File) => {
    setProblem(null);
    setMessage(null);
    try {
      const outcome = await take(await file.text());
      if (!outcome.ok) setProblem({ file: file.name, errors: outcome.errors });
      else if (outcome.message) setMessage(`Imported ${file.name}: ${outcome.message}`);
    } catch (e) {
      // the file could not be read, or the records to check it against could not be loaded
      setProblem({ file: file.name, errors: [e instanceof Error ? e.message : String(e)] });
    }
  };
  return (
    <>
      <Button disabled={empty} onClick={() => downloadJson(contents(), fileName)}>
        {exportLabel}
      </Button>
      <Button onClick={() => input.current?.click()}>{importLabel}</Button>
      {children}
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={chooserLabel}
        {...chooserData}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {message && (
        <p role="status" data-import-message="">
          {message}
        </p>
      )}
      {problem && (
        <div className="set-errors" role="alert" {...errorsData}>
          <p>
            Nothing was imported from <code>{problem.file}</code>:
          </p>
          <ul>
            {problem.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
          <Button onClick={() => setProblem(null)}>OK</Button>
        </div>
      )}
    </>
  );
}
