// The user's sets as a JSON file: exported (downloaded) and imported (a file chosen); an imported
// file's problems are listed in the panel, naming the set, the item and the field, and its sets
// are added beside the user's own (renamed when a name is taken), never over them.
import { readSetsFile, setsFile } from '../../domain/sets/exchange.ts';
import { knownItems } from '../../state/setItems.ts';
import { useAtlas } from '../../state/store.ts';
import { JsonFiles } from '../parts/JsonFiles.tsx';

export const exportFileName = 'acupoint-atlas-sets.json';

export function SetFiles() {
  const userSets = useAtlas((s) => s.userSets);
  return (
    <JsonFiles
      exportLabel="Export sets"
      importLabel="Import sets…"
      chooserLabel="Sets file to import"
      fileName={exportFileName}
      empty={userSets.length === 0}
      contents={() => setsFile(useAtlas.getState().userSets)}
      take={async (text) => {
        const read = readSetsFile(text, await knownItems(useAtlas.getState()));
        if (!read.ok) return read;
        useAtlas.getState().importSets(read.sets);
        // the panel says what was added (setsMessage)
        return { ok: true, message: null };
      }}
      chooserData={{ 'data-import-sets': '' }}
      errorsData={{ 'data-import-errors': '' }}
    />
  );
}
