// Regenerates countries.tsv from Debian's iso-codes (ISO 3166-1) plus the everyday names below.
// Not part of the Maven build. Run:  apt-get install iso-codes
//   node data/gazetteer/build-countries.mjs > data/gazetteer/countries.tsv
import { readFileSync } from 'node:fs';

const ISO = '/usr/share/iso-codes/json/iso_3166-1.json';
const entries = JSON.parse(readFileSync(ISO, 'utf8'))['3166-1'];

// alpha-2 -> [the name a journalist writes, extra aliases]. Reviewed by hand; edit here, not in the TSV.
const EVERYDAY = {
  BN: ['Brunei'],
  BO: ['Bolivia'],
  BQ: ['Bonaire, Sint Eustatius and Saba', ['Caribbean Netherlands', 'Bonaire']],
  CC: ['Cocos (Keeling) Islands', ['Cocos Islands']],
  CD: ['Democratic Republic of the Congo', ['Democratic Republic of Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa']],
  CG: ['Republic of the Congo', ['Congo-Brazzaville', 'Congo']],
  CI: ["Côte d'Ivoire", ['Ivory Coast']],
  CV: ['Cabo Verde', ['Cape Verde']],
  CZ: ['Czechia', ['Czech Republic']],
  FK: ['Falkland Islands', ['Falklands']],
  FM: ['Micronesia'],
  GB: ['United Kingdom', ['UK', 'U.K.', 'Great Britain', 'Britain']],
  IR: ['Iran'],
  KP: ['North Korea', ['DPRK']],
  KR: ['South Korea', ['Republic of Korea', 'Korea']],
  LA: ['Laos'],
  MD: ['Moldova'],
  MF: ['Saint Martin'],
  MK: ['North Macedonia', ['Macedonia']],
  MM: ['Myanmar', ['Burma']],
  MO: ['Macao', ['Macau']],
  NL: ['Netherlands', ['The Netherlands']],
  PS: ['Palestine', ['State of Palestine']],
  RU: ['Russia', ['Russian Federation']],
  SH: ['Saint Helena'],
  ST: ['São Tomé and Príncipe'],
  SX: ['Sint Maarten'],
  SY: ['Syria'],
  SZ: ['Eswatini', ['Swaziland']],
  TL: ['Timor-Leste', ['East Timor']],
  TR: ['Turkey', ['Türkiye', 'Republic of Türkiye']],
  TW: ['Taiwan', ['Chinese Taipei']],
  TZ: ['Tanzania'],
  US: ['United States', ['USA', 'U.S.', 'U.S.A.', 'US', 'United States of America']],
  AE: ['United Arab Emirates', ['UAE']],
  VA: ['Vatican City', ['Holy See', 'Vatican']],
  VE: ['Venezuela'],
  VG: ['British Virgin Islands'],
  VI: ['U.S. Virgin Islands', ['US Virgin Islands']],
  VN: ['Vietnam', ['Viet Nam']],
};

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

function variants(name) {
  const out = [name];
  if (/^Saint /.test(name)) out.push(name.replace(/^Saint /, 'St. '), name.replace(/^Saint /, 'St '));
  if (fold(name) !== name) out.push(fold(name));
  if (name.includes("'")) out.push(name.replace(/'/g, '’'));
  return out;
}

const lines = ['code\talpha3\tname\taliases'];
for (const e of [...entries].sort((a, b) => a.alpha_2.localeCompare(b.alpha_2))) {
  const [everyday, extra = []] = EVERYDAY[e.alpha_2] ?? [e.common_name ?? e.name];
  const official = e.official_name?.replace(/^the /, '');
  const aliases = new Set();
  for (const n of [e.name, official, e.common_name, ...extra].filter(Boolean)) {
    variants(n).forEach((v) => aliases.add(v));
  }
  variants(everyday).slice(1).forEach((v) => aliases.add(v));
  aliases.delete(everyday);
  lines.push([e.alpha_2, e.alpha_3, everyday, [...aliases].join('|')].join('\t'));
}
process.stdout.write(lines.join('\n') + '\n');
