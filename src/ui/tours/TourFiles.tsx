// The user's tours as a JSON file: exported (downloaded) and imported (a file chosen); an imported
// file's problems are listed, naming the tour, the step and the field, and its tours are added
// beside the user's own (renamed when a name is taken), never over them. The file buttons are the atlas's one kind (../parts/JsonFiles.tsx).
import { readToursFile, toursFile } from '../../domain/tours/exchange.ts';
import { useAtlas } from '../../state/store.ts';
import { knownTourItems } from '../../state/tourSteps.ts';
import { JsonFiles } from '../parts/JsonFiles.tsx';

export const toursFileName = 'acupoint-atlas-tours.json';

export function TourFiles() {
  const userTours = useAtlas((s) => s.userTours);
  return (
    <JsonFiles
      exportLabel="Export tours"
      importLabel="Import tours…"
      chooserLabel="Tours file to import"
      fileName={toursFileName}
      empty={userTours.length === 0}
      contents={() => toursFile(useAtlas.getState().userTours)}
      take={async (text) => {
        const read = readToursFile(text, await knownTourItems(useAtlas.getState()));
        if (!read.ok) return read;
        useAtlas.getState().keepTours(read.tours, 'Imported');
        return { ok: true, message: null };
      }}
      chooserData={{ 'data-import-tours': '' }}
      errorsData={{ 'data-tour-import-errors': '' }}
    />
  );
}
