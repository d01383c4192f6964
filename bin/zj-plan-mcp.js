#!/usr/bin/env node
/** The package bin: the stdio MCP server (server/stdio.ts), loaded through tsx so no build step is needed. */
import { register } from 'tsx/esm/api';

register();
await import('../server/stdio.ts');
