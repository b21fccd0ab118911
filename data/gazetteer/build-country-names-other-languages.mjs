// Regenerates country-names-other-languages.tsv: the hand-written names below, plus what the npm
// package i18n-iso-countries (7.14.0, MIT; its names come from the Unicode CLDR) calls each country
// in the languages of LANGUAGES. Not part of the Maven build. Run from this folder:
//   npm install --no-save i18n-iso-countries@7.14.0
//   node build-country-names-other-languages.mjs > country-names-other-languages.tsv
// A name is left out when a text could mean something else by it: an English word, a stoplisted
// city, another country's English name or alias, a region or a city ("Tunis" is Tunisia in Croatian
// and its capital in English), fewer than four letters, or a name with punctuation the trie cannot
// match as written ("Congo (Rép.)").
// Languages written without spaces between words (Chinese, Japanese, Thai, Khmer) are left out:
// the trie matches whole words only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const LANGUAGES = ['es', 'pt', 'fr', 'it', 'de', 'nl', 'pl', 'tr', 'id', 'ms', 'ru', 'uk', 'cs',
  'sk', 'ro', 'hu', 'sv', 'da', 'nb', 'fi', 'hr', 'sl', 'bg', 'el', 'ca', 'lt', 'lv', 'et', 'ar',
  'fa', 'he', 'ko', 'vi'];

// Reviewed by hand; kept whatever the package says.
const HAND = {
  AT: ['Österreich'],
  BE: ['Bélgica', 'Belgique', 'Belgio', 'Belgien'],
  BR: ['Brasil', 'Brésil', 'Brasilien'],
  CA: ['Canadá'],
  CH: ['Suiza', 'Suíça', 'Suisse', 'Svizzera', 'Schweiz'],
  CN: ['Chine', 'Cina'],
  DE: ['Alemania', 'Alemanha', 'Allemagne', 'Germania', 'Deutschland'],
  DO: ['República Dominicana'],
  ES: ['España', 'Espanha', 'Espagne', 'Spagna', 'Spanien'],
  FR: ['Francia', 'França', 'Frankreich'],
  GB: ['Reino Unido', 'Royaume-Uni', 'Regno Unito', 'Großbritannien'],
  IT: ['Italia', 'Itália', 'Italie', 'Italien'],
  JP: ['Japón', 'Japão', 'Japon', 'Giappone'],
  MX: ['México', 'Mexique', 'Messico', 'Mexiko'],
  NL: ['Países Bajos', 'Pays-Bas', 'Paesi Bassi', 'Niederlande'],
  PA: ['Panamá'],
  PE: ['Perú', 'Pérou'],
  US: ['Estados Unidos', 'États-Unis', 'Stati Uniti', 'Vereinigte Staaten'],
};

const lines = (file) => readFileSync(new URL(file, import.meta.url), 'utf8').split('\n')
  .filter((l) => l && !l.startsWith('#'));
const lower = (s) => s.toLocaleLowerCase('und');
const english = new Set(lines('../lexicon/english-words.txt').map(lower));
const stoplist = new Set(lines('city-stoplist.txt').map(lower));
const countries = lines('countries.tsv').slice(1).map((l) => l.split('\t'));
// Each English name or alias, with the country it belongs to.
const englishOwner = new Map();
for (const [code, , name, aliases] of countries) {
  for (const n of [name, ...(aliases ? aliases.split('|') : [])]) englishOwner.set(lower(n), code);
}
const elsewhere = new Map();
for (const l of lines('regions.tsv').slice(1)) {
  const f = l.split('\t');
  for (const n of [f[0], ...(f[1] ? f[1].split('|') : [])]) elsewhere.set(lower(n), 'region');
}
for (const l of lines('world-regions.tsv').slice(1)) {
  const f = l.split('\t');
  for (const n of [f[0], ...(f[1] ? f[1].split('|') : [])]) elsewhere.set(lower(n), 'region');
}
for (const l of lines('cities.tsv').slice(1)) {
  const f = l.split('\t');
  for (const n of [f[1], f[2]]) if (n) elsewhere.set(lower(n), f[4]);
}

const names = new Map();
const add = (code, n) => {
  if (!names.has(code)) names.set(code, new Set());
  names.get(code).add(n);
};
for (const [code, list] of Object.entries(HAND)) list.forEach((n) => add(code, n));
const known = new Set(countries.map((f) => f[0]));
for (const lang of LANGUAGES) {
  const byCode = require(`i18n-iso-countries/langs/${lang}.json`).countries;
  for (const [code, value] of Object.entries(byCode)) {
    if (!known.has(code)) continue;
    for (const n of [].concat(value)) {
      const k = lower(n);
      const owner = englishOwner.get(k);
      const other = elsewhere.get(k);
      if ([...n].length < 4
        || /[(),\[\]]/.test(n)
        || n !== n.trim()
        || n[0] === lower(n[0]) && n[0] !== n[0].toUpperCase()
        || english.has(k)
        || stoplist.has(k)
        || owner !== undefined
        || other !== undefined) {
        continue;
      }
      add(code, n);
    }
  }
}
console.log('code\tnames');
for (const code of [...names.keys()].sort()) {
  console.log(`${code}\t${[...names.get(code)].join('|')}`);
}
