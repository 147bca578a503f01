import { z } from 'zod';

/** The one controlled vocabulary of cooperation sectors (PRODUCT.md). */
export const SECTORS = [
  'energy', 'nuclear_energy', 'oil_gas', 'geology_mining', 'trade', 'investment', 'finance',
  'transport_logistics', 'infrastructure', 'agriculture', 'industry', 'digital_telecom',
  'science_technology', 'education', 'health', 'culture', 'sport', 'tourism', 'humanitarian',
  'security_defence', 'military_technical', 'law_enforcement', 'space', 'environment', 'other',
] as const;
export const SectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof SectorSchema>;

/**
 * OECD DAC/CRS 3-digit purpose codes for the sectors that have one (ANCHORS.md §4), for interchange
 * with aid data. Sectors with no CRS equivalent map to null.
 */
export const SECTOR_DAC_CODES: Record<Sector, number | null> = {
  energy: 230, nuclear_energy: 230, oil_gas: 230, geology_mining: 322, trade: 331, investment: 250,
  finance: 240, transport_logistics: 210, infrastructure: 210, agriculture: 311, industry: 321,
  digital_telecom: 220, science_technology: 430, education: 110, health: 120, culture: 160,
  sport: 160, tourism: 332, humanitarian: 720, security_defence: 152, military_technical: null,
  law_enforcement: 151, space: null, environment: 410, other: null,
};
