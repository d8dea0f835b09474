// The flashcards' progress as a JSON file: exported (downloaded) and imported (a file chosen). An
// imported file's problems are listed, naming the card and the field, and nothing of it is taken;
// a good file is merged card by card (flashcardsFile.ts: the progress reviewed last wins).
import { flashcardsFile, mergeProgress, readFlashcardsFile } from '../../domain/study/flashcardsFile.ts';
import { knownItems } from '../../state/setItems.ts';
import { useAtlas } from '../../state/store.ts';
import { JsonFiles } from '../parts/JsonFiles.tsx';

export const flashcardsFileName = 'acupoint-atlas-flashcards.json';

export function FlashcardFiles() {
  const count = useAtlas((s) => Object.keys(s.flashcardProgress).length);
  return (
    <section className="flashcard-files" aria-label="Progress file">
      <JsonFiles
        exportLabel="Export progress"
        importLabel="Import progress…"
        chooserLabel="Flashcards progress file to import"
        fileName={flashcardsFileName}
        empty={count === 0}
        contents={() => flashcardsFile(useAtlas.getState().flashcardProgress)}
        take={async (text) => {
          const read = readFlashcardsFile(text, await knownItems(useAtlas.getState()));
          if (!read.ok) return read;
          const s = useAtlas.getState();
          const merged = mergeProgress(s.flashcardProgress, read.cards);
          s.restoreFlashcards(merged.progress);
          return {
            ok: true,
            message: `${merged.added} new to this device, ${merged.updated} updated (reviewed later in the file), ${merged.kept} kept (reviewed as late or later here).`,
          };
        }}
        chooserData={{ 'data-import-flashcards': '' }}
        errorsData={{ 'data-import-errors': '' }}
      />
    </section>
  );
}
