/**
 * Entry of the `bilat` command (bin/bilat.mjs loads it through tsx): wiring only.
 */
import { runCli } from '../cli/program.js';

await runCli(process.argv);
