/// The one stylesheet every page of a course links to.
///
/// System fonts only, no network. Light and dark themes follow `prefers-color-scheme`
/// through CSS variables; `color` is set so SVG figures drawn with `currentColor` follow the
/// theme. A print style drops navigation and keeps figures whole.
///
/// The markup it styles (besides `PageLayout`'s own), as `PageRenderer` writes it:
/// - the lesson's `<h1 class="title">` and `<p class="summary">` at the top of the body;
/// - headings with `<a class="anchor" href="#id">#</a>`, shown on hover;
/// - code: `<pre class="code"><code class="language-python">` + `PythonHighlighter.html`;
///   a `{code}` block with what it printed in `<div class="cell">`; `<p class="not-run">`;
/// - printed output: `<pre class="output">` (labelled "Output"), a traceback
///   `<pre class="output error">` (labelled "Error"), what a block wrote to standard error
///   (warnings) `<pre class="output stderr">` (labelled "stderr", as Jupyter's stderr
///   stream); `<div class="output"><pre>` also works;
/// - figures: `<figure class="descent">` with `<div class="figure-body">` (SVG),
///   `<div class="charts">`, `<p class="figure-note">`, logs, and
///   `<figcaption><span class="figure-number">Figure 3</span>: …`;
/// - the `log` table: `<div class="log"><table><caption>…<thead>…<tbody>`, numbers right-aligned;
/// - math: `<math display="block">`; a formula that failed to convert: `<code class="math-error">`;
/// - exercises: `<section class="exercise"><header class="exercise-title"><span class="exercise-label">Exercise 1</span> Title</header>…</section>`,
///   followed by `<details class="solution"><summary>Show solution</summary>…</details>`;
/// - callouts: `<div class="callout callout-error|callout-warning|callout-note"><p class="callout-title">…</p>…</div>`.
public enum Stylesheet {
    /// The stylesheet's text, to be written as one shared `.css` file.
    public static let css: String = base + InteractiveFigureStyle.css

    /// Everything but the interactive figures' rules.
    static let base: String = """
    @charset "utf-8";
    /* Descent course stylesheet: light and dark themes, print style. */

    :root {
      color-scheme: light dark;
      --font-body: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif;
      --font-mono: ui-monospace, "SFMono-Regular", "SF Mono", Menlo, Consolas, "Cascadia Mono", "DejaVu Sans Mono", "Liberation Mono", monospace;
      --font-math: "STIX Two Math", "Cambria Math", "Latin Modern Math", "DejaVu Math TeX Gyre", math;
      --measure: 70ch;
      --radius: 8px;

      --bg: #ffffff;
      --fg: #1f2328;
      --fg-muted: #59636e;
      --fg-subtle: #6e7781;
      --border: #d8dee4;
      --border-strong: #c4ccd5;
      --surface: #f6f8fa;
      --surface-raised: #ffffff;
      --link: #0b5cad;
      --link-hover: #084a8c;
      --accent: #2f6fde;
      --focus: #2f6fde;
      --shadow: 0 1px 2px rgb(31 35 40 / 0.06), 0 4px 12px rgb(31 35 40 / 0.05);

      --code-bg: #f6f8fa;
      --code-border: #e1e6eb;
      --code-fg: #1f2328;
      --inline-code-bg: rgb(175 184 193 / 0.22);
      --output-bg: #fcfcfd;
      --output-border: #d0d7de;
      --output-accent: #8a94a0;
      --output-label: #59636e;

      --exercise-accent: #1a7f37;
      --exercise-bg: #f3faf5;
      --exercise-border: #b7e0c2;
      --solution-accent: #8250df;
      --note-accent: #0969da;
      --note-bg: #f1f7ff;
      --warning-accent: #9a6700;
      --warning-bg: #fff8e5;
      --error-accent: #cf222e;
      --error-bg: #fff3f3;
      --stderr-accent: #bc4c00;
      --stderr-bg: #fff6ef;
      --stderr-label: #953800;

      --figure-paper: transparent;
      --figure-ink: var(--fg);

      --table-stripe: #f6f8fa;
      --table-head: #eef1f4;

      --hl-keyword: #cf222e;
      --hl-const: #0550ae;
      --hl-self: #953800;
      --hl-builtin: #8250df;
      --hl-string: #0a3069;
      --hl-number: #0550ae;
      --hl-comment: #6e7781;
      --hl-operator: #b35900;
      --hl-decorator: #8250df;
      --hl-function: #6639ba;
      --hl-class: #953800;
      --hl-interp: #cf222e;
    }

    @media (prefers-color-scheme: dark) {
      :root {
        --bg: #0f1419;
        --fg: #e2e8ee;
        --fg-muted: #a3afbb;
        --fg-subtle: #8b96a2;
        --border: #2d3640;
        --border-strong: #3b4550;
        --surface: #161c23;
        --surface-raised: #171e26;
        --link: #6cb0ff;
        --link-hover: #9ccaff;
        --accent: #5b9cf5;
        --focus: #6cb0ff;
        --shadow: 0 1px 2px rgb(0 0 0 / 0.3), 0 4px 12px rgb(0 0 0 / 0.25);

        --code-bg: #161c23;
        --code-border: #28313b;
        --code-fg: #e2e8ee;
        --inline-code-bg: rgb(110 118 129 / 0.3);
        --output-bg: #12181e;
        --output-border: #2d3640;
        --output-accent: #6b7785;
        --output-label: #a3afbb;

        --exercise-accent: #3fb950;
        --exercise-bg: #0f1f16;
        --exercise-border: #1f4a2c;
        --solution-accent: #b392f0;
        --note-accent: #4493f8;
        --note-bg: #0e1a2b;
        --warning-accent: #d29922;
        --warning-bg: #231c0b;
        --error-accent: #f85149;
        --error-bg: #2a1114;
        --stderr-accent: #db6d28;
        --stderr-bg: #241710;
        --stderr-label: #f0883e;

        --figure-paper: #e9edf1;
        --figure-ink: #1f2328;

        --table-stripe: #141a20;
        --table-head: #1a2129;

        --hl-keyword: #ff7b72;
        --hl-const: #79c0ff;
        --hl-self: #ffa657;
        --hl-builtin: #d2a8ff;
        --hl-string: #a5d6ff;
        --hl-number: #79c0ff;
        --hl-comment: #8b949e;
        --hl-operator: #ffa657;
        --hl-decorator: #d2a8ff;
        --hl-function: #d2a8ff;
        --hl-class: #ffa657;
        --hl-interp: #ff7b72;
      }
    }

    /* Base */

    *, *::before, *::after { box-sizing: border-box; }

    html {
      -webkit-text-size-adjust: 100%;
      text-size-adjust: 100%;
      scroll-padding-top: 1rem;
    }

    body {
      margin: 0;
      background: var(--bg);
      color: var(--fg);
      font-family: var(--font-body);
      font-size: 1.0625rem;
      line-height: 1.65;
      text-rendering: optimizeLegibility;
      -webkit-font-smoothing: antialiased;
    }

    a { color: var(--link); text-decoration-thickness: 0.08em; text-underline-offset: 0.18em; }
    a:hover { color: var(--link-hover); }
    a:focus-visible, summary:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; border-radius: 3px; }

    .skip-link {
      position: absolute;
      left: 0.75rem;
      top: -10rem;
      z-index: 10;
      padding: 0.5rem 0.9rem;
      background: var(--surface-raised);
      color: var(--link);
      border: 1px solid var(--border);
      border-radius: var(--radius);
      box-shadow: var(--shadow);
    }
    .skip-link:focus { top: 0.75rem; }

    /* Site header and page grid */

    .site-header {
      border-bottom: 1px solid var(--border);
      background: var(--surface);
    }
    .site-header .course-link {
      display: block;
      max-width: 90rem;
      margin: 0 auto;
      padding: 0.75rem 1.5rem;
      color: var(--fg);
      font-weight: 600;
      letter-spacing: 0.01em;
      text-decoration: none;
    }
    .site-header .course-link:hover { color: var(--link); }

    .page {
      max-width: 90rem;
      margin: 0 auto;
      padding: 2rem 1.5rem 3rem;
    }
    .lesson {
      min-width: 0;
      max-width: 48rem;
      margin: 0 auto;
    }

    @media (min-width: 68rem) {
      /* The contents sit in the right margin: absolutely placed along the whole page, with
         their list sticky inside, so they stay in view while the text scrolls. */
      .page.has-toc { position: relative; padding-right: 20rem; }
      .page.has-toc .lesson { margin: 0 0 0 auto; }
      .page.has-toc .toc {
        position: absolute;
        top: 2rem;
        bottom: 3rem;
        right: 1.5rem;
        width: 15rem;
      }
      .page.has-toc .toc-details {
        position: sticky;
        top: 1.5rem;
        max-height: calc(100vh - 3rem);
        overflow-y: auto;
        padding-top: 0.35rem;
      }
    }

    /* Table of contents */

    .toc { font-size: 0.875rem; line-height: 1.45; }
    .toc-details > summary {
      cursor: pointer;
      color: var(--fg-muted);
      font-size: 0.75rem;
      font-weight: 650;
      letter-spacing: 0.06em;
      text-transform: uppercase;
      list-style: none;
      padding: 0.25rem 0;
    }
    .toc-details > summary::-webkit-details-marker { display: none; }
    .toc-details > summary::before {
      content: "▸";
      display: inline-block;
      width: 1.1em;
      text-align: center;
      margin-right: 0.15em;
      transition: transform 0.15s ease;
    }
    .toc-details[open] > summary::before { transform: rotate(90deg); }
    .toc ul { list-style: none; margin: 0; padding: 0; }
    .toc-list { margin-top: 0.5rem !important; border-left: 1px solid var(--border); }
    .toc ul ul { padding-left: 0.85rem; }
    .toc li { margin: 0; }
    .toc a {
      display: block;
      padding: 0.2rem 0 0.2rem 0.85rem;
      margin-left: -1px;
      border-left: 2px solid transparent;
      color: var(--fg-muted);
      text-decoration: none;
    }
    .toc a:hover { color: var(--link); border-left-color: var(--accent); }

    @media (min-width: 68rem) {
      /* The sidebar is always open on wide screens; the summary is just its title. */
      .toc-details::details-content { content-visibility: visible; block-size: auto; }
      .toc-details > summary { pointer-events: none; }
      .toc-details > summary::before { content: none; }
    }

    @media (max-width: 67.99rem) {
      .toc {
        margin: 0 auto 2rem;
        max-width: 48rem;
        border: 1px solid var(--border);
        border-radius: var(--radius);
        background: var(--surface);
        padding: 0.5rem 1rem;
      }
      .toc-details[open] { padding-bottom: 0.5rem; }
    }

    /* Text */

    .lesson-header { margin: 0 0 2rem; }
    .lesson > h1.title, .lesson-header > h1.title { margin: 0 0 0.6rem; }
    .lesson > .summary, .lesson-header > .summary {
      max-width: var(--measure);
      margin: 0 0 2rem;
      color: var(--fg-muted);
      font-size: 1.2rem;
      line-height: 1.5;
    }
    .lesson-header > :last-child { margin-bottom: 0; }
    h1, h2, h3, h4, h5, h6 {
      line-height: 1.25;
      font-weight: 650;
      letter-spacing: -0.01em;
      margin: 2.2em 0 0.6em;
      scroll-margin-top: 1rem;
    }
    h1 { font-size: 2.25rem; letter-spacing: -0.02em; margin-top: 0; }
    h2 { font-size: 1.6rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--border); }
    h3 { font-size: 1.3rem; }
    h4 { font-size: 1.1rem; }
    h5, h6 { font-size: 1rem; }

    .anchor {
      margin-left: 0.4em;
      color: var(--fg-subtle);
      font-weight: 400;
      text-decoration: none;
      opacity: 0;
      transition: opacity 0.15s ease;
    }
    h1:hover .anchor, h2:hover .anchor, h3:hover .anchor, h4:hover .anchor,
    h5:hover .anchor, h6:hover .anchor, .anchor:focus { opacity: 1; }
    .anchor:hover { color: var(--link); }

    p, ul, ol, dl, blockquote { margin: 0 0 1.1em; }
    .lesson > p, .lesson > ul, .lesson > ol, .lesson > dl, .lesson > blockquote,
    .exercise > p, .solution > p { max-width: var(--measure); }
    li + li { margin-top: 0.25em; }
    strong { font-weight: 650; }
    hr { border: 0; border-top: 1px solid var(--border); margin: 2.5rem 0; }
    blockquote {
      padding: 0.1em 1.1em;
      border-left: 4px solid var(--border-strong);
      color: var(--fg-muted);
    }
    img, svg, video { max-width: 100%; height: auto; }

    code, kbd, samp, pre { font-family: var(--font-mono); font-size: 0.875em; }
    pre code { font-size: inherit; }
    /* An inline formula and the punctuation touching it stay on one line. */
    .nowrap { white-space: nowrap; }
    :not(pre) > code {
      padding: 0.12em 0.35em;
      border-radius: 5px;
      background: var(--inline-code-bg);
      font-size: 0.86em;
      overflow-wrap: anywhere;
    }

    /* Math */

    math { font-family: var(--font-math); font-size: 1.06em; }
    math[display="block"] {
      display: block math;
      margin: 1.2em 0;
      padding: 0.1em 0;
      overflow-x: auto;
      overflow-y: hidden;
    }
    code.math-error {
      color: var(--error-accent);
      text-decoration: underline wavy var(--error-accent);
      text-decoration-thickness: 1px;
      text-underline-offset: 0.25em;
    }
    p > math[display="block"]:only-child { margin: 0; }
    .math-display { margin: 1.2em 0; overflow-x: auto; overflow-y: hidden; }
    .math-display > math[display="block"] { margin: 0; }

    /* Code blocks */

    pre {
      margin: 0;
      line-height: 1.55;
      tab-size: 4;
    }
    pre.code, .lesson > pre:not(.output), .exercise > pre:not(.output), .solution > pre:not(.output) {
      margin: 1.25rem 0;
      padding: 0.9rem 1.1rem;
      overflow-x: auto;
      background: var(--code-bg);
      color: var(--code-fg);
      border: 1px solid var(--code-border);
      border-radius: var(--radius);
    }
    .cell { margin: 1.25rem 0; }
    .cell > pre.code, .cell > .output, .cell > .figure, .cell > figure { margin-top: 0; margin-bottom: 0; }
    .cell > * + * { margin-top: 0.6rem !important; }
    pre.code + .output, pre.code + .figure, pre.code + .log { margin-top: -0.6rem; }
    .cell > pre.code + .output { margin-top: 0.6rem; }
    .not-run {
      margin: -0.6rem 0 1.25rem;
      color: var(--fg-subtle);
      font-size: 0.85rem;
      font-style: italic;
    }

    .kw { color: var(--hl-keyword); }
    .const { color: var(--hl-const); }
    .self { color: var(--hl-self); font-style: italic; }
    .bi { color: var(--hl-builtin); }
    .str { color: var(--hl-string); }
    .num { color: var(--hl-number); }
    .com { color: var(--hl-comment); font-style: italic; }
    .op { color: var(--hl-operator); }
    .dec { color: var(--hl-decorator); }
    .fn { color: var(--hl-function); font-weight: 600; }
    .cls { color: var(--hl-class); font-weight: 600; }
    .interp { color: var(--hl-interp); }

    /* Printed output: `<pre class="output">` or `<div class="output"><pre>` */

    .output {
      margin: 1.25rem 0;
      padding: 0.45rem 1.1rem 0.75rem;
      border: 1px solid var(--output-border);
      border-left: 3px solid var(--output-accent);
      border-radius: 0 var(--radius) var(--radius) 0;
      background: var(--output-bg);
      overflow-x: auto;
    }
    .output::before {
      content: "Output";
      display: block;
      margin-bottom: 0.2rem;
      color: var(--output-label);
      font-family: var(--font-body);
      font-size: 0.7rem;
      font-weight: 650;
      letter-spacing: 0.08em;
      line-height: 1.6;
      text-transform: uppercase;
    }
    .output > pre { overflow-x: visible; }
    .output.error, .output-error { border-left-color: var(--error-accent); background: var(--error-bg); }
    .output.error::before, .output-error::before { content: "Error"; color: var(--error-accent); }
    .output.stderr { border-left-color: var(--stderr-accent); background: var(--stderr-bg); }
    .output.stderr::before { content: "stderr"; color: var(--stderr-label); text-transform: none; letter-spacing: 0.02em; font-family: var(--font-mono); font-size: 0.75rem; }
    .output + .output.stderr { margin-top: -0.6rem; }

    /* Figures: `<figure class="descent">` (or `class="figure"`) with SVG, charts, logs, caption */

    .figure, figure.descent {
      margin: 1.75rem 0;
      padding: 0;
      color: var(--fg);
      break-inside: avoid;
    }
    .figure > svg, .figure > img, .figure-body > svg, .figure-body > img {
      display: block;
      max-width: 100%;
      height: auto;
      margin: 0 auto;
    }
    /* Figures keep their light-theme colours: in the dark theme they sit on a light panel,
       so the turbo and viridis colours (dark blues and purples) keep their contrast. */
    figure.descent .figure-body, figure.descent .charts { color: var(--figure-ink); }
    @media (prefers-color-scheme: dark) {
      figure.descent .figure-body > svg, figure.descent .charts > svg {
        background: var(--figure-paper);
        box-shadow: 0 0 0 0.5rem var(--figure-paper);
        border-radius: 1px;
      }
      figure.descent .figure-body { padding: 0.5rem 0; }
      figure.descent .charts { padding-bottom: 0.5rem; margin-top: 1.25rem; gap: 1.25rem; }
      figure.wide-2 .figure-body, figure.wide-3 .figure-body { padding: 0.5rem; }
    }
    .charts, .figure .figure-panels {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      justify-content: center;
      margin-top: 0.75rem;
    }
    .charts > svg, .figure .figure-panels > svg { flex: 1 1 18rem; min-width: 0; max-width: min(100%, 30rem) !important; height: auto; }

    /* Side-by-side panels (`wide-2`, `wide-3`) get more room than the text column: on wide
       screens they reach into the left margin (the contents sidebar holds the right one),
       without a sidebar they widen on both sides, and on phones they keep a legible size
       and scroll sideways. */
    figure.wide-2 { --wide: 60rem; }
    figure.wide-3 { --wide: 74rem; }
    figure.wide-2 .figure-body, figure.wide-3 .figure-body {
      overflow-x: auto;
      overflow-y: hidden;
      overscroll-behavior-x: contain;
    }
    figure.wide-2 .figure-body > svg { min-width: 34rem; }
    figure.wide-3 .figure-body > svg { min-width: 46rem; }
    @media (max-width: 39.99rem) {
      figure.wide-2 figcaption::after, figure.wide-3 figcaption::after {
        display: block;
        margin-top: 0.2rem;
        color: var(--fg-subtle);
        font-size: 0.8rem;
        font-style: italic;
      }
      figure.wide-2 figcaption::after { content: "Scroll the figure sideways to see both panels."; }
      figure.wide-3 figcaption::after { content: "Scroll the figure sideways to see all three panels."; }
    }
    figure.wide-2 .figure-body:focus-visible, figure.wide-3 .figure-body:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
    @media (min-width: 40rem) {
      figure.wide-2 .figure-body > svg, figure.wide-3 .figure-body > svg { min-width: 0; }
      .page:not(.has-toc) figure.wide-2, .page:not(.has-toc) figure.wide-3,
      .page.has-toc figure.wide-2, .page.has-toc figure.wide-3 {
        margin-left: min(0rem, calc(50% - min(100vw - 2rem, var(--wide)) / 2));
        margin-right: min(0rem, calc(50% - min(100vw - 2rem, var(--wide)) / 2));
      }
    }
    @media (min-width: 68rem) {
      /* The free space left of the text column: page width less padding, sidebar, gap and text. */
      .page.has-toc figure.wide-2, .page.has-toc figure.wide-3 {
        margin-right: 0;
        margin-left: calc(-1 * clamp(0rem, min(100vw, 90rem) - 70.5rem, var(--wide) - 48rem));
      }
    }
    .figure-note {
      max-width: var(--measure);
      margin: 0.75rem auto 0;
      padding: 0.45rem 0.85rem;
      border-left: 3px solid var(--warning-accent);
      border-radius: 0 6px 6px 0;
      background: var(--warning-bg);
      font-size: 0.9rem;
    }
    figure.descent .log, .figure .log { margin: 0.9rem auto 0; }
    figure figcaption {
      max-width: var(--measure);
      margin: 0.75rem auto 0;
      color: var(--fg-muted);
      font-size: 0.925rem;
      line-height: 1.5;
      text-align: center;
    }
    .figure-number { color: var(--fg); font-weight: 650; }

    /* The log table */

    .log, .table-wrap {
      margin: 1.25rem 0;
      max-height: 26rem;
      overflow: auto;
      border: 1px solid var(--border);
      border-radius: var(--radius);
      background: var(--surface-raised);
    }
    table {
      border-collapse: collapse;
      font-size: 0.9rem;
      font-variant-numeric: tabular-nums;
    }
    .lesson > table { margin: 1.25rem 0; }
    .log table, .table-wrap table { width: 100%; }
    .log { width: fit-content; max-width: 100%; margin-inline: auto; }
    th, td { padding: 0.4rem 0.9rem; border-bottom: 1px solid var(--border); text-align: left; }
    th { background: var(--table-head); font-weight: 650; white-space: nowrap; }
    .log th, .log td { text-align: right; font-family: var(--font-mono); font-size: 0.85rem; white-space: nowrap; }
    .log thead th { position: sticky; top: 0; z-index: 1; }
    .log tbody tr:nth-child(even) { background: var(--table-stripe); }
    .log tbody tr:last-child td { border-bottom: 0; }
    .log caption {
      padding: 0.5rem 0.9rem;
      border-bottom: 1px solid var(--border);
      color: var(--fg-muted);
      font-family: var(--font-mono);
      font-size: 0.8rem;
      text-align: left;
      white-space: nowrap;
    }

    /* Exercises and solutions: `<section class="exercise">` then `<details class="solution">` */

    .exercise {
      margin: 2rem 0;
      padding: 0 1.25rem 0.1rem;
      border: 1px solid var(--exercise-border);
      border-left: 4px solid var(--exercise-accent);
      border-radius: var(--radius);
      background: var(--exercise-bg);
    }
    .exercise-title {
      display: block;
      margin: 0 -1.25rem 1rem;
      padding: 0.65rem 1.25rem;
      border-bottom: 1px solid var(--exercise-border);
      font-weight: 650;
    }
    .exercise-label {
      margin-right: 0.4em;
      color: var(--exercise-accent);
      font-size: 0.78rem;
      letter-spacing: 0.06em;
      text-transform: uppercase;
    }
    .exercise pre.code, .exercise .output, .solution pre.code, .solution .output { background-color: var(--bg); }
    .exercise .output.error, .exercise .output-error, .solution .output.error { background-color: var(--error-bg); }
    .exercise .output.stderr, .solution .output.stderr { background-color: var(--stderr-bg); }
    .exercise > .not-run { margin-top: -0.6rem; }

    .solution {
      margin: 1.5rem 0 2rem;
      padding: 0.6rem 1.25rem;
      border: 1px solid var(--exercise-border);
      border-left: 4px solid var(--solution-accent);
      border-radius: var(--radius);
      background: var(--exercise-bg);
    }
    .exercise:has(+ .solution) { margin-bottom: 0; border-bottom-left-radius: 0; border-bottom-right-radius: 0; }
    .exercise + .solution {
      margin-top: 0;
      border-top: 1px dashed var(--exercise-border);
      border-left-color: var(--exercise-accent);
      border-top-left-radius: 0;
      border-top-right-radius: 0;
    }
    .exercise .solution { margin: 1rem -1.25rem -0.1rem; border-width: 1px 0 0; border-style: dashed; border-radius: 0; }
    .solution > summary {
      display: inline-flex;
      align-items: center;
      gap: 0.45em;
      padding: 0.3rem 0.85rem;
      border: 1px solid var(--border-strong);
      border-radius: 999px;
      background: var(--bg);
      color: var(--fg);
      font-size: 0.875rem;
      font-weight: 600;
      cursor: pointer;
      list-style: none;
      user-select: none;
    }
    .solution > summary::-webkit-details-marker { display: none; }
    .solution > summary::before {
      content: "▸";
      color: var(--solution-accent);
      transition: transform 0.15s ease;
    }
    .solution[open] > summary { margin-bottom: 0.25rem; }
    .solution[open] > summary::before { transform: rotate(90deg); }
    .solution > summary:hover { border-color: var(--solution-accent); }

    /* Callouts: diagnostics and notes shown on a page */

    .callout {
      margin: 1.5rem 0;
      padding: 0.75rem 1.1rem;
      border: 1px solid var(--border);
      border-left: 4px solid var(--note-accent);
      border-radius: var(--radius);
      background: var(--note-bg);
    }
    .callout > :last-child { margin-bottom: 0; }
    .callout-title { margin: 0 0 0.35rem; font-weight: 650; color: var(--note-accent); }
    .callout pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.85em; }
    .callout-note { border-left-color: var(--note-accent); background: var(--note-bg); }
    .callout-warning { border-left-color: var(--warning-accent); background: var(--warning-bg); }
    .callout-warning .callout-title { color: var(--warning-accent); }
    .callout-error { border-left-color: var(--error-accent); background: var(--error-bg); }
    .callout-error .callout-title { color: var(--error-accent); }

    /* Footer and pager */

    .site-footer {
      max-width: 90rem;
      margin: 0 auto;
      padding: 0 1.5rem 3rem;
    }
    .pager {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 1rem;
      max-width: 48rem;
      margin: 0 auto 2rem;
      padding-top: 2rem;
      border-top: 1px solid var(--border);
    }
    .page.has-toc + .site-footer .pager { margin-left: max(0rem, calc(100% - 48rem - 18.5rem)); }
    .pager a {
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
      padding: 0.8rem 1rem;
      border: 1px solid var(--border);
      border-radius: var(--radius);
      color: var(--fg);
      text-decoration: none;
      transition: border-color 0.15s ease, box-shadow 0.15s ease;
    }
    .pager a:hover { border-color: var(--accent); box-shadow: var(--shadow); }
    .pager-label { color: var(--fg-muted); font-size: 0.8rem; }
    .pager-title { color: var(--link); font-weight: 600; }
    .pager-prev .pager-label::before { content: "← "; }
    .pager-next { grid-column: 2; text-align: right; }
    .pager-next .pager-label::after { content: " →"; }
    .colophon { margin: 0; color: var(--fg-subtle); font-size: 0.85rem; text-align: center; }
    .colophon a { color: inherit; }

    /* Course index */

    .course-index {
      max-width: 52rem;
      margin: 0 auto;
      padding: 3.5rem 1.5rem 2rem;
    }
    .course-hero { margin-bottom: 2.5rem; }
    .course-hero .title { font-size: 2.6rem; margin-bottom: 0.6rem; }
    .course-description { max-width: var(--measure); margin: 0; color: var(--fg-muted); font-size: 1.15rem; }
    .lessons-heading {
      margin: 0 0 1rem;
      padding: 0;
      border: 0;
      color: var(--fg-muted);
      font-size: 0.8rem;
      letter-spacing: 0.08em;
      text-transform: uppercase;
    }
    .lesson-cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.85rem; }
    .lesson-cards li + li { margin-top: 0; }
    .lesson-card a {
      display: flex;
      gap: 1.1rem;
      align-items: flex-start;
      padding: 1.1rem 1.25rem;
      border: 1px solid var(--border);
      border-radius: calc(var(--radius) + 2px);
      background: var(--surface-raised);
      color: var(--fg);
      text-decoration: none;
      transition: border-color 0.15s ease, box-shadow 0.15s ease, transform 0.15s ease;
    }
    .lesson-card a:hover { border-color: var(--accent); box-shadow: var(--shadow); transform: translateY(-1px); }
    .lesson-number {
      flex: none;
      display: grid;
      place-items: center;
      width: 2.3rem;
      height: 2.3rem;
      border-radius: 50%;
      background: var(--surface);
      border: 1px solid var(--border);
      color: var(--accent);
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .lesson-text { display: flex; flex-direction: column; gap: 0.2rem; min-width: 0; }
    .lesson-title { font-size: 1.125rem; font-weight: 650; line-height: 1.35; color: var(--link); }
    .lesson-summary { color: var(--fg-muted); font-size: 0.95rem; line-height: 1.5; }

    /* Phones */

    @media (max-width: 40rem) {
      body { font-size: 1rem; }
      .page { padding: 1.25rem 1rem 2rem; }
      .site-header .course-link { padding: 0.7rem 1rem; }
      .site-footer { padding: 0 1rem 2rem; }
      h1 { font-size: 1.85rem; }
      h2 { font-size: 1.4rem; }
      h3 { font-size: 1.2rem; }
      pre.code, .lesson > pre:not(.output), .exercise > pre:not(.output), .solution > pre:not(.output) { padding: 0.75rem 0.85rem; }
      .output { padding: 0.4rem 0.85rem 0.7rem; }
      .exercise { padding: 0 0.6rem 0.25rem; border-left-width: 3px; }
      .exercise-title { margin: 0 -0.6rem 1rem; padding: 0.6rem 0.75rem; }
      .exercise + .solution { padding-inline: 0.6rem; border-left-width: 3px; }
      math[display="block"] { font-size: 0.95em; }
      .pager { grid-template-columns: 1fr; }
      .pager-next { grid-column: 1; }
      .course-index { padding-top: 2rem; }
      .course-hero .title { font-size: 2rem; }
      .course-description { font-size: 1.05rem; }
      .lesson-card a { padding: 0.9rem 1rem; gap: 0.85rem; }
    }

    /* Print */

    @media print {
      :root {
        --bg: #ffffff; --fg: #000000; --fg-muted: #333333; --link: #000000;
        --code-bg: #f6f8fa; --surface: #ffffff;
      }
      body { font-size: 11pt; line-height: 1.45; background: #fff; color: #000; }
      .skip-link, .site-header, .toc, .pager, .anchor, .colophon { display: none !important; }
      .page { display: block; max-width: none; padding: 0; }
      .lesson { max-width: none; }
      a { color: inherit; text-decoration: none; }
      h1, h2, h3, h4 { break-after: avoid; }
      pre, pre.code, .output, .callout, table, .figure, figure, math[display="block"] { break-inside: avoid; }
      pre.code, pre.output, .output > pre { white-space: pre-wrap; overflow: visible; }
      .log, .table-wrap { max-height: none; overflow: visible; }
      .solution::details-content { content-visibility: visible; block-size: auto; }
      .solution > summary { border: 0; padding: 0; }
      .exercise, .solution { break-inside: avoid; }
      .solution > summary::before { content: none; }
      .solution > summary { font-size: 0; }
      .solution > summary::after { content: "Solution"; font-size: 10pt; color: var(--solution-accent); }
      .lesson-card a { box-shadow: none; }
      figure.wide-2, figure.wide-3 { margin-left: 0 !important; margin-right: 0 !important; }
      figure.wide-2 .figure-body > svg, figure.wide-3 .figure-body > svg { min-width: 0; }
      figure.descent .figure-body, .charts, .log { overflow: visible; }
    }
    @page { margin: 16mm 14mm; }

    @media (prefers-reduced-motion: reduce) {
      * { transition: none !important; }
    }
    """
}
