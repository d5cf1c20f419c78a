/** Word lists the draft's context rules use: English news usage, compiled by hand. */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Capitalised at a sentence's start but never a name: they never begin a place's name ("New" and "Old" do: New York, Old Fort). */
export const FUNCTION_WORDS = set(`
  a an the this that these those it its he she they we i you his her their our my your them us him
  in on at by for from with without as after before but and or nor if when while since because although though
  so yet also still even only just then there here what which who whom whose why how where
  under over into onto through during between among about against across along around near outside inside
  neither either both some many most more much few several all any each every no not none one two three
  meanwhile however moreover instead indeed later earlier today yesterday tomorrow now once again
  last next first second third other another such same according despite unlike like
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
  defense defence
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
  island islands isle lake lakes river mountain mountains volcano sea ocean bay gulf strait sound channel
  city county state province region district coast valley alliance summit union coalition forum
`);

/**
 * Words before a county's or a state's name that say which part of it is meant, as National Weather
 * Service products name their zones and warned areas ("Mainland Dare", "Outer Banks Hyde",
 * "Southeastern Buncombe County", "Eastern North Carolina"): the name is still the county or state.
 */
export const PART_OF = set(`
  north south east west central northern southern eastern western
  northeast northwest southeast southwest northeastern northwestern southeastern southwestern
  upper lower mainland coastal inland interior
`);
/** Of those, the ones that may stand before a county's bare name ("Northern Sangamon", not "Central Park"). */
export const PART_OF_BARE = set(`
  northern southern eastern western northeastern northwestern southeastern southwestern mainland coastal inland interior
`);
/** Two-word parts of that kind ("Outer Banks Dare"). */
export const PART_OF_PAIRS = new Set(['outer banks']);

/** Big countries: that the article names one says little about where in it a small town lies. */
export const LARGE_COUNTRIES = new Set([
  'United States of America',
  'Canada',
  'Russia',
  'China',
  'Brazil',
  'Australia',
  'India',
  'Argentina',
  'Kazakhstan',
  'Indonesia',
  'Mexico',
]);

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
  county: ['county', 'state', 'town', 'city'],
  counties: ['county'],
  parish: ['county'],
  borough: ['county'],
  park: ['park'],
  province: ['state'],
  state: ['state'],
};

/** Prepositions that put the next name where something happens: "in Hanoi", "outside Stockholm". */
export const LOCATIVE =
  /(?:^|[^\p{L}])(?:in|at|near|outside|inside|from|(?:travel\w*|fl(?:y|ew|own|ights?)|go(?:ne|ing)?|went|head(?:ed|ing)?|return\w*|mov\w+|c[ao]me|sail\w*|dr[io]ve\w*|trip|journey|route|way|road|bound|evacuated|relocated|sent|deployed|extends?|stretch\w*)\s+(?:back\s+)?to|into|off|across|through|throughout|toward|towards|around|via|over|along|within|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:-?(?:north|south)?(?:east|west))?\s+of|reach(?:ed|es)?|visit(?:ed|s|ing)?|arriv(?:ed|es|ing)|struck|hit|left|leaving|leave)(?:\s+(?:the|a|an|its|their|his|her|northern|southern|eastern|western|central|capital|city|town|village|port|island|state|province|region|coast|coastal|area|areas|suburbs?|outskirts|north|south|east|west|northeast|northwest|southeast|southwest|remote|nearby|rural|downtown|of))*\s+$/iu;

/** Words that may follow a place's name without making it another name ("Johnston Atoll Unit", "Kapoho Bay area"). */
export const GENERIC_AFTER = set(`
  unit area areas zone region district coast coastline shore basin peninsula harbor harbour port airport border
  metro metropolitan downtown suburbs outskirts province state county municipality
`);

/** US state postal codes, which follow a town's name as its state ("Buxton NC"). */
export const US_POSTAL: Record<string, string> = Object.fromEntries(
  'AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|WV West Virginia|WI Wisconsin|WY Wyoming'
    .split('|')
    .map((state) => [state.slice(0, 2), state.slice(3)]),
);
