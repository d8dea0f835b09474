// The user's tours as a JSON file: exported (downloaded) and imported (a file chosen); an imported
// file's problems are listed, naming the tour, the step and the field, and its tours are added
// beside the user's own (renamed when a name is taken), never over them. As src/ui/sets/SetFiles.tsx.
import { useRef, useState } from 'react';
import { readToursFile, toursFile } from '../../domain/tours/exchange.ts';
import { useAtlas } from '../../state/store.ts';
import { knownTourItems } from '../../state/tourSteps.ts';

export const toursFileName = 'acupoint-atlas-tours.json';

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function TourFiles() {
  const userTours = useAtlas((s) => s.userTours);
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<{ file: string; errors: string[] } | null>(null);
  const importFile = async (file: File) => {
    setProblem(null);
    try {
      const read = readToursFile(await file.text(), await knownTourItems(useAtlas.getState()));
      if (read.ok) useAtlas.getState().keepTours(read.tours, 'Imported');
      else setProblem({ file: file.name, errors: read.errors });
    } catch (e) {
      setProblem({ file: file.name, errors: [e instanceof Error ? e.message : String(e)] });
    }
  };
  return (
    <>
      <button type="button" disabled={userTours.length === 0} onClick={() => download(`${JSON.stringify(toursFile(userTours), null, 1)}\n`, toursFileName)}>
        Export tours
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        Import tours…
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Tours file to import"
        data-import-tours=""
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {problem && (
        <div className="set-errors" role="alert" data-tour-import-errors="">
          <p>
            Nothing was imported from <code>{problem.file}</code>:
          </p>
          <ul>
            {problem.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setProblem(null)}>
            OK
          </button>
        </div>
      )}
    </>
  );
}
