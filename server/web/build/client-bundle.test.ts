/** The browser code: type-checked under DOM-only types, and the committed bundle is what the sources build to. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CLIENT_SCRIPTS } from '../client-bundle.ts';
import { BUNDLE_MODULE, buildClient, renderBundleModule } from './build-client.ts';

const CLIENT_TSCONFIG = fileURLToPath(new URL('../client/tsconfig.json', import.meta.url));

describe('the page scripts', () => {
  it('server/web/client-bundle.ts is current (run `npm run build:client` after changing server/web/client/)', async () => {
    expect(readFileSync(BUNDLE_MODULE, 'utf8')).toBe(renderBundleModule(await buildClient()));
  });

  it('type-check under the DOM library with no Node or Workers globals (tsc -p server/web/client)', () => {
    const config = ts.getParsedCommandLineOfConfigFile(CLIENT_TSCONFIG, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    expect(config.errors).toEqual([]);
    const program = ts.createProgram(config.fileNames, config.options);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
    // Every page entry is in the checked program.
    const files = program.getRootFileNames().map((f) => f.replace(/\\/g, '/'));
    for (const entry of ['chat/main.ts', 'staff/main.ts', 'plan/main.ts']) expect(files.some((f) => f.endsWith(`server/web/client/${entry}`)), entry).toBe(true);
  }, 60_000);

  it('carry no schema library: the pages import types and wording, not zod', () => {
    for (const [name, code] of Object.entries(CLIENT_SCRIPTS)) {
      expect(code, name).not.toMatch(/ZodType|ZodString|\$ZodCheck/);
      expect(code.length, name).toBeLessThan(40_000);
    }
  });
});
