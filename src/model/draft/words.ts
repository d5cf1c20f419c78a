/** Word lists the draft's context rules use: English news usage, compiled by hand. */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Capitalised at a sentence's start but never a name: they never begin a place's name. */
export const FUNCTION_WORDS = set(`
  a an the this that these those it its he she they we i you his her their our my your them us him
  in on at by for from with without as after before but and or nor if when while since because although though
  so yet also still even only just then there here what which who whom whose why how where
  under over into onto through during between among about against across along around near outside inside
  neither either both some many most more much few several all any each every no not none one two three
  meanwhile however moreover instead indeed later earlier today yesterday tomorrow now once again
  last next first second third new old other another such same according despite unlike like
  officials official people police authorities residents experts analysts critics
  is are was were be been being has have had do does did will would can could should may might must
  let let's we're it's there's here's that's
`);

/** Words after which a capitalised name is a person's: "Secretary Austin", "President Donald Trump". */
export const TITLES = set(`
  president secretary minister chancellor premier mr mrs ms miss dr gen general sen senator rep representative
  gov governor mayor judge justice king queen prince princess emperor empress pope sheikh sheik emir sultan
  chairman chairwoman chair ambassador envoy admiral adm lt lieutenant colonel col captain capt sgt sergeant
  major maj commander officer chief professor prof rev reverend sir lord lady dame speaker commissioner director
  spokesman spokeswoman spokesperson deputy vice leader councillor councilman councilwoman

`);

/** Words that make a capitalised sequence an organisation's name (places inside it are not meant). */
export const ORGANISATION_WORDS = set(`
  university college institute institution school academy bank ministry department agency administration office
  bureau service services corporation corp company co inc ltd llc plc group holdings airlines airline airways
  times post journal news herald tribune press television tv radio broadcasting network
  council commission committee association federation union league party court police army navy guard force forces
  fund foundation center centre museum hospital club team church embassy consulate parliament congress senate
  assembly government authority society observatory survey laboratory lab project program programme initiative
  treaty accords accord agreement convention declaration pact act law report reports daily weekly review magazine
  energy power oil gas motors industries international worldwide partners capital securities exchange
`);

/** Capitalised words that break a name: days, months, and words a dateline or a title uses. */
export const NOT_NAMES = set(`
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  christmas easter ramadan eid thanksgiving
  god i ap afp
`);

/** Words that name no place on their own, though a longer name may start with them ("Western Australia"). */
export const NOT_ALONE = set(`
  western eastern northern southern central north south east west northeast northwest southeast southwest
  asian european african arab latin nordic baltic balkan middle far near upper lower greater new old great
  national federal royal imperial international global world
`);

/** Names of institutions that stand for a government ("the White House said"), not places to map. */
export const METONYMS = new Set([
  'white house',
  'blue house',
  'kremlin',
  'pentagon',
  'capitol hill',
  'capitol',
  'downing street',
  'whitehall',
  'elysee',
  'élysée',
  'wall street',
  'foggy bottom',
  'zhongnanhai',
]);

/** Words that say what kind of place a name is: "Lake Malaren", "Kilauea Volcano", "Yukon River". */
export const PLACE_WORDS: Record<string, readonly string[]> = {
  lake: ['lake'],
  lakes: ['lake'],
  river: ['river'],
  mount: ['mountain'],
  mt: ['mountain'],
  mountain: ['mountain'],
  mountains: ['mountain', 'region'],
  volcano: ['mountain'],
  island: ['island'],
  islands: ['island'],
  isle: ['island'],
  sea: ['sea'],
  ocean: ['sea'],
  bay: ['sea'],
  gulf: ['sea'],
  strait: ['sea'],
  sound: ['sea'],
  channel: ['sea'],
  city: ['capital', 'city', 'town'],
  county: ['state', 'town', 'city'],
  province: ['state'],
  state: ['state'],
};

/** Prepositions that put the next name where something happens: "in Hanoi", "outside Stockholm". */
export const LOCATIVE =
  /(?:^|[^\p{L}])(?:in|at|near|outside|inside|from|(?:travel\w*|fl(?:y|ew|own|ights?)|go(?:ne|ing)?|went|head(?:ed|ing)?|return\w*|mov\w+|c[ao]me|sail\w*|dr[io]ve\w*|trip|journey|route|way|road|bound|evacuated|relocated|sent|deployed|extends?|stretch\w*)\s+(?:back\s+)?to|into|off|across|through|throughout|toward|towards|around|via|over|along|between|within|reach(?:ed|es)?|visit(?:ed|s|ing)?|arriv(?:ed|es|ing)|struck|hit|left|leaving|leave)(?:\s+(?:the|a|an|its|their|his|her|northern|southern|eastern|western|central|capital|city|town|village|port|island|state|province|region|coast|coastal|area|areas|suburbs?|outskirts|north|south|east|west|northeast|northwest|southeast|southwest|remote|nearby|rural|downtown|of))*\s+$/iu;
