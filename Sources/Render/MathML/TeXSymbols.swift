/// The TeX control words the MathML converter knows, grouped by how they render.
///
/// Plain tables, so that the parser's behaviour for a command is one lookup and the list of
/// known commands (for "did you mean" suggestions) is their union.
enum TeXSymbols {
    /// Greek letters and other letter-like symbols rendered as `<mi>`.
    /// Lowercase Greek is italic like Latin letters; uppercase Greek is upright, as in TeX.
    static let identifiers: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
        "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π", "varpi": "ϖ",
        "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ",
        "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "ell": "ℓ", "imath": "ı", "jmath": "ȷ", "partial": "∂",
    ]

    /// Symbols rendered upright as `<mi mathvariant="normal">`.
    static let uprightIdentifiers: [String: String] = [
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        "nabla": "∇", "infty": "∞", "emptyset": "∅", "varnothing": "∅", "top": "⊤", "bot": "⊥",
        "intercal": "⊺", "hbar": "ℏ", "Re": "ℜ", "Im": "ℑ", "aleph": "ℵ", "forall": "∀",
        "exists": "∃", "nexists": "∄", "neg": "¬", "lnot": "¬", "prime": "′", "dagger": "†",
        "angle": "∠", "triangle": "△", "checkmark": "✓", "wp": "℘",
    ]

    /// Binary operators, relations, arrows and punctuation rendered as `<mo>`.
    static let operators: [String: String] = [
        "cdot": "⋅", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "ast": "∗", "star": "⋆",
        "circ": "∘", "bullet": "∙", "odot": "⊙", "otimes": "⊗", "oplus": "⊕", "ominus": "⊖",
        "oslash": "⊘", "cup": "∪", "cap": "∩", "setminus": "∖", "wedge": "∧", "land": "∧",
        "vee": "∨", "lor": "∨",
        "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "approx": "≈",
        "sim": "∼", "simeq": "≃", "cong": "≅", "equiv": "≡", "propto": "∝", "ll": "≪", "gg": "≫",
        "leqslant": "⩽", "geqslant": "⩾", "prec": "≺", "succ": "≻", "doteq": "≐",
        "in": "∈", "notin": "∉", "ni": "∋", "subset": "⊂", "supset": "⊃", "subseteq": "⊆",
        "supseteq": "⊇", "perp": "⟂", "parallel": "∥", "mid": "∣", "nmid": "∤",
        "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "leftrightarrow": "↔",
        "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔", "implies": "⟹",
        "impliedby": "⟸", "iff": "⟺", "mapsto": "↦", "longrightarrow": "⟶",
        "longleftarrow": "⟵", "longmapsto": "⟼", "uparrow": "↑", "downarrow": "↓",
        "nearrow": "↗", "searrow": "↘", "rightharpoonup": "⇀",
        "ldots": "…", "dots": "…", "cdots": "⋯", "vdots": "⋮", "ddots": "⋱",
        "colon": ":", "vert": "|", "Vert": "‖", "|": "‖", "lvert": "|", "rvert": "|",
        "lVert": "‖", "rVert": "‖", "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋",
        "lceil": "⌈", "rceil": "⌉", "{": "{", "}": "}", "lbrace": "{", "rbrace": "}",
        "lt": "<", "gt": ">", "lbrack": "[", "rbrack": "]", "bmod": "mod",
        "backslash": "∖", "triangleq": "≜", "coloneqq": "≔", "therefore": "∴", "because": "∵",
    ]

    /// Large operators whose scripts go above and below in display style (`\sum_{i=1}^{n}`).
    static let largeOperators: [String: String] = [
        "sum": "∑", "prod": "∏", "coprod": "∐", "bigcup": "⋃", "bigcap": "⋂",
        "bigoplus": "⨁", "bigotimes": "⨂", "bigodot": "⨀", "bigvee": "⋁", "bigwedge": "⋀",
    ]

    /// Integrals: large operators whose scripts stay at the side.
    static let integrals: [String: String] = [
        "int": "∫", "iint": "∬", "iiint": "∭", "oint": "∮",
    ]

    /// Upright function names without limits (`\sin x`).
    static let functions: Set<String> = [
        "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh",
        "tanh", "coth", "exp", "log", "ln", "lg", "arg", "ker", "dim", "deg", "hom", "sgn",
    ]

    /// Upright function names whose subscripts go below in display style (`\max_{w}`).
    static let limitFunctions: [String: String] = [
        "max": "max", "min": "min", "lim": "lim", "sup": "sup", "inf": "inf", "det": "det",
        "Pr": "Pr", "gcd": "gcd", "liminf": "lim inf", "limsup": "lim sup",
        "argmin": "arg min", "argmax": "arg max",
    ]

    /// Horizontal spaces, as widths in em.
    static let spaces: [String: String] = [
        ",": "0.1667em", "thinspace": "0.1667em", ":": "0.2222em", ">": "0.2222em",
        "medspace": "0.2222em", ";": "0.2778em", "thickspace": "0.2778em", "!": "-0.1667em",
        "negthinspace": "-0.1667em", " ": "0.25em", "quad": "1em", "qquad": "2em",
    ]

    /// Accents drawn over their argument: the character and whether it stretches.
    static let accents: [String: (mark: String, stretchy: Bool)] = [
        "hat": ("^", false), "widehat": ("\u{302}", true), "tilde": ("~", false),
        "widetilde": ("~", true), "bar": ("‾", false),
        "vec": ("→", false), "overrightarrow": ("→", true), "overleftarrow": ("←", true),
        "dot": ("˙", false), "ddot": ("¨", false), "check": ("ˇ", false), "breve": ("˘", false),
        "acute": ("´", false), "grave": ("`", false), "mathring": ("˚", false),
        "overbrace": ("⏞", true),
    ]

    /// Marks drawn under their argument.
    static let underAccents: [String: String] = ["underbrace": "⏟"]

    /// Lines drawn with a CSS border around their argument.
    static let rules: [String: String] = [
        "overline": "border-top:0.065em solid;padding-top:0.1em",
        "underline": "border-bottom:0.065em solid;padding-bottom:0.1em",
    ]

    /// Characters escaped with a backslash that stand for themselves.
    static let escapedCharacters: [String: String] = [
        "%": "%", "#": "#", "&": "&", "_": "_", "$": "$",
    ]

    /// Delimiter sizes of `\big`-style commands, as `minsize`/`maxsize` in em.
    static let bigSizes: [String: String] = [
        "big": "1.2em", "bigl": "1.2em", "bigr": "1.2em", "bigm": "1.2em",
        "Big": "1.623em", "Bigl": "1.623em", "Bigr": "1.623em", "Bigm": "1.623em",
        "bigg": "2.047em", "biggl": "2.047em", "biggr": "2.047em", "biggm": "2.047em",
        "Bigg": "2.470em", "Biggl": "2.470em", "Biggr": "2.470em", "Biggm": "2.470em",
    ]

    /// Font commands and the alphabet they select.
    static let fonts: [String: MathAlphabet] = [
        "mathbf": .bold, "mathrm": .upright, "mathit": .italic, "mathbb": .doubleStruck,
        "mathcal": .script, "mathscr": .script, "mathsf": .sansSerif, "mathtt": .monospace,
        "boldsymbol": .boldItalic, "bm": .boldItalic, "mathfrak": .fraktur,
        "operatorname": .upright,
    ]

    /// Commands taking arguments or otherwise handled by the parser itself.
    static let structural: Set<String> = [
        "frac", "dfrac", "tfrac", "cfrac", "binom", "sqrt", "left", "right", "middle", "begin",
        "end", "text", "textrm", "textbf", "textit", "mbox", "displaystyle", "textstyle",
        "limits", "nolimits", "overset", "underset", "stackrel", "\\", "operatorname*",
    ]

    /// Environments `\begin{…}` accepts.
    static let environments: Set<String> = [
        "aligned", "align", "align*", "alignedat", "split", "gathered", "gather", "gather*",
        "cases", "matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "array",
        "smallmatrix", "equation", "equation*",
    ]
}
