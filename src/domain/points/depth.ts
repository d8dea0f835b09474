// A needling depth as a reader expects it: one number when the range is a single depth ("0.1 cun",
// not "0.1–0.1 cun"), else "min–max".
export function formatRange(min: number, max: number): string {
  return min === max ? `${min}` : `${min}–${max}`;
}
