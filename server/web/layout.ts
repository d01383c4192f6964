/** The HTML frame every page shares: language, viewport, stylesheet, header, skip link and scripts. */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { assetUrl } from './assets.ts';

/** What a page puts in the frame. */
export interface PageOptions {
  title: string;
  /** Short line under the site name. */
  tagline: string;
  main: HtmlEscapedString | Promise<HtmlEscapedString>;
  /** Page scripts after common.js, e.g. ["chat.js"]. */
  scripts: ('chat.js' | 'plan.js' | 'staff.js')[];
  /** Which header link is this page. */
  current: '/' | '/plan' | '/staff';
}

const NAV: [href: PageOptions['current'], label: string][] = [
  ['/', '咨询'],
  ['/plan', '规划全文'],
  ['/staff', '工作人员核对'],
];

/** A whole page. */
export function layout(page: PageOptions) {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="color-scheme" content="light">
<meta name="theme-color" content="#0b5cad">
<title>${page.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assetUrl('app.css')}">
<script src="${assetUrl('common.js')}" defer></script>
${page.scripts.map((s) => html`<script src="${assetUrl(s)}" defer></script>`)}
</head>
<body>
<a class="skip-link" href="#main">跳到主要内容</a>
<header class="site-header">
  <div class="inner">
    <div>
      <h1>浙江公共服务规划助手</h1>
      <p>${page.tagline}</p>
    </div>
    <nav aria-label="网站导航">
      ${NAV.map(([href, label]) => html`<a href="${href}"${href === page.current ? html` aria-current="page"` : ''}>${label}</a>`)}
    </nav>
  </div>
</header>
${page.main}
</body>
</html>`;
}
