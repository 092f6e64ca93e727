// Derives the region gazetteer the extraction engine embeds: one line per first-level subdivision
// (province, state, region, prefecture...), "name<TAB>ISO country code", from ISO 3166-2 as Debian's
// iso-codes package ships it. Run by the csproj at build time.
const fs = require('fs');
const path = require('path');
const [source, out] = process.argv.slice(2);
// Types that name small or administrative units texts rarely mean by the bare name.
const skipped = new Set([
  'Municipality', 'District', 'Local council', 'Parish', 'Rayon', 'District municipality', 'Quarter', 'Commune',
  'Popularate', 'Administrative atoll', 'Island council', 'City municipality', 'Rural municipality',
  'Urban municipality', 'City', 'City with county rights', 'Special municipality', 'Republican city',
  'Metropolitan city', 'Geographical unit', 'Dependency', 'Islands, groups of islands', 'Town council',
]);
// Chinese subdivisions carry their pinyin type ("Yunnan Sheng", "Guangxi Zhuangzu Zizhiqu"): texts drop it.
const pinyinType = / (?:(?:Zhuangzu|Huizu|Huizi|Uygur) )?(?:Sheng|Shi|Zizhiqu)$/;
const lines = new Set();
for (const s of JSON.parse(fs.readFileSync(source, 'utf8'))['3166-2']) {
  if (s.parent || skipped.has(s.type)) continue;
  let name = s.name.replace(/\s*[([].*$/, '');      // "Ilocos (Region I)", "Wales [Cymru GB-CYM]"
  name = name.split(',')[0].trim();                  // "Madrid, Comunidad de"
  name = name.replace(pinyinType, '');
  if (!/^\p{Lu}/u.test(name) || name.includes('/') || name.length < 3) continue;
  lines.add(name + '\t' + s.code.slice(0, 2));
}
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, [...lines].sort().join('\n') + '\n');
