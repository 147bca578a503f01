/** Every record kind's mapper, by kind. */
import type { RecordKind } from '../../contracts/index.js';
import { BODY_MAPPER } from './bodyMapper.js';
import { DECISION_MAPPER } from './decisionMapper.js';
import { ENGAGEMENT_MAPPER } from './engagementMapper.js';
import { INSTRUMENT_MAPPER } from './instrumentMapper.js';
import type { AnyMapper } from './mapper.js';
import { ORGANIZATION_MAPPER } from './organizationMapper.js';
import { PERSON_MAPPER } from './personMapper.js';
import { POST_MAPPER } from './postMapper.js';
import { PROJECT_MAPPER } from './projectMapper.js';
import { SESSION_MAPPER } from './sessionMapper.js';
import { SOURCE_MAPPER } from './sourceMapper.js';
import { STATEMENT_MAPPER } from './statementMapper.js';
import { TENURE_MAPPER } from './tenureMapper.js';
import { TRADE_FIGURE_MAPPER } from './tradeFigureMapper.js';

export const MAPPERS: Readonly<Record<RecordKind, AnyMapper>> = {
  person: PERSON_MAPPER, post: POST_MAPPER, tenure: TENURE_MAPPER, organization: ORGANIZATION_MAPPER,
  engagement: ENGAGEMENT_MAPPER, instrument: INSTRUMENT_MAPPER, body: BODY_MAPPER, session: SESSION_MAPPER,
  decision: DECISION_MAPPER, project: PROJECT_MAPPER, trade_figure: TRADE_FIGURE_MAPPER,
  statement: STATEMENT_MAPPER, source: SOURCE_MAPPER,
};

/**
 * The mapper of a kind.
 * @throws Error for a kind with no table (a programming error, not user input)
 */
export function mapperOf(kind: RecordKind): AnyMapper {
  const mapper = MAPPERS[kind];
  if (!mapper) throw new Error(`no storage mapper for record kind "${String(kind)}"`);
  return mapper;
}

export type { AnyMapper };
