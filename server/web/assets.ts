/** The stylesheet and page scripts, served from memory under /assets/ so Workers (no filesystem) and Node send the same bytes. */
import { CLIENT_SCRIPTS } from './client-bundle.ts';
import { STYLES } from './styles.ts';

/** One served file. */
export interface Asset {
  body: string;
  type: string;
  /** Content hash, put in the URL so a new release is fetched at once while unchanged files stay cached. */
  hash: string;
}

/** A page script's served name (one per page, bundled from server/web/client/). */
export type ScriptName = keyof typeof CLIENT_SCRIPTS;

/** FNV-1a: synchronous (crypto.subtle is not) and plenty to tell releases apart. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

function asset(body: string, type: string): Asset {
  return { body, type, hash: fnv1a(body) };
}

/**
 * Every file under /assets/, by name. The object has no prototype: the name comes from the URL, and on a plain
 * object `ASSETS['__proto__']` or `ASSETS['constructor']` would find Object.prototype's members instead of nothing.
 */
export const ASSETS: Readonly<Record<string, Asset>> = Object.assign(Object.create(null) as Record<string, Asset>, {
  'app.css': asset(STYLES, 'text/css; charset=utf-8'),
  ...Object.fromEntries(Object.entries(CLIENT_SCRIPTS).map(([name, body]) => [name, asset(body, 'text/javascript; charset=utf-8')])),
});

/** The cache-busting URL of an asset. */
export function assetUrl(name: 'app.css' | ScriptName): string {
  return `/assets/${name}?v=${ASSETS[name]!.hash}`;
}
