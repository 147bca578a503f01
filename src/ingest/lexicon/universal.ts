/**
 * Universal and multilateral instruments a bilateral record never lists as the sides' own agreement
 * (ANNOTATION_NOTES.md: UN Charter, Paris Agreement, Outer Space Treaty …). Regex sources matched
 * case-blind against a candidate title.
 */
export const UNIVERSAL_INSTRUMENTS: string[] = [
  'paris (?:climate )?agreement', 'accord de paris', 'парижск\\p{L}* соглашени',
  'outer space treaty', "trait[ée] de l['’]espace", 'договор\\p{L}* о космосе',
  'charter of the united nations', 'un charter', 'charte des nations unies', 'устав\\p{L}* оон',
  'non-proliferation treaty', 'npt', 'trait[ée] de non-prolif[ée]ration', 'договор\\p{L}* о нераспространении',
  'vienna convention', 'convention de vienne', 'венск\\p{L}* конвенци',
  'chicago convention', 'geneva conventions?', 'conventions? de gen[èe]ve', 'женевск\\p{L}* конвенци',
  'kyoto protocol', 'protocole de kyoto', 'киотск\\p{L}* протокол',
  'montreal protocol', 'framework convention on climate change', 'unfccc', 'rome statute', 'law of the sea', 'unclos',
  'arms trade treaty', 'chemical weapons convention', 'biological weapons convention',
  'joint comprehensive plan of action', 'jcpoa', 'global methane pledge', 'sustainable development goals', 'agenda 2030',
];
