import type { CommandContext } from '../core/ports.js';

/**
 * The Hono environment of the API: every handler finds the command context in `c.var.ctx`.
 * Typed with the core's CommandContext rather than main's AppContext so the HTTP layer depends
 * only inward (an AppContext is a CommandContext with `close`).
 */
export interface AppEnv {
  Variables: { ctx: CommandContext };
}
