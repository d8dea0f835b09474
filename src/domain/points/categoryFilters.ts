// The point categories a list or the body can be filtered by, and their names in words.
export const categoryFilters = [
  'five-shu',
  'yuan-source',
  'luo-connecting',
  'xi-cleft',
  'back-shu',
  'front-mu',
  'lower-he-sea',
  'eight-influential',
  'eight-confluent',
] as const;
export type CategoryFilter = (typeof categoryFilters)[number];
export const categoryFilterLabels: Record<CategoryFilter, string> = {
  'five-shu': 'Five shu',
  'yuan-source': 'Yuan-source',
  'luo-connecting': 'Luo-connecting',
  'xi-cleft': 'Xi-cleft',
  'back-shu': 'Back-shu',
  'front-mu': 'Front-mu',
  'lower-he-sea': 'Lower he-sea',
  'eight-influential': 'Eight influential',
  'eight-confluent': 'Eight confluent',
};
