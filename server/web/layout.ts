/** The HTML frame every page shares: language, viewport, stylesheet, header with the 长辈版 switch, skip link and script. */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { assetUrl, type ScriptName } from './assets.ts';
import { SITE_NAME } from '../../tools/wording.ts';
import { ELDER_CLASS, MODE_WORDING } from './elder-mode.ts';

/** What a page puts in the frame. */
export interface PageOptions {
  title: string;
  /** Short line under the site name. */
  tagline: string;
  main: HtmlEscapedString | Promise<HtmlEscapedString>;
  /** The page's script, bundled from server/web/client/. */
  script: ScriptName;
  /** Which header link is this page. */
  current: '/' | '/plan' | '/staff';
  /** 长辈版: rendered on the server from the visitor's cookie, so the first paint is already large. */
  elder: boolean;
}

const NAV: [href: PageOptions['current'], label: string][] = [
  ['/', '咨询'],
  ['/plan', '规划和法规'],
  ['/staff', '工作人员核对'],
];

/** A whole page. */
export function layout(page: PageOptions) {
  return html`<!doctype html>
<html lang="zh-CN"${page.elder ? html` class="${ELDER_CLASS}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="color-scheme" content="light">
<meta name="theme-color" content="#0b5cad">
<title>${page.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assetUrl('app.css')}">
<script src="${assetUrl(page.script)}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">跳到主要内容</a>
<header class="site-header">
  <div class="inner">
    <div class="brand">
      <h1>${SITE_NAME}</h1>
      <p>${page.tagline}</p>
    </div>
    <nav aria-label="网站导航">
      ${NAV.map(([href, label]) => html`<a href="${href}"${href === page.current ? html` aria-current="page"` : ''}>${label}</a>`)}
    </nav>
    <button type="button" id="mode-toggle" class="mode-toggle" aria-pressed="${page.elder ? 'true' : 'false'}" aria-describedby="mode-hint">${MODE_WORDING.toggle}</button>
    <span id="mode-hint" class="visually-hidden">${MODE_WORDING.toggleHint}</span>
    <span id="mode-status" class="visually-hidden" role="status"></span>
  </div>
</header>
${page.main}
</body>
</html>`;
}
