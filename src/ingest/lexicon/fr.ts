import type { Lexicon } from './types.js';

/** French: how Élysée, Quai d'Orsay and Matignon communiqués name people, meetings and documents. */
export const FR: Lexicon = {
  // Wire reports abbreviate months ("4 oct 2024", "12 janv. 2025").
  months: ['janv(?:ier|\\.)?', 'f[ée]vr?(?:ier|\\.)?', 'mars', 'avr(?:il|\\.)?', 'mai', 'juin', 'juil(?:let|\\.)?', 'ao[ûu]t', 'sept(?:embre|\\.)?', 'oct(?:obre|\\.)?', 'nov(?:embre|\\.)?', 'd[ée]c(?:embre|\\.)?'],
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  relativeDays: [
    { pattern: "aujourd['’]hui|ce jour|ce matin|cet apr[èe]s-midi|ce soir", offset: 0 },
    { pattern: 'hier(?: soir)?', offset: -1 },
    // "La veille, les ministres s'étaient entretenus …" (not "la veille de la visite", the day before another event).
    { pattern: "la veille(?! d[eu'’])", offset: -1 },
  ],
  titles: [
    { pattern: '(?:pr[ée]sident|pr[ée]sidente)(?: par int[ée]rim| de (?:la )?transition)?', rank: 'head_of_state' },
    { pattern: 'chef de l[’\'][ée]tat', rank: 'head_of_state' },
    { pattern: 'roi|reine|[ée]mir|sultan|prince h[ée]ritier', rank: 'head_of_state' },
    { pattern: 'premi(?:er|[èe]re) ministre|chef du gouvernement|chanceli[eè]re?', rank: 'head_of_government' },
    { pattern: "ministre d['’][ÉEé]tat|ministre d[ée]l[ée]gu[ée]e?|secr[ée]taire d['’][ée]tat", rank: 'minister' },
    { pattern: 'ministre', rank: 'minister' },
    { pattern: 'secr[ée]taire d[’\'][ée]tat', rank: 'minister' },
    { pattern: 'ambassadeur|ambassadrice', rank: 'ambassador' },
    { pattern: 'homologue', rank: 'other' },
    // Plural titles before two names: "les présidents Emmanuel Macron et Alassane Ouattara".
    { pattern: 'pr[ée]sidents', rank: 'head_of_state' },
    { pattern: 'premiers ministres|chefs de gouvernement', rank: 'head_of_government' },
    { pattern: 'ministres', rank: 'minister' },
    { pattern: 'chef de la diplomatie', rank: 'minister' },
    { pattern: "conseill[eè]re? f[ée]d[ée]ral(?:e)?", rank: 'minister' },
    { pattern: 'envoy[ée]e? sp[ée]ciale?|repr[ée]sentante? sp[ée]ciale?', rank: 'official' },
    { pattern: 'directeur g[ée]n[ée]ral|directrice g[ée]n[ée]rale|secr[ée]taire g[ée]n[ée]ral', rank: 'official' },
    { pattern: "pr[ée]sident(?:e)? de l['’]assembl[ée]e nationale|pr[ée]sident(?:e)? du s[ée]nat", rank: 'speaker' },
  ],
  honorifics: ['m', 'mme', 'mlle', 'monsieur', 'madame', 'son excellence', 's\\.e', 'sa majest[ée]', 'son altesse', 'dr', "l['’]honorable", 'la tr[èe]s honorable', 'le tr[èe]s honorable'],
  nameParticles: ['de', 'du', 'des', 'la', 'le', 'van', 'von', 'ben', 'bin', 'al', 'el', 'ould', 'ibn'],
  notNames: ['président', 'ministre', 'république', 'gouvernement', 'france', 'état', 'etat', 'union', 'européenne', 'nations', 'unies', 'accord', 'conseil', 'communiqué', 'présidence', 'monsieur', 'madame', 'il', 'elle', 'ils', 'les', 'à', 'en', 'dans', 'pour'],
  engagementCues: [
    { pattern: "visite d['’][ée]tat", kind: 'state_visit' },
    { pattern: 'visite officielle', kind: 'official_visit' },
    { pattern: "visite (?:d['’]amiti[ée] et )?de travail", kind: 'working_visit' },
    { pattern: "(?:entretien|[ée]change|conversation|appel) t[ée]l[ée]phonique|par t[ée]l[ée]phone|visioconf[ée]rence|(?:s['’]est )?entretenu[es]? par", kind: 'phone_call' },
    // Two states' own "sommet bilatéral" or "sommet intergouvernemental" is their leaders' talks, not a multi-country summit.
    { pattern: 'sommet (?:bilat[ée]ral|intergouvernemental)', kind: 'talks' },
    { pattern: 'sommet', kind: 'summit' },
    { pattern: 'commission (?:mixte|intergouvernementale)|comit[ée] (?:mixte|directeur)|groupe de travail|dialogue strat[ée]gique|session de la commission', kind: 'commission_session' },
    { pattern: 'r[ée]union minist[ée]rielle|r[ée]union des ministres', kind: 'ministerial_meeting' },
    // The previous round of the reported session, named by a pronoun: "la première depuis celle tenue à Tunis en juin 2019".
    { pattern: "(?:la pr[ée]c[ée]dente|celle|la derni[èe]re)(?= tenue)", kind: 'commission_session' },
    { pattern: "s['’]est (?:ensuite )?entretenue?|se sont entretenu(?:e)?s|a (?:ensuite |par la suite )?(?:été reçue?|rencontré)|s['’][ée]tai(?:t|ent) entretenue?s?|(?:a|ont|avait|avaient) [ée]t[ée] re[çc]u(?:e|s|es)?|re[çc]ue?s? en audience|s['’]entretiendra|entretiens?|a re[çc]u|rencontre|rencontr[ée]\\p{L}*|se sont r[ée]uni(?:e)?s|s['’]est r[ée]unie?|r[ée]union (?:de travail|bilat[ée]rale|avec)|s['’]est rendu|pourparlers|visite", kind: 'talks' },
    { pattern: "(?:ont|a) sign[ée] (?:un|une|le|la|les|l['’]|deux|trois|plusieurs)(?=[ \\p{L}])|signent (?:un|une|le|la|les|l['’])|communiqu[ée] (?:conjoint|commun)|d[ée]claration (?:conjointe|commune)|c[ée]r[ée]monie de signature", kind: 'other' },
  ],
  futureCues: ['prochain', 'prochaine', 'se tiendra', 'aura lieu', 'devrait', 'envisag\\p{L}*', 'pr[ée]vue?', 'pr[ée]paration', 'pr[ée]parer', 'accueillera', 'se rendra', 'effectuera', 'recevra', 'rencontrera', "s['’]entretiendra", 'participera', 'convenue?s? de tenir', 'de tenir (?:la|le|les) prochaine?s?'],
  earlierCues: ['pr[ée]c[ée]dent\\p{L}*', 'derni\\p{L}*', 'rappel\\p{L}*', 'dans le prolongement', 'suite [àa]', 'depuis', '(?:pris|prises|conclus?|conclues?|convenus?|atteints?) lors', '\\p{L}+(?:é|ée|és|ées) lors(?= d)', 'dans la continuit[ée]', 'avai(?:t|ent)', "s['’][ée]tai(?:t|ent)"],
  formatCues: [
    { pattern: 'format restreint|t[êe]te[- ][àa][- ]t[êe]te|en aparté', format: 'one_on_one' },
    { pattern: 'format [ée]largi|en pr[ée]sence des d[ée]l[ée]gations|avec (?:les|leurs) d[ée]l[ée]gations|s[ée]ance pl[ée]ni[èe]re|[ée]largie? aux (?:membres des )?(?:deux )?d[ée]l[ée]gations|s[ée]ance de travail [ée]largie', format: 'expanded' },
  ],
  instrumentHeads: [
    { pattern: "m[ée]morandum d['’](?:entente|accord)|m[ée]morandum", kind: 'memorandum' },
    { pattern: "lettre d['’]intention|d[ée]claration d['’]intention", kind: 'letter_of_intent' },
    { pattern: 'd[ée]claration (?:conjointe|commune|interpr[ée]tative)', kind: 'declaration' },
    { pattern: 'trait[ée]', kind: 'treaty' },
    { pattern: 'accord(?:-cadre)?', kind: 'agreement' },
    { pattern: 'convention', kind: 'convention' },
    { pattern: "protocole d['’](?:accord|entente)|protocole(?: additionnel)?", kind: 'protocol' },
    { pattern: 'feuille de route', kind: 'roadmap' },
    { pattern: "(?:plan d['’]action|plan de (?:consultations|travail|coopération)|programme)", kind: 'programme' },
    { pattern: 'arrangement', kind: 'arrangement' },
    { pattern: '[ée]change de lettres', kind: 'exchange_of_notes' },
    // An amendment to an earlier instrument ("avenant n° 2 au contrat …"), and the minutes a session's co-chairs sign.
    { pattern: 'avenant', kind: 'protocol' },
    { pattern: 'proc[èe]s-verbal', kind: 'other' },
  ],
  titleComplements: ['sur', 'entre', 'relatif', 'relative', 'concernant', 'portant', 'de', 'du', 'des', 'en mati[èe]re de', 'dans le domaine', 'pour', 'visant', 'n[°º]\\s?\\d+', 'au', 'aux', 'à la', "à l['’]"],
  titleStops: ["ainsi qu(?:e|['’]\\p{L}*)", "et d['’]une?", 'et (?:un|une)', 'sign[ée]e?s?', 'a', 'ont', 'est', 'sont', 'qui', 'que', 'dont', 'lors', 'avec', 'par', 'le \\d', 'ratifi[ée]e?', 'entr[ée]e? en vigueur', 'approuv[ée]e?', 'adopt[ée]e?', 'en compl[ée]ment', 'pr[ée]cis'],
  statusCues: [
    // Not an entry into force still ahead ("dès l'entrée en vigueur du traité", "entrera en vigueur").
    { pattern: "(?<!(?:d[èe]s|apr[èe]s|avant|[àa]|jusqu['’][àa]|attendant|vue de) l['’])entr[ée]e?s? en vigueur|(?<!entr\\p{L}* )en vigueur", status: 'in_force' },
    { pattern: 'ratifi[ée]e?s?|ratification', status: 'ratified' },
    { pattern: 'sign[ée]e?s?|signature|sign[ée]rent|ont sign[ée]|adopt[ée]e?s?|approuv[ée]e?s?|agr[ée][ée]e?s?|renouvel[ée]e?s?', status: 'signed' },
    { pattern: "n[ée]gociations? (?:sur|de|en vue|d['’]une?)|en cours de n[ée]gociation|n[ée]goci", status: 'under_negotiation' },
    { pattern: "signera|signeront|sera sign[ée]e?|seront sign[ée]e?s|(?:devrai(?:t|ent)|doi(?:t|vent)) [êe]tre sign[ée]e?s?|paraph[ée]e?s?|conclure|annonc[ée]e?s?|esquiss|conclusion des n[ée]gociations|n[ée]gociations (?:ont [ée]t[ée] )?(?:conclues|finalis[ée]es|achev[ée]es)", status: 'announced' },
  ],
  levelCues: [
    { pattern: 'gouvernements?|double imposition', level: 'intergovernmental' },
    { pattern: "minist[èe]res?|agences?|archives|instituts?|acad[ée]mies?|banque centrale|services|office|autorit[ée]|conseil (?:du|de la|de l['’]|des|national)|board|centre (?:de|du|des|national)|chambres? de commerce", level: 'interagency' },
    { pattern: 'amiti[ée]|partenariat strat[ée]gique|relations diplomatiques|fondements des relations', level: 'interstate' },
  ],
  listHeads: ['les documents suivants', 'les accords suivants', 'documents sign[ée]s', 'ont [ée]t[ée] sign[ée]s'],
  sectors: [],
  sectorNegations: ['gr[âa]ce [àa]', 'au b[ée]n[ée]fice'],
  // Porte-parole, and leaders whose message or greetings someone else brings.
  nonParticipantCues: ['porte-parole', "message (?:(?:écrit|verbal|oral|personnel|de félicitations|de condoléances) )?(?:d[eu]|de l['’])", "à l['’]intention d[eu]", "destiné au", 'lettre d[eu]', 'salutations d[eu]', 'de la part d[eu]', "au nom d[eu]", 'invitation d[eu]',
    // A minister answering to parliament, and the signatories of an earlier, dated signing ("signée … le 14 février 2025 par le ministre …").
    "devant (?:la repr[ée]sentation nationale|les (?:d[ée]put[ée]s|s[ée]nateurs|parlementaires)|l['’]Assembl[ée]e nationale|le (?:Parlement|S[ée]nat))", "\\d{4} par (?:le |la |l['’])?"],
};
