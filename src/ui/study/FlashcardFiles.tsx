// The flashcards' progress as a JSON file: exported (downloaded) and imported (a file chosen). An
// imported file's problems are listed, naming the card and the field, and nothing of it is taken;
// a good file is merged card by card (flashcardsFile.ts: the progress reviewed last wins).
import { useRef, useState } from 'react';
import { flashcardsFile, mergeProgress, readFlashcardsFile } from '../../domain/study/flashcardsFile.ts';
import { knownItems } from '../../state/setItems.ts';
import { useAtlas } from '../../state/store.ts';
import { Button } from '../kit/Button.tsx';

export const flashcardsFileName = 'acupoint-atlas-flashcards.json';

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function FlashcardFiles() {
  const progress = useAtlas((s) => s.flashcardProgress);
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<{ file: string; errors: string[] } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const importFile = async (file: File) => {
    setProblem(null);
    setMessage(null);
    try {
      const read = readFlashcardsFile(await file.text(), await knownItems(useAtlas.getState()));
      if (!read.ok) return setProblem({ file: file.name, errors: read.errors });
      const s = useAtlas.getState();
      const merged = mergeProgress(s.flashcardProgress, read.cards);
      s.restoreFlashcards(merged.progress);
      setMessage(
        `Imported ${file.name}: ${merged.added} new to this device, ${merged.updated} updated (reviewed later in the file), ${merged.kept} kept (reviewed as late or later here).`,
      );
    } catch (e) {
      // the file could not be read, or the records to check it against could not be loaded
      setProblem({ file: file.name, errors: [e instanceof Error ? e.message : String(e)] });
    }
  };
  const count = Object.keys(progress).length;
  return (
    <section className="flashcard-files" aria-label="Progress file">
      <Button disabled={count === 0} onClick={() => download(`${JSON.stringify(flashcardsFile(progress), null, 1)}\n`, flashcardsFileName)}>
        Export progress
      </Button>
      <Button onClick={() => input.current?.click()}>Import progress…</Button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Flashcards progress file to import"
        data-import-flashcards=""
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
        <div className="set-errors" role="alert" data-import-errors="">
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
    </section>
  );
}
