/**
 * The page's one stylesheet, inline (the Content-Security-Policy allows inline
 * styles and nothing else). System fonts only: nothing to fetch. Status shows
 * as a word in a tinted box, never as colour alone, so the page reads the same
 * in greyscale print and for colour-blind readers; the tints are Okabe–Ito
 * hues, light enough for black text (contrast above 12:1). `@media print`
 * sets A4 pages: no navigation, sections that start on a new page, table
 * rows and charts never cut across pages, header rows repeated.
 */
export const STYLES = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #c8c8c8; --band: #f4f4f4; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; color: var(--ink); background: #fff; line-height: 1.45; }
body { margin: 0 auto; max-width: 78rem; padding: 1.5rem 2rem 3rem; font-size: 15px; }
h1 { font-size: 1.9em; line-height: 1.2; margin: 0 0 .4rem; }
h2 { font-size: 1.35em; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05em; margin: 1.2rem 0 .4rem; }
p { margin: .4rem 0; }
h1, h2, h3, td, th, li, dd, dt, figcaption, .user { unicode-bidi: isolate; }
.meta { color: var(--muted); margin: 0; }
.meta strong { color: var(--ink); }
.banner { border: 2px solid var(--ink); background: #fff4d6; padding: .6rem .9rem; margin: 1rem 0; font-weight: 600; }
.note { color: var(--muted); font-size: .9em; }
nav ol { columns: 2; margin: .8rem 0; padding-left: 1.3rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92em; }
caption { text-align: left; color: var(--muted); font-size: .88em; padding-bottom: .3rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .32rem .45rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); background: var(--band); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.ref { white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.goal td { font-weight: 600; }
.indent-1 { padding-left: 1.2rem; } .indent-2 { padding-left: 2.4rem; } .indent-3 { padding-left: 3.6rem; } .indent-4 { padding-left: 4.8rem; }
.date { color: var(--muted); font-size: .85em; white-space: nowrap; }
.sources { font-size: .85em; color: var(--muted); }
.status { display: inline-block; padding: 0 .4rem; border: 1px solid #777; border-radius: 3px; white-space: nowrap; font-size: .88em; }
.status.achieved { background: #cfe7f5; border-color: #0072b2; }
.status.on-track { background: #d6efe6; border-color: #009e73; }
.status.at-risk { background: #fbe8c4; border-color: #e69f00; border-style: dashed; }
.status.off-track { background: #f6d3c4; border-color: #d55e00; border-width: 2px; font-weight: 600; }
.status.no-data { background: #fff; border-style: dotted; color: var(--muted); }
.mark { display: inline-block; font-size: .78em; border: 1px dashed #555; border-radius: 3px; padding: 0 .3rem; margin-left: .3rem; white-space: nowrap; font-weight: 400; }
.mark.illustrative::before { content: "◇ "; }
.mark.old { border-style: dotted; }
.diagram { margin: .5rem 0 1rem; border: 1px solid var(--rule); padding: .5rem; overflow-x: auto; }
.diagram svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
pre.mermaid-source { white-space: pre-wrap; font-size: .78em; background: var(--band); padding: .8rem; border: 1px solid var(--rule); overflow-wrap: anywhere; }
.trends { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: .9rem 1.2rem; margin: .6rem 0 1rem; }
.trends figure { margin: 0; break-inside: avoid; page-break-inside: avoid; }
.trends figcaption { font-size: .85em; line-height: 1.3; min-height: 2.3em; }
.trends figcaption .figure { color: var(--muted); display: block; font-size: .95em; }
svg.trend { width: 100%; height: auto; display: block; }
svg.trend .grid { stroke: #e2e2e2; stroke-width: 1; }
svg.trend .grid.edge { stroke: #9a9a9a; }
svg.trend .tick { stroke: #c4c4c4; stroke-width: 1; }
svg.trend .as-of { stroke: #333; stroke-width: 1; stroke-dasharray: 1 2; }
svg.trend text { font: 10px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: #444; }
svg.trend polyline { fill: none; stroke-linejoin: round; stroke-linecap: round; }
svg.trend polyline.progress { stroke: #000; stroke-width: 2.2; }
svg.trend circle.progress { fill: #000; }
svg.trend polyline.expected { stroke: #777; stroke-width: 1.4; stroke-dasharray: 5 3; }
svg.trend circle.expected { fill: #777; }
.key { display: flex; flex-wrap: wrap; gap: .3rem 1.4rem; font-size: .85em; color: var(--muted); align-items: center; }
.key svg { vertical-align: middle; }
.assumption { border-left: 4px solid var(--ink); padding: .2rem 0 .2rem .8rem; margin: .8rem 0; break-inside: avoid; }
.assumption ul { margin: .3rem 0; padding-left: 1.2rem; }
ol.source-list { font-size: .88em; padding-left: 2rem; overflow-wrap: anywhere; }
footer { margin-top: 2.5rem; border-top: 1px solid var(--rule); padding-top: .6rem; color: var(--muted); font-size: .85em; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@page diagram { size: A4 landscape; margin: 10mm 10mm 14mm; }
@media print {
  html { background: #fff; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav { display: none; }
  h2 { break-before: page; page-break-before: always; break-after: avoid; page-break-after: avoid; }
  section.first h2 { break-before: auto; page-break-before: auto; }
  h3, caption, figcaption { break-after: avoid; page-break-after: avoid; }
  table { font-size: 8.5pt; }
  thead { display: table-header-group; }
  tr, td, th, figure, .assumption, .banner { break-inside: avoid; page-break-inside: avoid; }
  section#diagram { page: diagram; }
  .diagram { border: 0; padding: 0; overflow: visible; }
  .diagram svg { max-height: 160mm; width: 100%; }
  .trends { grid-template-columns: repeat(3, 1fr); gap: 4mm 6mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
