import { z } from '@hono/zod-openapi';
import { CountryParamSchema } from '../../params.js';

/** `/api/dossiers/{a}/{b}`: two ISO codes, any case. Whether they name real countries the command decides. */
export const DossierParamsSchema = z.object({
  a: CountryParamSchema.openapi({ param: { name: 'a', in: 'path' }, example: 'RU' }),
  b: CountryParamSchema.openapi({ param: { name: 'b', in: 'path' }, example: 'ML' }),
});
