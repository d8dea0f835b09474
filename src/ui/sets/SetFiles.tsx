// The user's sets as a JSON file: exported (downloaded) and imported (a file chosen); an imported
// file's problems are listed in the panel, naming the set, the item and the field, and its sets
// are added beside the user's own (renamed when a name is taken), never over them.
import { useRef, useState } from 'react';
import { readSetsFile, setsFile } from '../../domain/sets/exchange.ts';
import { knownItems } from '../../state/setItems.ts';
import { useAtlas } from '../../state/store.ts';

export const exportFileName = 'acupoint-atlas-sets.json';

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function SetFiles() {
  const userSets = useAtlas((s) => s.userSets);
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<{ file: string; errors: string[] } | null>(null);
  const importFile = async (file: File) => {
    setProblem(null);
    try {
      const read = readSetsFile(await file.text(), await knownItems(useAtlas.getState()));
      if (read.ok) useAtlas.getState().importSets(read.sets);
      else setProblem({ file: file.name, errors: read.errors });
    } catch (e) {
      // the file could not be read, or the records to check it against could not be loaded
      setProblem({ file: file.name, errors: [e instanceof Error ? e.message : String(e)] });
    }
  };
  return (
    <>
      <button type="button" disabled={userSets.length === 0} onClick={() => download(`${JSON.stringify(setsFile(userSets), null, 1)}\n`, exportFileName)}>
        Export sets
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        Import sets…
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Sets file to import"
        data-import-sets=""
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
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
          <button type="button" onClick={() => setProblem(null)}>
            OK
          </button>
        </div>
      )}
    </>
  );
}
