import type { z } from 'zod';
import { BodyInputSchema, BodySchema, DecisionInputSchema, DecisionSchema, SessionInputSchema, SessionSchema } from './body.js';
import { ProjectInputSchema, ProjectSchema, StatementInputSchema, StatementSchema, TradeFigureInputSchema, TradeFigureSchema } from './economy.js';
import { EngagementInputSchema, EngagementSchema } from './engagement.js';
import { InstrumentInputSchema, InstrumentSchema } from './instrument.js';
import {
  OrganizationInputSchema, OrganizationSchema, PersonInputSchema, PersonSchema, PostInputSchema, PostSchema,
  TenureInputSchema, TenureSchema,
} from './people.js';
import { SourceInputSchema, SourceSchema } from './source.js';
import type { RecordKind } from './common.js';

/** For each record kind: the schema of what a user may write, and of what is stored and returned. */
export const RECORD_SCHEMAS = {
  person: { input: PersonInputSchema, record: PersonSchema, plural: 'people' },
  post: { input: PostInputSchema, record: PostSchema, plural: 'posts' },
  tenure: { input: TenureInputSchema, record: TenureSchema, plural: 'tenures' },
  organization: { input: OrganizationInputSchema, record: OrganizationSchema, plural: 'organizations' },
  engagement: { input: EngagementInputSchema, record: EngagementSchema, plural: 'engagements' },
  instrument: { input: InstrumentInputSchema, record: InstrumentSchema, plural: 'instruments' },
  body: { input: BodyInputSchema, record: BodySchema, plural: 'bodies' },
  session: { input: SessionInputSchema, record: SessionSchema, plural: 'sessions' },
  decision: { input: DecisionInputSchema, record: DecisionSchema, plural: 'decisions' },
  project: { input: ProjectInputSchema, record: ProjectSchema, plural: 'projects' },
  trade_figure: { input: TradeFigureInputSchema, record: TradeFigureSchema, plural: 'trade-figures' },
  statement: { input: StatementInputSchema, record: StatementSchema, plural: 'statements' },
  source: { input: SourceInputSchema, record: SourceSchema, plural: 'sources' },
} as const satisfies Record<RecordKind, { input: z.ZodType; record: z.ZodType; plural: string }>;
