/**
 * Security headers on every response. The web page (server/web) loads its stylesheet and scripts from
 * /assets/ on the same origin, with no inline <script>, no inline style attributes and no event-handler
 * attributes (handlers are added with addEventListener), so the policy can forbid everything inline; the
 * only non-self source is the `data:` favicon. The page is never framed, so clickjacking is ruled out.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../env.ts';

/** The Content-Security-Policy directives, exported so tests can check the page against them. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * hono's secureHeaders with this app's choices: DENY framing (the CSP frame-ancestors for browsers that
 * ignore it), no Referer leaves the site (questions may be in a URL), and no powerful features. No
 * upgrade-insecure-requests: the local server is plain http://127.0.0.1 and would break its own assets.
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
  });
}
