// The nerves the points' anatomy names, as one vocabulary: each nerve with the phrases the data and
// a searcher write it in, and the nerve it branches from. The data says "superficial branch of the
// radial nerve", "dorsal digital nerves of the radial and ulnar nerves", "lateral antebrachial
// cutaneous nerve"; a query for "radial nerve" must find the first two (they name it) and may find
// a cutaneous branch that does not (it is the radial's), but never an ulnar point. So text is read
// into nerve ids, and a query matches a point through the id or a branch of it.
//
// Branches follow the standard anatomy (Gray's Anatomy; Moore, Clinically Oriented Anatomy), in
// our own words. Fibular is the current term (Terminologia Anatomica); peroneal is read as fibular.

interface Nerve {
  id: string;
  name: string;
  /** how the data (and a query) writes it, normalised: lower case, singular "nerve" and "branch", fibular */
  phrases: readonly string[];
  /** a query may name it by this word alone ("sciatic", "median") */
  bare?: readonly string[];
  /** the nerve it branches from */
  partOf?: string;
}

const n = (id: string, name: string, phrases: readonly string[], more: Partial<Pick<Nerve, 'bare' | 'partOf'>> = {}): Nerve => ({ id, name, phrases, ...more });

export const nerves: readonly Nerve[] = [
  // upper limb (brachial plexus)
  n('brachial-plexus', 'brachial plexus', ['brachial plexus']),
  n('median', 'median nerve', ['median nerve'], { bare: ['median'], partOf: 'brachial-plexus' }),
  n('anterior-interosseous', 'anterior interosseous nerve', ['anterior interosseous nerve'], { partOf: 'median' }),
  n('radial', 'radial nerve', ['radial nerve'], { bare: ['radial'], partOf: 'brachial-plexus' }),
  n('posterior-interosseous', 'posterior interosseous nerve', ['posterior interosseous nerve'], { partOf: 'radial' }),
  n(
    'posterior-antebrachial-cutaneous',
    'posterior antebrachial cutaneous nerve',
    ['posterior antebrachial cutaneous nerve', 'posterior cutaneous nerve of the forearm'],
    { partOf: 'radial' },
  ),
  n('posterior-brachial-cutaneous', 'posterior brachial cutaneous nerve', ['posterior brachial cutaneous nerve', 'posterior cutaneous nerve of the arm'], {
    partOf: 'radial',
  }),
  n('lower-lateral-brachial-cutaneous', 'lower lateral brachial cutaneous nerve', ['lower lateral brachial cutaneous nerve'], { partOf: 'radial' }),
  n('ulnar', 'ulnar nerve', ['ulnar nerve'], { bare: ['ulnar'], partOf: 'brachial-plexus' }),
  n('musculocutaneous', 'musculocutaneous nerve', ['musculocutaneous nerve'], { bare: ['musculocutaneous'], partOf: 'brachial-plexus' }),
  n(
    'lateral-antebrachial-cutaneous',
    'lateral antebrachial cutaneous nerve',
    ['lateral antebrachial cutaneous nerve', 'lateral cutaneous nerve of the forearm'],
    { partOf: 'musculocutaneous' },
  ),
  n('axillary', 'axillary nerve', ['axillary nerve'], { bare: ['axillary'], partOf: 'brachial-plexus' }),
  n(
    'upper-lateral-brachial-cutaneous',
    'upper lateral brachial cutaneous nerve',
    ['upper lateral brachial cutaneous nerve', 'lateral brachial cutaneous nerve'],
    { partOf: 'axillary' },
  ),
  n(
    'medial-antebrachial-cutaneous',
    'medial antebrachial cutaneous nerve',
    ['medial antebrachial cutaneous nerve', 'medial cutaneous nerve of the forearm', 'medial cutaneous nerve of the arm and forearm'],
    { partOf: 'brachial-plexus' },
  ),
  n('medial-brachial-cutaneous', 'medial brachial cutaneous nerve', ['medial brachial cutaneous nerve', 'medial cutaneous nerve of the arm'], {
    partOf: 'brachial-plexus',
  }),
  n('suprascapular', 'suprascapular nerve', ['suprascapular nerve'], { partOf: 'brachial-plexus' }),
  n('dorsal-scapular', 'dorsal scapular nerve', ['dorsal scapular nerve'], { partOf: 'brachial-plexus' }),
  n('long-thoracic', 'long thoracic nerve', ['long thoracic nerve'], { partOf: 'brachial-plexus' }),
  n('pectoral', 'pectoral nerves', ['pectoral nerve'], { partOf: 'brachial-plexus' }),
  // from the posterior cord (C6-C8), with the thoracodorsal vessels on the back wall of the armpit
  n('thoracodorsal', 'thoracodorsal nerve', ['thoracodorsal nerve'], { partOf: 'brachial-plexus' }),
  n('digital', 'digital nerves', ['digital nerve', 'digital branch']),
  // head and neck
  n('accessory', 'accessory nerve', ['accessory nerve']),
  n('hypoglossal', 'hypoglossal nerve', ['hypoglossal nerve']),
  n('vagus', 'vagus nerve', ['vagus nerve'], { bare: ['vagus'] }),
  n('sympathetic-trunk', 'sympathetic trunk', ['sympathetic trunk']),
  n('oculomotor', 'oculomotor nerve', ['oculomotor nerve']),
  n('facial', 'facial nerve', ['facial nerve']),
  n('chorda-tympani', 'chorda tympani', ['chorda tympani'], { partOf: 'facial' }),
  n('trigeminal', 'trigeminal nerve', ['trigeminal nerve'], { bare: ['trigeminal'] }),
  n('ophthalmic', 'ophthalmic nerve', ['ophthalmic nerve'], { partOf: 'trigeminal' }),
  n('supraorbital', 'supraorbital nerve', ['supraorbital nerve'], { partOf: 'ophthalmic' }),
  n('supratrochlear', 'supratrochlear nerve', ['supratrochlear nerve'], { partOf: 'ophthalmic' }),
  n('infratrochlear', 'infratrochlear nerve', ['infratrochlear nerve'], { partOf: 'ophthalmic' }),
  n('anterior-ethmoidal', 'anterior ethmoidal nerve', ['anterior ethmoidal nerve'], { partOf: 'ophthalmic' }),
  n('maxillary', 'maxillary nerve', ['maxillary nerve'], { partOf: 'trigeminal' }),
  n('infraorbital', 'infraorbital nerve', ['infraorbital nerve'], { partOf: 'maxillary' }),
  n('zygomatic', 'zygomatic nerve', ['zygomatic nerve', 'zygomaticotemporal nerve', 'zygomaticofacial nerve'], { partOf: 'maxillary' }),
  n('superior-alveolar', 'superior alveolar nerves', ['superior alveolar nerve'], { partOf: 'maxillary' }),
  n('mandibular', 'mandibular nerve', ['mandibular nerve'], { partOf: 'trigeminal' }),
  n('auriculotemporal', 'auriculotemporal nerve', ['auriculotemporal nerve'], { partOf: 'mandibular' }),
  n('buccal', 'buccal nerve', ['buccal nerve'], { partOf: 'mandibular' }),
  n('lingual', 'lingual nerve', ['lingual nerve'], { partOf: 'mandibular' }),
  n('mental', 'mental nerve', ['mental nerve'], { partOf: 'mandibular' }),
  n('masseteric', 'masseteric nerve', ['masseteric nerve'], { partOf: 'mandibular' }),
  n('cervical-plexus', 'cervical plexus', ['cervical plexus']),
  n('great-auricular', 'great auricular nerve', ['great auricular nerve', 'greater auricular nerve'], { partOf: 'cervical-plexus' }),
  n('lesser-occipital', 'lesser occipital nerve', ['lesser occipital nerve'], { partOf: 'cervical-plexus' }),
  n('transverse-cervical', 'transverse cervical nerve', ['transverse cervical nerve'], { partOf: 'cervical-plexus' }),
  n('supraclavicular', 'supraclavicular nerves', ['supraclavicular nerve'], { partOf: 'cervical-plexus' }),
  n('ansa-cervicalis', 'ansa cervicalis', ['ansa cervicalis'], { partOf: 'cervical-plexus' }),
  // C3-C5, down the front of the anterior scalene to the diaphragm
  n('phrenic', 'phrenic nerve', ['phrenic nerve'], { bare: ['phrenic'], partOf: 'cervical-plexus' }),
  // the back of the trunk: the spinal nerves' dorsal rami
  n('spinal-nerves', 'spinal nerves', ['spinal nerve', 'sacral nerve', 'lumbar nerve', 'cervical nerve']),
  n('dorsal-rami', 'dorsal rami of the spinal nerves', ['dorsal ramus', 'posterior ramus'], { partOf: 'spinal-nerves' }),
  n('greater-occipital', 'greater occipital nerve', ['greater occipital nerve', 'great occipital nerve'], { partOf: 'dorsal-rami' }),
  n('third-occipital', 'third occipital nerve', ['third occipital nerve'], { partOf: 'dorsal-rami' }),
  n('superior-cluneal', 'superior cluneal nerves', ['superior cluneal nerve'], { partOf: 'dorsal-rami' }),
  n('medial-cluneal', 'medial cluneal nerves', ['medial cluneal nerve', 'middle cluneal nerve'], { partOf: 'dorsal-rami' }),
  n('coccygeal', 'coccygeal nerve', ['coccygeal nerve', 'anococcygeal nerve'], { partOf: 'spinal-nerves' }),
  // the front and sides of the trunk
  n('intercostal', 'intercostal nerves', ['intercostal nerve', 'thoracic nerve'], { bare: ['intercostal'], partOf: 'spinal-nerves' }),
  n('subcostal', 'subcostal nerve', ['subcostal nerve'], { partOf: 'spinal-nerves' }),
  // lower limb (lumbar and sacral plexuses)
  n('lumbar-plexus', 'lumbar plexus', ['lumbar plexus']),
  n('iliohypogastric', 'iliohypogastric nerve', ['iliohypogastric nerve'], { partOf: 'lumbar-plexus' }),
  n('ilioinguinal', 'ilioinguinal nerve', ['ilioinguinal nerve'], { partOf: 'lumbar-plexus' }),
  n('genitofemoral', 'genitofemoral nerve', ['genitofemoral nerve'], { partOf: 'lumbar-plexus' }),
  n('lateral-femoral-cutaneous', 'lateral femoral cutaneous nerve', ['lateral femoral cutaneous nerve', 'lateral cutaneous nerve of the thigh'], {
    partOf: 'lumbar-plexus',
  }),
  n('femoral', 'femoral nerve', ['femoral nerve', 'anterior femoral cutaneous nerve'], { bare: ['femoral'], partOf: 'lumbar-plexus' }),
  n('saphenous', 'saphenous nerve', ['saphenous nerve'], { bare: ['saphenous'], partOf: 'femoral' }),
  n('medial-crural-cutaneous', 'medial crural cutaneous nerve', ['medial crural cutaneous nerve', 'medial crural cutaneous branch'], { partOf: 'saphenous' }),
  n('obturator', 'obturator nerve', ['obturator nerve'], { bare: ['obturator'], partOf: 'lumbar-plexus' }),
  n('sacral-plexus', 'sacral plexus', ['sacral plexus']),
  n('superior-gluteal', 'superior gluteal nerve', ['superior gluteal nerve'], { partOf: 'sacral-plexus' }),
  n('inferior-gluteal', 'inferior gluteal nerve', ['inferior gluteal nerve'], { partOf: 'sacral-plexus' }),
  // once called the small sciatic nerve; it runs beside the sciatic but is not its branch
  n(
    'posterior-femoral-cutaneous',
    'posterior femoral cutaneous nerve',
    ['posterior femoral cutaneous nerve', 'posterior cutaneous nerve of the thigh', 'small sciatic nerve'],
    { partOf: 'sacral-plexus' },
  ),
  n('inferior-cluneal', 'inferior cluneal nerves', ['inferior cluneal nerve'], { partOf: 'posterior-femoral-cutaneous' }),
  n('pudendal', 'pudendal nerve', ['pudendal nerve'], { bare: ['pudendal'], partOf: 'sacral-plexus' }),
  n('sciatic', 'sciatic nerve', ['sciatic nerve'], { bare: ['sciatic'], partOf: 'sacral-plexus' }),
  n('tibial', 'tibial nerve', ['tibial nerve'], { bare: ['tibial'], partOf: 'sciatic' }),
  n('medial-sural-cutaneous', 'medial sural cutaneous nerve', ['medial sural cutaneous nerve'], { partOf: 'tibial' }),
  n('medial-plantar', 'medial plantar nerve', ['medial plantar nerve'], { partOf: 'tibial' }),
  n('lateral-plantar', 'lateral plantar nerve', ['lateral plantar nerve'], { partOf: 'tibial' }),
  // joined from tibial and fibular branches; listed under the tibial, whose branch it mostly continues
  n('sural', 'sural nerve', ['sural nerve', 'lateral dorsal cutaneous nerve'], { bare: ['sural'], partOf: 'tibial' }),
  n('common-fibular', 'common fibular nerve', ['common fibular nerve', 'fibular nerve'], { bare: ['fibular', 'common fibular'], partOf: 'sciatic' }),
  n('lateral-sural-cutaneous', 'lateral sural cutaneous nerve', ['lateral sural cutaneous nerve'], { partOf: 'common-fibular' }),
  n('superficial-fibular', 'superficial fibular nerve', ['superficial fibular nerve', 'medial dorsal cutaneous nerve', 'intermediate dorsal cutaneous nerve'], {
    partOf: 'common-fibular',
  }),
  n('deep-fibular', 'deep fibular nerve', ['deep fibular nerve'], { partOf: 'common-fibular' }),
];

const byId = new Map(nerves.map((x) => [x.id, x]));
const wholeNames = new Set(nerves.flatMap((x) => x.phrases));

export const nerveName = (id: string): string => byId.get(id)?.name ?? id;

/** The nerve and every nerve it branches from, itself first. */
export function nerveLineage(id: string): string[] {
  const out: string[] = [];
  for (let at = byId.get(id); at && !out.includes(at.id); at = at.partOf ? byId.get(at.partOf) : undefined) out.push(at.id);
  return out;
}

/**
 * Text in the vocabulary's form: lower case, words apart, "nerves" and "branches" singular,
 * peroneal as fibular, and "the radial and ulnar nerves" as "the radial nerve, ulnar nerve" so each
 * nerve is named whole.
 */
export function normaliseNerveText(text: string): string {
  const words = ` ${text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')} `
    .replace(/ peroneal /g, ' fibular ')
    .replace(/ nerves /g, ' nerve ')
    .replace(/ branches /g, ' branch ')
    .replace(/ rami /g, ' ramus ');
  // "A and B <words> nerve" -> "A <words> nerve , B <words> nerve", the words shared by both
  return words
    .replace(
      / ([a-z0-9]+) and ([a-z0-9]+) ((?:[a-z0-9]+ )*?)nerve /g,
      (_, a: string, b: string, shared: string) => ` ${firstOfPair(a, shared)} , ${b} ${shared}nerve `,
    )
    .replace(/ +/g, ' ');
}

/**
 * The first nerve of a pair. Usually it shares the words after the second ("medial and lateral
 * plantar nerves"), but it may be a nerve by itself: in "the coccygeal and 5th sacral nerves" the
 * coccygeal is not a sacral nerve. So a reading that is a nerve's whole name wins, the shared words
 * dropped from the front one by one ("coccygeal sacral nerve", then "coccygeal nerve"); with none,
 * all the shared words are kept ("seventh and eighth intercostal nerves"). Shared words that say
 * whose branch both are ("marginal mandibular and buccal branches of the facial nerve") stay whole.
 */
function firstOfPair(a: string, shared: string): string {
  const words = shared.split(' ').filter(Boolean);
  if (words.some((w) => w === 'of' || w === 'branch' || w === 'ramus')) return `${a} ${shared}nerve`;
  for (let from = 0; from <= words.length; from++) {
    const reading = [a, ...words.slice(from), 'nerve'].join(' ');
    if (wholeNames.has(reading)) return reading;
  }
  return `${a} ${shared}nerve`;
}

interface Phrase {
  text: string;
  id: string;
}
const byLength = (a: Phrase, b: Phrase) => b.text.length - a.text.length;
const dataPhrases: Phrase[] = nerves.flatMap((x) => x.phrases.map((text) => ({ text: ` ${text} `, id: x.id }))).sort(byLength);
const queryPhrases: Phrase[] = [...dataPhrases, ...nerves.flatMap((x) => (x.bare ?? []).map((text) => ({ text: ` ${text} `, id: x.id })))].sort(byLength);

function read(text: string, phrases: readonly Phrase[]): { ids: string[]; rest: string } {
  let rest = normaliseNerveText(text);
  const ids: string[] = [];
  // the longest phrase first, taken out once read: "lower lateral brachial cutaneous" is not also "lateral brachial cutaneous"
  for (const p of phrases) {
    if (!rest.includes(p.text)) continue;
    if (!ids.includes(p.id)) ids.push(p.id);
    rest = rest.split(p.text).join(' , ');
  }
  return { ids, rest: rest.replace(/[ ,]+/g, ' ').trim() };
}

/** The nerves a point's anatomy names (its `anatomy.nerves` entries), as ids, each once. */
export function nervesNamed(entries: readonly string[]): string[] {
  return [...new Set(entries.flatMap((e) => read(e, dataPhrases).ids))];
}

/** The nerves a search query names ("radial nerve", "common peroneal", "sciatic"), and the words left over. */
export function nervesInQuery(query: string): { ids: string[]; rest: string } {
  return read(query, queryPhrases);
}

/**
 * How a point's nerves answer a named nerve: 2 when the point names it, 1 when it names a branch of
 * it (the superficial fibular for "common fibular"), 0 when neither.
 */
export function nerveMatch(pointNerves: readonly string[], wanted: string): 0 | 1 | 2 {
  if (pointNerves.includes(wanted)) return 2;
  return pointNerves.some((id) => nerveLineage(id).includes(wanted)) ? 1 : 0;
}
