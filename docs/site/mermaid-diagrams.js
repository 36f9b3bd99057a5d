// The docs site's own script (typedoc.json `customJs`, copied to assets/custom.js
// and loaded on every page). On a page with ```mermaid blocks it loads Mermaid's
// browser bundle from the site itself (assets/mermaid.min.js, put there by
// docs/site/typedoc-plugin.mjs) and draws each block as a diagram, keeping the
// source one click away. Nothing is fetched from outside the site, and a
// classic script runs from file:// as well as from a web server.
// Without JavaScript, or if the bundle cannot load, the source stays visible.
(() => {
  'use strict';
  const blocks = [...document.querySelectorAll('pre > code.mermaid')];
  const root = document.documentElement;
  if (blocks.length === 0) return;
  root.dataset.mermaid = 'loading';

  /** Dark when TypeDoc's theme setting says so, or says "OS" and the OS is dark. */
  const dark = () =>
    root.dataset.theme === 'dark' ||
    (root.dataset.theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);

  // Each block becomes a figure: the diagram, a button to see it at full size,
  // and the Mermaid source folded away (with TypeDoc's copy button).
  const figures = blocks.map((code) => {
    const pre = code.parentElement;
    const figure = document.createElement('figure');
    figure.className = 'tsd-mermaid';
    const diagram = document.createElement('div');
    diagram.className = 'tsd-mermaid-diagram';
    diagram.setAttribute('role', 'img');
    const bar = document.createElement('div');
    bar.className = 'tsd-mermaid-bar';
    const size = document.createElement('button');
    size.type = 'button';
    size.textContent = 'Full size';
    size.setAttribute('aria-pressed', 'false');
    size.addEventListener('click', () => {
      const full = figure.classList.toggle('tsd-mermaid-full');
      size.setAttribute('aria-pressed', String(full));
      size.textContent = full ? 'Fit to page' : 'Full size';
      applySize(figure);
    });
    bar.append(size);
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = 'Mermaid source';
    pre.replaceWith(figure);
    details.append(summary, pre);
    figure.append(diagram, bar, details);
    return { figure, diagram, source: code.textContent ?? '' };
  });

  /** At full size the SVG takes its natural width (the diagram scrolls sideways). */
  function applySize(figure) {
    const svg = figure.querySelector('.tsd-mermaid-diagram svg');
    if (!(svg instanceof SVGSVGElement)) return;
    const full = figure.classList.contains('tsd-mermaid-full');
    svg.style.maxWidth = full ? 'none' : svg.dataset.fitMaxWidth ?? '';
    svg.style.width = full ? `${svg.viewBox.baseVal.width}px` : '';
    // Only a diagram wider than the page needs the button.
    const bar = figure.querySelector('.tsd-mermaid-bar');
    if (bar instanceof HTMLElement) bar.hidden = !full && svg.viewBox.baseVal.width <= figure.clientWidth;
  }

  let rendering = Promise.resolve();
  let count = 0;

  async function renderAll() {
    const mermaid = globalThis.mermaid;
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: dark() ? 'dark' : 'default',
      flowchart: { useMaxWidth: true },
    });
    let failed = 0;
    for (const { figure, diagram, source } of figures) {
      try {
        const { svg } = await mermaid.render(`tsd-mermaid-${++count}`, source);
        diagram.innerHTML = svg;
        const element = diagram.querySelector('svg');
        if (element !== null) element.dataset.fitMaxWidth = element.style.maxWidth;
        applySize(figure);
        const title = element?.getAttribute('aria-roledescription');
        diagram.setAttribute('aria-label', title ? `Diagram (${title})` : 'Diagram');
        figure.classList.remove('tsd-mermaid-failed');
      } catch (error) {
        failed += 1;
        figure.classList.add('tsd-mermaid-failed');
        diagram.textContent = `This diagram could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
        console.error('Mermaid diagram not drawn:', error);
      }
    }
    root.dataset.mermaid = failed === 0 ? 'done' : 'failed';
  }

  const rerender = () => {
    rendering = rendering.then(renderAll);
  };

  const script = document.createElement('script');
  script.src = `${root.dataset.base ?? './'}assets/mermaid.min.js`;
  script.addEventListener('load', () => {
    rerender();
    // Follow TypeDoc's theme switch and the OS setting.
    new MutationObserver(rerender).observe(root, { attributes: true, attributeFilter: ['data-theme'] });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', rerender);
  });
  script.addEventListener('error', () => {
    root.dataset.mermaid = 'failed';
    for (const { figure, diagram } of figures) {
      figure.classList.add('tsd-mermaid-failed');
      figure.querySelector('details')?.setAttribute('open', '');
      diagram.textContent = 'The diagram library (assets/mermaid.min.js) did not load; the Mermaid source is below.';
    }
    console.error(`Mermaid's browser bundle did not load from ${script.src}`);
  });
  document.head.append(script);
})();
