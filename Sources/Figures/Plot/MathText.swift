/// A small subset of matplotlib's mathtext for labels: `$...$` spans with Greek letters and
/// common symbols (`\alpha`, `\nabla`, `\cdot`…), `^` and `_` (one character or `{...}`),
/// `\mathrm{...}`; letters in math are italic as mathtext sets them.
enum MathText {
    struct Run {
        var text: String
        var italic = false
        /// -1 subscript, 0 normal, 1 superscript.
        var shift = 0
    }

    static let symbols: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ",
        "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ", "chi": "χ",
        "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ",
        "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω", "nabla": "∇", "partial": "∂",
        "cdot": "·", "times": "×", "pm": "±", "leq": "≤", "geq": "≥", "le": "≤", "ge": "≥", "neq": "≠",
        "approx": "≈", "infty": "∞", "sum": "∑", "prod": "∏", "int": "∫", "to": "→", "rightarrow": "→",
        "leftarrow": "←", "in": "∈", "sqrt": "√", "ell": "ℓ", "circ": "∘", "log": "log", "exp": "exp",
        "sin": "sin", "cos": "cos", "tanh": "tanh", "max": "max", "min": "min", ",": " ", ";": " ", " ": " ",
        "quad": "  ", "hat": "", "bar": "", "mathbf": "", "mathrm": "", "text": "", "left": "", "right": "",
    ]

    /// Runs of text with their style; text outside `$` is plain.
    static func runs(_ s: String) -> [Run] {
        guard s.contains("$") else { return [Run(text: s)] }
        var out: [Run] = []
        var inMath = false
        var chars = Array(s)
        var i = 0
        var plain = ""
        func flush() { if !plain.isEmpty { out.append(Run(text: plain)); plain = "" } }
        // An odd number of unescaped `$` is plain text, as matplotlib treats it.
        if chars.filter({ $0 == "$" }).count % 2 == 1 { return [Run(text: s)] }
        while i < chars.count {
            let c = chars[i]
            if c == "$" { flush(); inMath.toggle(); i += 1; continue }
            if !inMath { plain.append(c); i += 1; continue }
            var shift = 0
            if c == "^" || c == "_" { shift = c == "^" ? 1 : -1; i += 1 }
            var group = ""
            var roman = false
            if i < chars.count && chars[i] == "{" {
                var depth = 0
                i += 1
                while i < chars.count && !(chars[i] == "}" && depth == 0) {
                    if chars[i] == "{" { depth += 1 }
                    if chars[i] == "}" { depth -= 1 }
                    group.append(chars[i]); i += 1
                }
                i += 1
            } else if i < chars.count && chars[i] == "\\" {
                var name = ""
                i += 1
                while i < chars.count && chars[i].isLetter { name.append(chars[i]); i += 1 }
                if name.isEmpty, i < chars.count { name = String(chars[i]); i += 1 }
                if name == "mathrm" || name == "text" || name == "mathbf" || name == "hat" || name == "bar" {
                    roman = name != "hat" && name != "bar"
                    continue
                }
                let sym = symbols[name] ?? name
                out.append(Run(text: sym, italic: false, shift: shift))
                continue
            } else if i < chars.count {
                group = String(chars[i]); i += 1
            }
            let text = expand(group)
            out.append(Run(text: text, italic: !roman && text.contains { $0.isLetter && $0.isASCII }, shift: shift))
        }
        flush()
        chars = []
        return out
    }

    private static func expand(_ s: String) -> String {
        guard s.contains("\\") else { return s }
        var out = ""
        var chars = Array(s)[...]
        while let c = chars.popFirst() {
            if c == "\\" {
                var name = ""
                while let d = chars.first, d.isLetter { name.append(d); chars.removeFirst() }
                out += symbols[name] ?? name
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// The plain text (for descriptions and widths).
    static func plain(_ s: String) -> String { runs(s).map(\.text).joined() }

    /// Width at `fontSize`, scripts at 70%.
    static func width(_ s: String, fontSize: Double) -> Double {
        runs(s).reduce(0) { $0 + TextWidth.of($1.text, fontSize: $1.shift == 0 ? fontSize : 0.7 * fontSize) }
    }

    /// SVG character data with `<tspan>`s for italics and scripts.
    static func svg(_ s: String) -> String {
        let rs = runs(s)
        if rs.count == 1 && !rs[0].italic && rs[0].shift == 0 { return SVGFormat.escape(rs[0].text) }
        var out = ""
        var level = 0
        for r in rs {
            var attrs = ""
            if r.italic { attrs += " font-style=\"italic\"" }
            if r.shift != level {
                let dy = (Double(r.shift) - Double(level)) * -0.4
                attrs += " dy=\"\(SVGFormat.num(dy, 2))em\""
            }
            if r.shift != 0 { attrs += " font-size=\"70%\"" }
            level = r.shift
            out += attrs.isEmpty ? SVGFormat.escape(r.text) : "<tspan\(attrs)>\(SVGFormat.escape(r.text))</tspan>"
        }
        return out
    }
}
