#!/usr/bin/env node
// The `pressmark` command. The CLI is TypeScript sharing lib/ with the
// extension; tsx compiles it on the fly so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
