// An in-memory Web Storage for the tests of what the atlas keeps on the device; `full` makes it
// refuse new keys as a full browser storage does.
export function memoryStorage(initial: Record<string, string> = {}, full = false): Storage {
  const m = new Map(Object.entries(initial));
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => {
      if (full && !m.has(k)) throw new Error('QuotaExceededError');
      m.set(k, v);
    },
  };
}
