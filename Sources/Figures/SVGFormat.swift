import Foundation

/// Compact, deterministic number and text formatting for SVG output.
enum SVGFormat {
    /// `v` rounded to `decimals` places without trailing zeros ("12.5", "-3", "0.25").
    static func num(_ v: Double, _ decimals: Int = 1) -> String {
        guard v.isFinite else { return "0" }
        let scale = decimals == 1 ? 10.0 : pow(10.0, Double(decimals))
        let n = Int((v * scale).rounded())
        return fixed(n, decimals)
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
    static func pathData(_ lines: [[Point]], closed: [Bool]) -> String {
        var d = ""
        d.reserveCapacity(lines.reduce(0) { $0 + $1.count * 7 })
        for (k, pts) in lines.enumerated() {
            guard let first = pts.first else { continue }
            var px = Int((first.x * 10).rounded()), py = Int((first.y * 10).rounded())
            var last = fixed(px, 1)
            d += "M" + last
            last = fixed(py, 1)
            d += sep(py, last: fixed(px, 1), next: last) + last
            var wroteL = false
            for p in pts.dropFirst() {
                let qx = Int((p.x * 10).rounded()), qy = Int((p.y * 10).rounded())
                let dx = qx - px, dy = qy - py
                if dx == 0 && dy == 0 { continue }
                let sx = fixed(dx, 1), sy = fixed(dy, 1)
                if !wroteL { d += "l"; wroteL = true } else { d += sep(dx, last: last, next: sx) }
                d += sx + sep(dy, last: sx, next: sy) + sy
                last = sy
                px = qx; py = qy
            }
            if closed[k] { d += "z" }
        }
        return d
    }

    /// Separator before a number in path data: none when it starts with a minus sign, or with a
    /// decimal point right after a number that already has one ("3.7.9" reads as 3.7, .9).
    @inline(__always) static func sep(_ n: Int, last: String, next: String) -> String {
        if n < 0 { return "" }
        if next.utf8.first == UInt8(ascii: "."), last.utf8.contains(UInt8(ascii: ".")) { return "" }
        return " "
    }
}
