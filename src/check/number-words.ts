/**
 * Words that stand for numbers: month names (from Intl, for any locale, plus English forms that
 * machine translation leaves in place) and small number words ("six months" → "6 måneder").
 * Number words are listed for English and the project's locales; other locales simply get
 * no number-word leniency.
 */

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const ENGLISH_SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const NUMBER_WORDS: Record<string, string[][]> = {
  en: [
    ['zero'], ['one', 'once', 'single', 'first'], ['two', 'twice', 'double', 'second', 'both'],
    ['three', 'third'], ['four', 'fourth'], ['five', 'fifth'], ['six', 'sixth'], ['seven', 'seventh'],
    ['eight', 'eighth'], ['nine', 'ninth'], ['ten', 'tenth'], ['eleven', 'eleventh'], ['twelve', 'twelfth'],
    ['thirteen'], ['fourteen'], ['fifteen'], ['sixteen'], ['seventeen'], ['eighteen'], ['nineteen'], ['twenty'],
  ],
  lv: [
    ['nulle'], ['viens', 'viena', 'vienu', 'vienā', 'vienam', 'vienai', 'vienas', 'vieni', 'vieniem', 'vienām', 'vienreiz'], ['divi', 'divas', 'divu', 'diviem', 'divām', 'divreiz', 'abi', 'abas', 'abus', 'abos', 'abās', 'abiem'],
    ['trīs', 'triju', 'trim', 'trijiem', 'trijos', 'trijām'], ['četri', 'četras', 'četru', 'četriem', 'četrām'],
    ['pieci', 'piecas', 'piecu', 'pieciem', 'piecām'], ['seši', 'sešas', 'sešu', 'sešiem', 'sešām'],
    ['septiņi', 'septiņas', 'septiņu', 'septiņiem'], ['astoņi', 'astoņas', 'astoņu', 'astoņiem'],
    ['deviņi', 'deviņas', 'deviņu', 'deviņiem'], ['desmit'], ['vienpadsmit'], ['divpadsmit'],
    ['trīspadsmit'], ['četrpadsmit'], ['piecpadsmit'], ['sešpadsmit'], ['septiņpadsmit'], ['astoņpadsmit'],
    ['deviņpadsmit'], ['divdesmit'],
  ],
  nb: [
    ['null'], ['en', 'ei', 'ett', 'én', 'første'], ['to', 'andre', 'begge', 'dobbelt'], ['tre', 'tredje'],
    ['fire', 'fjerde'], ['fem', 'femte'], ['seks', 'sjette'], ['sju', 'syv', 'sjuende', 'syvende'],
    ['åtte', 'åttende'], ['ni', 'niende'], ['ti', 'tiende'], ['elleve'], ['tolv'], ['tretten'], ['fjorten'],
    ['femten'], ['seksten'], ['sytten'], ['atten'], ['nitten'], ['tjue'],
  ],
};
/** Latvian ordinals decline like adjectives: stem + ending ("trešās puses" = third-party). */
const LATVIAN_ORDINAL_STEMS = ['pirm', 'otr', 'treš', 'ceturt', 'piekt', 'sest', 'septīt', 'astot', 'devīt', 'desmit'];
const LATVIAN_ADJECTIVE_ENDINGS = ['ais', 'ā', 'o', 'ajā', 'ās', 'ajām', 'ie', 'ajiem', 'ajos', 'ajam', 'ajai', 'ajās', 'as', 'ai', 'am', 'ajo', 'aju'];
LATVIAN_ORDINAL_STEMS.forEach((stem, i) => NUMBER_WORDS.lv[i + 1].push(...LATVIAN_ADJECTIVE_ENDINGS.map((e) => stem + e)));

/**
 * Compound words that start with a number ("divsoļu" = 2-step, "tretrinns" = 3-step). Only
 * stems long enough not to start common words are listed (nb "tre" would match "trenger").
 */
const COMPOUND_STEMS: Record<string, { stem: string; value: number; minExtra: number }[]> = {
  lv: ([['div', 2], ['trīs', 3], ['četr', 4], ['piec', 5], ['seš', 6], ['septiņ', 7], ['astoņ', 8], ['deviņ', 9], ['desmit', 10]] as const)
    .map(([stem, value]) => ({ stem, value, minExtra: 3 })),
  nb: ([['tofaktor', 2], ['totrinns', 2], ['tretrinns', 3], ['tredjepart', 3], ['firetrinns', 4], ['femtrinns', 5]] as const)
    .map(([stem, value]) => ({ stem, value, minExtra: 0 })),
};

/**
 * Words for a whole day that stand for "24 hours" ("opptil ett døgn" = up to 24 hours): a stem,
 * matched with any ending (nb "døgnet", lv "diennakts", "diennaktī").
 */
const DAY_STEMS: Record<string, string> = { lv: 'diennakt', nb: 'døgn' };
const HOURS_IN_A_DAY = 24;

NUMBER_WORDS.no = NUMBER_WORDS.nb;
NUMBER_WORDS.nn = NUMBER_WORDS.nb;

const language = (locale: string): string => locale.split('-')[0].toLowerCase();

const numberWordMaps = new Map<string, Map<string, number>>();
function numberWordMap(locale: string): Map<string, number> {
  const lang = language(locale);
  let map = numberWordMaps.get(lang);
  if (!map) {
    map = new Map();
    (NUMBER_WORDS[lang] ?? []).forEach((forms, value) => { for (const f of forms) map!.set(f, value); });
    numberWordMaps.set(lang, map);
  }
  return map;
}

export function numberWordOf(word: string, locale: string): number | null {
  const lower = word.toLowerCase();
  const exact = numberWordMap(locale).get(lower);
  if (exact !== undefined) return exact;
  const lang = language(locale);
  const family = lang === 'no' || lang === 'nn' ? 'nb' : lang;
  for (const { stem, value, minExtra } of COMPOUND_STEMS[family] ?? []) {
    if (lower.length >= stem.length + minExtra && lower.startsWith(stem)) return value;
  }
  const day = DAY_STEMS[family];
  if (day !== undefined && lower.startsWith(day) && lower.length <= day.length + 3) return HOURS_IN_A_DAY;
  return null;
}

interface MonthStem { stem: string; maxLength: number; month: number }

/** Month stems of a locale: its long month names (standalone and in a date) minus the ending. */
const monthStems = new Map<string, MonthStem[]>();
function stemsOf(locale: string): MonthStem[] {
  let stems = monthStems.get(locale);
  if (stems) return stems;
  stems = [];
  try {
    const standalone = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const date = new Date(Date.UTC(2020, m, 15));
      const forms = [standalone.format(date), ...inDate.formatToParts(date).filter((p) => p.type === 'month').map((p) => p.value)]
        .map((f) => f.toLowerCase())
        .filter((f) => /^\p{L}+$/u.test(f));
      for (const form of forms) {
        // Short names must match whole (nb "mai" is not "mail"); longer ones lose their ending.
        const cut = form.length <= 4 ? 0 : form.length === 5 ? 1 : 2;
        stems.push({ stem: form.slice(0, form.length - cut), maxLength: form.length + (cut ? 2 : 1), month: m + 1 });
      }
    }
  } catch { /* locale without month names in this ICU */ }
  monthStems.set(locale, stems);
  return stems;
}

function englishMonth(word: string): number | null {
  const long = ENGLISH_MONTHS.indexOf(word);
  if (long !== -1) return long + 1;
  const short = ENGLISH_SHORT_MONTHS.indexOf(word === 'Sept' ? 'Sep' : word);
  return short === -1 ? null : short + 1;
}

/** Month number of a month name (English names are capitalized; others match by stem). */
export function monthOf(word: string, locale: string): number | null {
  const english = englishMonth(word);
  if (english !== null || language(locale) === 'en') return english;
  const lower = word.toLowerCase();
  for (const s of stemsOf(locale)) {
    if (lower.length <= s.maxLength && lower.startsWith(s.stem)) return s.month;
  }
  return null;
}
