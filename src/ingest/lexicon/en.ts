import type { Lexicon } from './types.js';

/** English: how State Department, White House and news readouts name people, meetings and documents. */
export const EN: Lexicon = {
  months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  relativeDays: [
    { pattern: 'today|this (?:morning|afternoon|evening)|tonight', offset: 0 },
    { pattern: 'yesterday|last night', offset: -1 },
  ],
  titles: [
    { pattern: '(?:interim |transitional |acting )?president(?:[- ]elect)?', rank: 'head_of_state' },
    { pattern: 'vice[- ]president', rank: 'deputy' },
    { pattern: '(?:crown )?prince|king|queen|emir|sultan|sheikh|(?:supreme )?leader', rank: 'head_of_state' },
    { pattern: '(?:first )?(?:deputy )?prime minister(?:[- ](?:elect|designate))?|premier|chancellor', rank: 'head_of_government' },
    { pattern: '(?:deputy )?secretary of state|secretary(?: of (?:defense|the treasury|commerce|energy|agriculture))?', rank: 'minister' },
    // Kenya's ministers are Cabinet Secretaries; the UK's and India's have their own forms.
    { pattern: '(?:prime )?cabinet secretary|foreign secretary|home secretary|external affairs minister|minister of state|state councill?or', rank: 'minister' },
    { pattern: '(?:(?:principal )?deputy )?assistant secretary(?: of state)?', rank: 'official' },
    { pattern: 'under ?secretary(?: of state)?|undersecretary', rank: 'official' },
    { pattern: '(?:deputy )?(?:foreign|defen[cs]e|finance|trade|energy|economy|interior) minister', rank: 'minister' },
    // The portfolio runs over words, commas and "and", never over a style or "the" that opens the
    // next person ("Minister of Trade and Tourism, Mr Peter Banda, and the Minister of Foreign Affairs").
    { pattern: "(?:deputy )?minister(?: of (?:the )?(?:(?!(?:mr|mrs|ms|dr|hon|shri|smt|the|minister)(?![\\p{L}]))[a-z]+(?:, | and | ))*?(?:affairs|technology|development|trade|energy|defen[cs]e|finance|economy|industry|health|education|agriculture|culture|justice|interior|transport))?", rank: 'minister' },
    { pattern: '(?:special )?(?:presidential )?(?:envoy|representative)', rank: 'official' },
    { pattern: 'ambassador', rank: 'ambassador' },
    { pattern: 'charg[ée] d[’\']affaires', rank: 'ambassador' },
    { pattern: 'director[- ]general|director|administrator|ceo|chairman|chair|governor|head|advisor|adviser|senior advisor|commissioner|secretary[- ]general', rank: 'official' },
    { pattern: 'speaker', rank: 'speaker' },
    { pattern: 'counterpart', rank: 'other' },
  ],
  honorifics: ['shri', 'smt', 'shrimati', 'mr', 'mrs', 'ms', 'dr', 'h\\.e', 'hon', 'his excellency', 'her excellency', 'his majesty', 'her majesty', 'his royal highness', 'her royal highness', 'his highness', 'her highness', 'princess', 'sir', 'madam', 'general', 'gen'],
  nameParticles: ['bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'van', 'von', 'der', 'du', 'la', 'le', 'ben', 'abu'],
  notNames: ['the', 'secretary', 'minister', 'president', 'office', 'department', 'state', 'states', 'united', 'government', 'republic', 'kingdom', 'federation', 'ministry', 'foreign', 'affairs', 'begin', 'text', 'end', 'joint', 'statement', 'spokesperson', 'council', 'commission', 'committee', 'working', 'group', 'dialogue', 'summit', 'forum', 'agreement', 'memorandum', 'treaty', 'accords', 'house', 'white', 'national', 'bureau', 'administration', 'program', 'programme', 'mission', 'security', 'institute', 'company', 'association', 'confederation', 'services', 'agency', 'party', 'university', 'foundation', 'center', 'centre', 'corporation', 'bank', 'fund', 'board', 'policy', 'members', 'his', 'her', 'their', 'our', 'we', 'they', 'both', 'on', 'in', 'at', 'during', 'after', 'since', 'with', 'and', 'for', 'as', 'this', 'that', 'mr', 'dr',
    // Months and weekdays close a title's complement ("the visit of the President of Russia to Astana on November 11");
    // April, May, June and August are also given names and surnames ("Theresa May").
    'january', 'february', 'march', 'july', 'september', 'october', 'november', 'december',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  engagementCues: [
    { pattern: 'state visit', kind: 'state_visit' },
    { pattern: 'official visit', kind: 'official_visit' },
    { pattern: 'working visit', kind: 'working_visit' },
    { pattern: '(?:tele)?phone call|call with|spoke by (?:tele)?phone|spoke (?:today |yesterday )?(?:by phone )?with|telephone conversation|(?:tele)?phone talks?|held a call|video ?call|videoconference', kind: 'phone_call' },
    // Japan's and Korea's readouts call two leaders' talks a "summit meeting": that is talks, not a summit.
    { pattern: '(?:bilateral )?summit (?:meeting|talks)', kind: 'talks' },
    // APEC's yearly summit is officially its "Economic Leaders' Meeting".
    { pattern: "summit|(?:UN |United Nations )?General Assembly|economic leaders['’] meeting", kind: 'summit' },
    // A standing mechanism: commissions and committees, dialogues, numbered sessions and rounds of
    // consultations, and the senior officials' meeting that prepares a session.
    { pattern: "working group|steering committee|strategic dialogue|(?:economic |policy |security )+dialogue|(?:joint|bi-?national|mixed) (?:commission|committee)|inter-?governmental (?:commission|committee)|commission session|session of the [a-z0-9 –-]*commission|session of the [a-z0-9 –-]*(?:forum|council)|\\d+(?:st|nd|rd|th) session of the (?!united nations|un |general assembly)[a-z]+|senior officials['’]? meeting|(?:political|diplomatic|foreign office|bilateral|strategic|security|consular|inter-?ministerial) consultations|rounds? of consultations|dialogue", kind: 'commission_session' },
    { pattern: 'talks|met(?= (?:with|today|yesterday|in|on|at|virtually|his|her|their|counterparts?|president|prime|foreign|secretary|minister|chancellor|king|queen|emir|crown|sultan|vice|deputy|senator)(?![\\p{L}]))|meeting with|meeting of|bilateral meeting|meetings? in|hosted|hosts|received|receives|visit(?:ed)?(?! (?:www\\.|https?:|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:gov|com|org|int|net|edu)))', kind: 'talks' },
    { pattern: 'ministerial(?: meeting)?', kind: 'ministerial_meeting' },
    { pattern: 'signed (?:an?|the|two|three|four|five|several)(?= )|sign(?:s|ed)? (?:an? |the )?(?=memorandum|agreement|mou|treaty|letter|protocol|arrangement|accord)|signing ceremony|virtual ceremony|ceremony|at a signing|signing of|joint statement|joint declaration|joint communiqu[ée]', kind: 'other' },
  ],
  // A headline's infinitive announces ("President X to undertake State Visit to Y", "Minister to visit Z").
  futureCues: ['will', 'shall', 'next', 'upcoming', 'to undertake', 'to pay', 'scheduled to', 'set to', 'due to', 'preparations? for', 'ahead of', 'planned', 'to be held', 'expected to', 'look forward', 'looks forward', 'later this year', 'forthcoming', 'intend'],
  earlierCues: ['recall\\p{L}*', 'remember(?:s|ed)?', 'building on', 'previous', 'last', 'earlier', 'follow(?:ing)?[- ]up', 'in the wake of', 'since', 'prior', 'ago', '(?:reached|agreed|achieved) (?:during|at|in)'],
  formatCues: [
    { pattern: 'one[- ]on[- ]one|t[êe]te[- ][àa][- ]t[êe]te|restricted format|narrow format|small group', format: 'one_on_one' },
    { pattern: 'expanded (?:format|meetings?|talks)|delegation[- ]level|expanded|with (?:their|the) delegations|with the participation of (?:the |their )?(?:members of (?:the |their )?|two (?:countries|sides|nations)[\'’] )?delegations|plenary', format: 'expanded' },
  ],
  instrumentHeads: [
    { pattern: 'memorandum of understanding|memorandum of cooperation|memorandum|mou', kind: 'memorandum' },
    { pattern: '(?:amended )?letter of (?:intent|agreement)', kind: 'letter_of_intent' },
    { pattern: 'joint (?:statement|declaration|communiqu[ée])|declaration', kind: 'joint_statement' },
    { pattern: 'framework (?:document|agreement)', kind: 'agreement' },
    { pattern: 'treaty', kind: 'treaty' },
    { pattern: 'agreements?|accords?', kind: 'agreement' },
    { pattern: 'convention', kind: 'convention' },
    { pattern: 'protocol', kind: 'protocol' },
    { pattern: 'road ?map', kind: 'roadmap' },
    { pattern: '(?:action |work |cooperation )?(?:plan|programme|program)', kind: 'programme' },
    { pattern: 'arrangement', kind: 'arrangement' },
    { pattern: 'exchange of notes', kind: 'exchange_of_notes' },
  ],
  titleComplements: ['on', 'between', 'for', 'concerning', 'regarding', 'in the field of', 'in the area of', 'of', 'to(?= \\p{Lu})', 'among'],
  // A modal or a purpose clause ("… should be finalised", "… to expand exports") ends a title.
  titleStops: ['on behalf', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'should', 'must', 'could', 'shall', 'to(?= (?!the |an? )\\p{Ll})', 'which', 'that', 'signed', 'entered', 'enters', 'establishes', 'establishing', 'allows', 'includes', 'grounded', 'advance', 'advances', 'during', 'at', 'by', 'as', 'since', 'as well as', 'and an?', 'and the(?= \\p{Ll})', 'and (?:agreed|decided|welcomed|discussed|signed|noted|reaffirmed|committed|announced|expressed|exchanged|underlined|stressed|emphasi[sz]ed|highlighted|reviewed|launched|adopted|witnessed)', 'in the presence', 'who', 'when'],
  statusCues: [
    { pattern: 'entered into force|enters into force|entry into force|came into force|in force', status: 'in_force' },
    { pattern: 'ratif(?:ied|ication)', status: 'ratified' },
    { pattern: 'signed|signing|signs|sign the|adopted|approved|renewed|concluded|initial(?:l)?ed|endorsed|reaffirm(?:ed|s|ing)?', status: 'signed' },
    { pattern: 'negotiations?|under negotiation|negotiating|being negotiated', status: 'under_negotiation' },
    { pattern: 'will (?:\\p{Ll}+ ){0,4}signing|will sign|to sign|agreed to (?:conclude|sign)|outlined|announced|negotiations (?:were |have been )?completed|concluded negotiations|conclusion of (?:the )?negotiations|forthcoming|intend to sign|plan to sign', status: 'announced' },
  ],
  levelCues: [
    { pattern: 'governments?|council of ministers|cabinet|double taxation|avoidance of (?:double )?taxation', level: 'intergovernmental' },
    // Parliaments are organs of the state, not its government: their memoranda are between institutions.
    { pattern: 'ministry|ministries|department of|agency|agencies|bureau|service|central bank|national bank|corporation|commission|authority|administration|institute|parliament|national assembly|senate|house of representatives', level: 'interagency' },
    { pattern: 'friendship|fundamentals of relations|strategic partnership|diplomatic relations|good[- ]neighbo(?:u)?rliness|alliance', level: 'interstate' },
  ],
  listHeads: ['the following (?:documents|agreements|instruments)', 'documents (?:are as )?follows?', 'documents signed', 'signed the following', 'agreements signed'],
  sectors: [],
  sectorNegations: ['which in turn', 'benefit', 'benefits', 'opportunities for'],
  // Spokespeople, and leaders whose message or greetings someone else brings.
  nonParticipantCues: ['spokesperson', 'spokesman', 'spokeswoman', 'press secretary', 'attributable to', 'on behalf of whom', 'on behalf of', 'message from', 'greetings from', 'letter from', 'invitation from', 'regards from'],
};
