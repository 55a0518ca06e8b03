/// Styles of `explore` sliders and `animate` paths (see `FigureControls`): sliders wrap
/// under the figure on narrow screens, paths draw themselves epoch by epoch unless the
/// reader prefers reduced motion or prints, and printing hides the controls.
enum InteractiveFigureStyle {
    static let css = """

    /* Interactive figures: explore sliders, animated paths. */
    .explore-controls {
      display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center;
      margin: .5rem 0 .25rem; font-size: .95rem;
    }
    .explore-slider { display: flex; align-items: center; gap: .5rem; min-width: 14rem; flex: 1 1 14rem; max-width: 24rem; }
    .explore-slider label { font-family: var(--font-mono, ui-monospace, monospace); font-weight: 600; min-width: 4.5rem; }
    .explore-slider input[type=range] { flex: 1; accent-color: var(--link); min-height: 1.75rem; }
    .explore-slider output { font-variant-numeric: tabular-nums; min-width: 4.5rem; font-family: var(--font-mono, ui-monospace, monospace); }
    .explore-slider input:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
    .charts > .variant:not([hidden]) { display: contents; }
    .charts > .variant > svg { flex: 1 1 18rem; min-width: 0; max-width: min(100%, 30rem) !important; height: auto; }
    @media (prefers-color-scheme: dark) {
      figure.descent .charts > .variant > svg {
        background: var(--figure-paper);
        box-shadow: 0 0 0 0.5rem var(--figure-paper);
        border-radius: 1px;
      }
      /* A legend sits on the figure's light paper, not on the page's dark canvas. */
      figure.descent .fig-legend > rect { fill: var(--figure-paper); }
    }
    .anim-play {
      font: inherit; font-size: .9rem; color: var(--fg); background: var(--surface, transparent);
      border: 1px solid var(--border-strong, #aaa); border-radius: 6px; padding: .2rem .8rem; margin: .25rem 0; cursor: pointer;
    }
    .anim-play:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
    .anim-play::before { content: "\\21BB\\00A0"; }
    .fig-anim .fig-pathline { stroke-dasharray: 1; stroke-dashoffset: 1; animation: fig-draw var(--dur) linear forwards; }
    .fig-anim circle { opacity: 0; animation: fig-pop .15s linear calc(var(--t, 0) * var(--dur)) forwards; }
    .anim-reset .fig-anim * { animation: none !important; }
    @keyframes fig-draw { to { stroke-dashoffset: 0; } }
    @keyframes fig-pop { to { opacity: 1; } }
    @media (prefers-reduced-motion: reduce) {
      .fig-anim *, .anim-reset .fig-anim * { animation: none !important; opacity: 1 !important; stroke-dashoffset: 0 !important; }
      .anim-play { display: none; }
    }
    @media print {
      .fig-anim *, .anim-reset .fig-anim * { animation: none !important; opacity: 1 !important; stroke-dashoffset: 0 !important; }
      .explore-controls, .anim-play { display: none !important; }
    }

    """
}
