// Pinyin as people type it: split into syllables ("zu san li"), run together ("zusanli"), with or
// without tone marks, ü typed as v ("lv", "nve"). Names are written as one word per name in the
// records (Zúsānlǐ), so the search indexes both forms and joins a typed run of syllables back into
// one word.

/** Every syllable of Hanyu Pinyin without tones (ü written v), by initial. */
const syllables = new Set(
  [
    'a o e ai ei ao ou an en ang eng er',
    'yi ya ye yao you yan yin yang ying yong yu yue yuan yun',
    'wu wa wo wai wei wan wen wang weng',
    'ba bo bai bei bao ban ben bang beng bi bie biao bian bin bing bu',
    'pa po pai pei pao pou pan pen pang peng pi pie piao pian pin ping pu',
    'ma mo me mai mei mao mou man men mang meng mi mie miao miu mian min ming mu',
    'fa fo fei fou fan fen fang feng fu',
    'da de dai dei dao dou dan den dang deng dong di die diao diu dian ding du duo dui duan dun',
    'ta te tai tao tou tan tang teng tong ti tie tiao tian ting tu tuo tui tuan tun',
    'na ne nai nei nao nou nan nen nang neng nong ni nie niao niu nian nin niang ning nu nuo nuan nv nve',
    'la le lai lei lao lou lan lang leng long li lia lie liao liu lian lin liang ling lu luo luan lun lv lve',
    'ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang',
    'ka ke kai kei kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang',
    'ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang',
    'ji jia jie jiao jiu jian jin jiang jing jiong ju jue juan jun',
    'qi qia qie qiao qiu qian qin qiang qing qiong qu que quan qun',
    'xi xia xie xiao xiu xian xin xiang xing xiong xu xue xuan xun',
    'zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai zhui zhuan zhun zhuang',
    'cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui chuan chun chuang',
    'sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui shuan shun shuang',
    're ri rao rou ran ren rang reng rong ru rua ruo rui ruan run',
    'za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun',
    'ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun',
    'sa se si sai sao sou san sen sang seng song su suo sui suan sun',
  ]
    .join(' ')
    .split(' '),
);
const longestSyllable = 6;

/** One letter per character: the tone marks off, ü as v (the spelling the syllable table uses). */
function letters(word: string): { plain: string; toned: boolean[] } {
  const plain: string[] = [];
  const toned: boolean[] = [];
  for (const ch of word.toLowerCase()) {
    const parts = ch.normalize('NFD');
    const base = parts[0] ?? '';
    const marks = parts.slice(1);
    // the diaeresis makes ü (v); any other mark is a tone
    plain.push(base === 'u' && marks.includes('\u0308') ? 'v' : base);
    toned.push(marks.replace('\u0308', '') !== '');
  }
  return { plain: plain.join(''), toned };
}

/**
 * The syllables of one pinyin word ("Zúsānlǐ" → zu san li, "lvse" → lv se), or null when it is not
 * pinyin. Pinyin's own rules pick between readings: a syllable starting with a, o or e only begins a
 * word (elsewhere an apostrophe comes first, as in Fù'āi), and a syllable carries at most one tone
 * mark. Longer syllables are tried first.
 */
export function pinyinSyllables(word: string): string[] | null {
  const { plain, toned } = letters(word);
  if (!/^[a-z]+$/.test(plain)) return null;
  const out: string[] = [];
  // positions from which no reading works, so a long word is read in linear time
  const deadEnds = new Set<number>();
  const from = (at: number): boolean => {
    if (at === plain.length) return true;
    if (deadEnds.has(at)) return false;
    for (let end = Math.min(plain.length, at + longestSyllable); end > at; end--) {
      const s = plain.slice(at, end);
      if (!syllables.has(s) || (at > 0 && /^[aoe]/.test(s)) || toned.slice(at, end).filter(Boolean).length > 1) continue;
      out.push(s);
      if (from(end)) return true;
      out.pop();
    }
    deadEnds.add(at);
    return false;
  };
  return from(0) ? out : null;
}

/** ü as the index holds it (u): "lv" and "lü" are both "lu" to the search. */
const indexed = (syllable: string) => syllable.replace(/v/g, 'u');

/**
 * The words a pinyin name is found by besides itself: its syllables one by one and the whole name
 * run together, without tones ("Dǐngniè Qiánxiéxiàn" → "ding nie qian xie xian dingnieqianxiexian").
 * Words that are not pinyin (a numeral "II") are left out.
 */
export function pinyinForms(pinyin: string): string {
  const words = pinyin.split(/[\s'’-]+/).map(pinyinSyllables);
  const split = words.flatMap((w) => w ?? []).map(indexed);
  return [...split, split.join('')].join(' ');
}

/**
 * The query with each run of pinyin typed apart joined into the name it spells: "zu san li" →
 * "zusanli", "nei guan for nausea" → "neiguan for nausea", "nei guan, tai chong" → "neiguan
 * taichong"; null when there is no run. A run is two
 * or more words in a row that are each pinyin; joined words are lower case, without tones, ü as u
 * (as the index holds them), and the other words are kept as typed.
 */
export function joinPinyinRuns(query: string): string | null {
  const out: string[] = [];
  let run: string[] = [];
  let joined = false;
  const flush = () => {
    if (run.length > 1) joined = true;
    if (run.length > 0) out.push(run.length > 1 ? run.join('') : (run[0] ?? ''));
    run = [];
  };
  // a comma or the like ends a run: "nei guan, tai chong" is two names
  for (const [word] of query.matchAll(/[\p{L}\p{N}]+|[,;/|]/gu)) {
    const s = pinyinSyllables(word);
    if (s) {
      run.push(s.map(indexed).join(''));
      continue;
    }
    flush();
    if (/[\p{L}\p{N}]/u.test(word)) out.push(word);
  }
  flush();
  return joined ? out.join(' ') : null;
}

const stripTones = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Lower case, no tone marks, ü as u (also when typed v, as in "lv" or "zhonglvshu"): how every term is indexed and searched. */
export function normalizeTerm(term: string): string {
  const plain = stripTones(term.toLowerCase()).replace(/ü/g, 'u');
  return plain.includes('v') && pinyinSyllables(plain) ? plain.replace(/v/g, 'u') : plain;
}
