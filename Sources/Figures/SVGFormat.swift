import Foundation

/// Compact, deterministic number and text formatting for SVG output.
enum SVGFormat {
    /// `v` rounded to `decimals` places without trailing zeros ("12.5", "-3", "0.25").
    /// A value that is not finite writes "0"; huge values are clamped (see `units`).
    static func num(_ v: Double, _ decimals: Int = 1) -> String {
        let scale = decimals == 1 ? 10.0 : pow(10.0, Double(decimals))
        guard let n = units(v * scale) else { return "0" }
        return fixed(n, decimals)
    }

    /// Largest magnitude, in output units, that SVG numbers are clamped to.
    static let unitLimit = 1e15

    /// `v` rounded to the nearest integer and clamped to ±`unitLimit`, so the conversion to
    /// `Int` cannot trap; nil when `v` is not finite.
    static func units(_ v: Double) -> Int? {
        guard v.isFinite else { return nil }
        return Int(Swift.min(Swift.max(v, -unitLimit), unitLimit).rounded())
    }

    /// An integer count of 10^-decimals units as a short decimal ("-.3", "1.2", "40").
    static func fixed(_ n: Int, _ decimals: Int) -> String {
        if n == 0 { return "0" }
        var digits: [UInt8] = []
        digits.reserveCapacity(24)
        var m = n.magnitude
        var frac = decimals
        // Fraction digits from the right, dropping trailing zeros.
        var trailing = true
        var fracDigits: [UInt8] = []
        while frac > 0 {
            let d = UInt8(m % 10)
            m /= 10
            frac -= 1
            if trailing && d == 0 { continue }
            trailing = false
            fracDigits.append(d + 48)
        }
        if n < 0 { digits.append(UInt8(ascii: "-")) }
        if m > 0 {
            var whole: [UInt8] = []
            while m > 0 { whole.append(UInt8(m % 10) + 48); m /= 10 }
            digits.append(contentsOf: whole.reversed())
        }
        if !fracDigits.isEmpty {
            digits.append(UInt8(ascii: "."))
            digits.append(contentsOf: fracDigits.reversed())
        }
        return String(decoding: digits, as: UTF8.self)
    }

    /// `v` with exactly three decimals ("-3.214", "0.000"), as `%.3f` writes it.
    static func fixed3(_ v: Double) -> String {
        guard v.isFinite, abs(v) < 1e15 else { return String(format: "%.3f", v) }
        let n = Int((abs(v) * 1000).rounded())
        let frac = String(n % 1000)
        let pad = String(repeating: "0", count: 3 - frac.count)
        return (v < 0 && n != 0 ? "-" : "") + String(n / 1000) + "." + pad + frac
    }

    /// Text escaped for XML character data and attribute values.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Path data for polylines in pixels: an absolute move, then relative line-tos with the
    /// command letter given once, coordinates on a 0.1 px grid; a closed polyline ends in `z`.
    /// Separators are left out where the syntax allows: before a minus sign, and before ".5"
    /// right after a number that already has a decimal point.
    static func pathData(_ lines: [[Point]], closed: [Bool]) -> String {
        var d: [UInt8] = []
        d.reserveCapacity(lines.reduce(0) { $0 + $1.count * 7 })
        var lastHasDot = false
        // Appends n tenths with the separator it needs; `first` numbers follow a command letter.
        func put(_ n: Int, first: Bool) {
            let m = n.magnitude
            let whole = m / 10, frac = m % 10
            if n < 0 {
                d.append(UInt8(ascii: "-"))
            } else if !first && !(whole == 0 && frac != 0 && lastHasDot) {
                d.append(UInt8(ascii: " "))
            }
            if whole > 0 || frac == 0 {
                var p: UInt = 1
                while p <= whole / 10 { p *= 10 }
                var w = whole
                while p > 0 {
                    d.append(UInt8(w / p) + 48)
                    w %= p
                    p /= 10
                }
            }
            if frac != 0 {
                d.append(UInt8(ascii: "."))
                d.append(UInt8(frac) + 48)
            }
            lastHasDot = frac != 0
        }
        for (k, pts) in lines.enumerated() {
            // A point that is not finite is not drawn: the polyline breaks there.
            var px = 0, py = 0
            var started = false, wroteL = false, broken = false
            for p in pts {
                guard let qx = units(p.x * 10), let qy = units(p.y * 10) else {
                    if started { broken = true }
                    started = false
                    continue
                }
                if !started {
                    d.append(UInt8(ascii: "M"))
                    put(qx, first: true)
                    put(qy, first: false)
                    px = qx; py = qy
                    started = true; wroteL = false
                    continue
                }
                let dx = qx - px, dy = qy - py
                if dx == 0 && dy == 0 { continue }
                if !wroteL {
                    d.append(UInt8(ascii: "l"))
                    put(dx, first: true)
                    wroteL = true
                } else {
                    put(dx, first: false)
                }
                put(dy, first: false)
                px = qx; py = qy
            }
            if closed[k] && started && !broken { d.append(UInt8(ascii: "z")) }
        }
        return String(decoding: d, as: UTF8.self)
    }
}
