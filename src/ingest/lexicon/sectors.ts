import type { Language } from '../../contracts/index.js';
import type { SectorTerm } from './types.js';

/**
 * Terms that name an area of cooperation, per language, mapped to the one vocabulary of PRODUCT.md
 * with the mappings of ANNOTATION_NOTES.md (food security → agriculture, customs → law_enforcement,
 * peaceful use of nuclear energy → nuclear_energy …). Patterns are regex sources, matched case-blind
 * at word starts; Russian stems leave the ending open. Order matters only for readability: every
 * term that matches adds its sector.
 */
const t = (sector: SectorTerm['sector'], ...patterns: string[]): SectorTerm[] => patterns.map((pattern) => ({ pattern, sector }));

export const SECTOR_TERMS: Record<Language, SectorTerm[]> = {
  en: [
    ...t('nuclear_energy', 'nuclear energy', 'peaceful (?:uses? of )?(?:atomic|nuclear)(?: energy)?', 'nuclear power', 'civil(?:ian)? nuclear', 'small modular reactors?', 'nuclear reactors?'),
    ...t('energy', '(?:clean |renewable |green )?energy(?! efficiency)', 'energy efficiency', 'electricity', 'power generation', 'decarboni[sz]ation', 'solar', 'wind power', 'hydropower', 'hydrogen', 'ammonia', 'energy transition'),
    ...t('oil_gas', 'oil', 'natural gas', 'liquefied natural gas', 'lng', 'petroleum', 'pipelines?'),
    ...t('geology_mining', 'geolog(?:y|ical)', 'mining', 'minerals?', 'natural resources?', 'uranium'),
    ...t('trade', 'trade', 'commercial (?:ties|cooperation|relations)', 'trade and economic', 'economic and commercial', '(?:comprehensive )?economic partnership agreement'),
    ...t('investment', 'investments?', 'investors?', 'invest(?:s|ing|ed)?'),
    ...t('finance', 'financ(?:e|ial)', 'banking', 'double taxation', 'tax(?:ation)?', 'climate finance'),
    ...t('transport_logistics', 'transport(?:ation)?', 'logistics', 'aviation', 'air (?:services|transport)', 'shipping', 'railways?', 'rail', 'rapid transit', 'ports?'),
    ...t('infrastructure', 'infrastructure'),
    { pattern: 'food and water security', sector: 'agriculture', also: 'environment' },
    ...t('agriculture', 'agricultur(?:e|al)', 'food security', 'food systems?', 'food supplies', 'farming', 'fisheries', 'fertili[sz]ers?', 'grain', 'wheat'),
    ...t('industry', 'industr(?:y|ial)', '(?<!(?:drug|drugs|illicit|fentanyl|narcotics?) )manufacturing'),
    ...t('digital_telecom', 'digital', '[45]g', 'telecommunications?', 'information technolog(?:y|ies)', 'communications technology', 'telecom networks', 'digital public infrastructure'),
    ...t('science_technology', 'scien(?:ce|tific)', 'research', 'technical cooperation', 'artificial intelligence'),
    ...t('education', 'education(?:al)?', 'students?', 'scholarships?', 'universit(?:y|ies)', 'fulbright', 'exchange programs?', 'stem', 'human resources? development', 'vocational training', 'skills development'),
    ...t('health', 'health', 'covid(?:-19)?', 'pandemic', 'medical', 'vaccines?', 'pharmaceutical (?:industry|sector|production|cooperation)'),
    ...t('culture', 'cultur(?:e|al)', 'people-to-people'),
    ...t('sport', 'sports?'),
    ...t('tourism', 'tourism'),
    ...t('humanitarian', 'humanitarian', 'disaster relief', 'refugees'),
    ...t('security_defence', 'security(?<!(?:social|energy|health|economic|job|water|nuclear) security)', 'defen[cs]e(?! industr| equipment| production| procurement| manufactur)', 'military (?:training|exercises|cooperation|personnel)', 'exercises', 'counter-?terrorism', 'terrorism', 'terrorists?', 'cyber-?security', 'arms embargo', 'peace and stability', 'de-?escalation', 'nuclear program', 'peace process', '(?:regional )?hotspots?(?: issues)?'),
    ...t('military_technical', 'military[- ]technical', 'arms (?:purchases|supplies|sales)', 'defen[cs]e industr(?:y|ies)', 'procurement of', 'defen[cs]e equipment', 'defen[cs]e production'),
    ...t('law_enforcement', 'law enforcement', 'police', 'customs', 'narcotics', 'counter-?narcotics', 'drug trafficking', 'corruption', 'criminal', '(?:organi[sz]ed |transnational |cross-border )?crimes?', 'money laundering', 'smuggling', '(?:human|people|arms) trafficking', 'fentanyl', 'illicit drugs?', 'synthetic drugs?', 'cartels?'),
    ...t('space', '(?:outer )?space'),
    // "a secure environment for cooperation", "the business environment": surroundings, not ecology.
    ...t('environment', 'climate', '(?<!(?:secure|safe|enabling|conducive|business|investment|favou?rable|stable|security|operating|regulatory|political|economic|international|regional|geopolitical|peaceful) )environment(?:al)?', 'water', 'conservation', 'emissions', 'forests?', 'biodiversity', 'green development'),
    ...t('other', 'democracy', 'human rights', 'rule of law', 'governance', 'migration', 'maritime issues', '(?:illegal |irregular )?immigration', '(?:labour|labor) mobility'),
  ],
  fr: [
    { pattern: "s[ée]curit[ée] alimentaire et (?:de l['’])?eau", sector: 'agriculture', also: 'environment' },
    ...t('nuclear_energy', "(?:[ée]nergie |utilisation pacifique de l['’][ée]nergie )nucl[ée]aire", 'nucl[ée]aire civil'),
    ...t('energy', '[ée]nergie(?!s? nucl)', '[ée]nerg[ée]tique', '[ée]lectricit[ée]', '[ée]lectrification', 'solaire', '[ée]olien', 'hydro[ée]lectrique'),
    ...t('oil_gas', 'p[ée]trol(?:e|i[eè]re?s?)', 'gaz(?: naturel)?(?![\\p{L}])', 'gnl', 'hydrocarbures'),
    ...t('geology_mining', 'g[ée]olog', 'mines?', 'mini[èe]r', 'min[ée]raux', 'minerais', 'ressources naturelles'),
    ...t('trade', 'commerc(?:e|ial)', '[ée]changes commerciaux', 'exportations?', 'importations?', 'export(?:er|ent)', 'import(?:er|ent)'),
    ...t('investment', 'investissements?', 'investisseurs?'),
    // The financing of a project names the project's area, not finance ("convention de financement du projet d'électrification").
    ...t('finance', 'financ(?!ement)', 'bancaire', 'banques', 'double imposition', 'fiscal', 'd[ée]sendettement', 'dette'),
    // "transport d'électricité" is the grid; "sécurité maritime" is security and "pêche maritime" fishing.
    ...t('transport_logistics', "transports?(?! d['’][ée]lectricit[ée]| de l['’][ée]lectricit[ée]| d['’][ée]nergie)", 'logistique', 'aviation', 'a[ée]rien', 'ferroviaire', '(?<!s[ée]curit[ée] |p[êe]che )maritime'),
    ...t('infrastructure', 'infrastructures?'),
    ...t('agriculture', 'agricol', 'agriculture', 's[ée]curit[ée] alimentaire', 'alimentaire', 'engrais', 'c[ée]r[ée]ales', 'bl[ée](?=[^\\p{L}])', 'cacao', 'caf[ée](?![\\p{L}])', 'coton(?![\\p{L}])', 'p[êe]che', 'riz(?![\\p{L}])', '[ée]levage'),
    ...t('industry', 'industri'),
    ...t('digital_telecom', 'num[ée]rique', 't[ée]l[ée]communications', '[45]g'),
    ...t('science_technology', 'scientifique', 'recherche', 'technologi'),
    ...t('education', '[ée]ducati', '[ée]tudiants', 'bourses', 'universit', 'enseignement', 'formation professionnelle', 'formation des ressources humaines', 'ressources humaines'),
    ...t('health', 'sant[ée]', 'covid', 'pand[ée]mie', 'vaccin'),
    ...t('culture', 'cultur', 'patrimoine', 'mus[ée]es?', 'mus[ée]al'),
    ...t('sport', 'sporti?f?'),
    ...t('tourism', 'touris'),
    ...t('humanitarian', 'humanitaire', 'protection civile'),
    ...t('security_defence', 's[ée]curit[ée](?! alimentaire| sociale| [ée]nerg[ée]tique| sanitaire| nucl[ée]aire)', 's[ée]curitaire', 'd[ée]fense', 'militaire', 'terroris', 'embargo sur les armes', 'd[ée]sescalade', 'cybers[ée]curit', 'cessez-le-feu', 'conflits? arm[ée]s?', 'processus de paix'),
    ...t('military_technical', 'armement', 'coop[ée]ration militaro-technique'),
    ...t('law_enforcement', 'police', 'douan', 'stup[ée]fiants', 'narcotrafic', 'criminalit', 'corruption', 'passeurs', 'trafic (?:de|d[\'’]|des)', 'traite des', 'blanchiment', 'entraide judiciaire'),
    ...t('space', 'spatial', "l['’]espace extra"),
    ...t('environment', 'climat', 'environnement', 'biodiversit', "l['’]eau"),
    ...t('other', 'd[ée]mocratie', "droits de l['’]homme", 'migrat', 'r[ée]admission', 'mobilit[ée] (?:des jeunes|professionnelle)', 'gouvernance', 'immigration', '[ée]galit[ée] (?:des genres|entre les femmes)', 'r[ée]formes [ée]conomiques'),
  ],
  ru: [
    ...t('nuclear_energy', 'атомн\\p{L}* энерг', 'мирн\\p{L}* использован\\p{L}* атомн\\p{L}*(?: энерги)?', 'ядерн\\p{L}* энерг', 'атомн\\p{L}* электростанц', 'атомн\\p{L}* станц', 'росатом', 'аэс', 'мирн\\p{L}* атом'),
    ...t('energy', 'энергетик', 'энергетическ', 'гидроэнерг', 'гидроэлектростанц', 'гэс', 'возобновляем\\p{L}* источник', 'электроэнерг', 'энергоснабжен', 'энергоносител', 'энергоресурс'),
    ...t('oil_gas', 'нефт', 'газов', 'газ(?:а|у|ом|е)?(?=[^\\p{L}])', 'сжиженн\\p{L}* природн', 'спг'),
    ...t('geology_mining', 'геолог', 'горнорудн', 'добыч', 'уранодобыва', 'полезн\\p{L}* ископаем', 'природн\\p{L}* ресурс', 'недр'),
    ...t('trade', 'торгов', 'товарооборот', 'торгово-экономическ'),
    ...t('investment', 'инвестиц', 'инвестиционн'),
    ...t('finance', 'финанс', 'банк', 'налог', 'финансов\\p{L}* грамотност', 'национальн\\p{L}* валют', 'расч[её]т\\p{L}* в (?:национальн|рубл|юан)'),
    // "транспортные средства" are vehicles (goods and vehicles crossing a border), not transport cooperation.
    ...t('transport_logistics', 'транспорт(?!\\p{L}* средств)', 'логистик', 'авиа', 'железнодорож', 'железн\\p{L}* дорог', 'перевоз(?:к|ок|чик)', 'грузоперевоз'),
    ...t('infrastructure', 'инфраструктур'),
    ...t('agriculture', 'сельск\\p{L}* хозяйств', 'сельскохозяйствен', 'агропромышлен', 'продовольств', 'продовольственн', 'удобрени', 'зерн', 'пшениц'),
    ...t('industry', 'промышленн', 'индустриальн'),
    ...t('digital_telecom', 'цифров', 'информационн\\p{L}* технолог', 'связ[иь] и массов', 'телекоммуникац'),
    ...t('science_technology', 'научн', 'наук', 'научно-техническ', 'технологическ'),
    ...t('education', 'образован', 'студент', 'стипенди', 'вуз', 'подготовк\\p{L}* (?:национальн\\p{L}* )?кадр', 'гуманитарн\\p{L}* связ'),
    ...t('health', 'здравоохранен', 'медицин', 'пандеми', 'вакцин', 'фармацевт', 'лекарствен'),
    ...t('culture', 'культур', 'культурно-гуманитарн'),
    ...t('sport', 'спорт'),
    ...t('tourism', 'туризм', 'туристическ', 'турист'),
    ...t('humanitarian', 'гуманитарн\\p{L}* (?:помощ|проект|поставк|груз)', 'мчс', 'ликвидац\\p{L}* последстви'),
    ...t('security_defence', 'безопасност(?<!(?:энергетическ|продовольственн|ядерн|информационн)\\p{L}* безопасност)', 'оборон', 'военн\\p{L}* (?:сотрудничеств|кадр)', 'терроризм', 'ядерн\\p{L}* программ', 'урегулировани', 'конфликт', 'пограничн\\p{L}* (?:сотрудничеств|служб|ведомств)', 'пограничник', 'охран\\p{L}* (?:\\p{L}+ )?границ', 'укреплени\\p{L}* (?:\\p{L}+ )?границ'),
    ...t('military_technical', 'военно-техническ', 'вооружени'),
    ...t('law_enforcement', 'правоохранительн', 'таможен', 'наркотик', 'полици', 'коррупц', 'преступност', 'отмывани'),
    ...t('space', 'космическ', 'космос'),
    ...t('environment', 'климат', 'экологи', 'окружающ\\p{L}* сред', 'реабилитац\\p{L}* территори', 'водн\\p{L}* ресурс', 'водн\\p{L}* хозяйств', 'водопользовани', 'трансграничн\\p{L}* рек'),
    { pattern: 'водно-энергетическ', sector: 'environment', also: 'energy' },
    ...t('other', 'миграц', 'мигрант', 'трудов\\p{L}* деятельност', 'демократ(?!\\p{L}* республик)', 'прав\\p{L}* человека'),
  ],
};
