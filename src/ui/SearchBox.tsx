// One search box for everything in the atlas; while a query is typed its results (SearchResults)
// replace the point list.
import { useAtlas } from '../state/store.ts';

export function SearchBox() {
  const query = useAtlas((s) => s.query);
  return (
    <div className="search">
      <input
        type="search"
        role="searchbox"
        aria-label="Search"
        placeholder="Search: code, name, condition, region…"
        value={query}
        maxLength={10_000}
        onChange={(e) => useAtlas.getState().setQuery(e.target.value)}
        onKeyDown={(e) => {
          // ArrowDown goes into the results, Enter opens the first
          const first = document.querySelector<HTMLButtonElement>('[data-result]');
          if (!first) return;
          if (e.key === 'ArrowDown') first.focus();
          else if (e.key === 'Enter') first.click();
          else return;
          e.preventDefault();
        }}
        aria-keyshortcuts="ArrowDown Enter"
      />
    </div>
  );
}
