import Foundation

/// A colour with opacity, as matplotlib's `to_rgba` gives it.
public struct PlotColor: Sendable, Hashable {
    public var r: Double
    public var g: Double
    public var b: Double
    public var a: Double

    /// A colour from components in [0, 1].
    public init(r: Double, g: Double, b: Double, a: Double = 1) {
        self.r = r
        self.g = g
        self.b = b
        self.a = a
    }

    public static let black = PlotColor(r: 0, g: 0, b: 0)
    public static let white = PlotColor(r: 1, g: 1, b: 1)

    /// The colour cycle entry `Cn` (matplotlib's tab10 cycle).
    public static func cycle(_ n: Int) -> PlotColor {
        parse(Style.cycle[((n % 10) + 10) % 10])!
    }

    /// A colour written as matplotlib accepts it: a name (`"red"`, `"tab:blue"`, `"r"`),
    /// `"C3"`, `"#rgb"`, `"#rrggbb"`, `"#rrggbbaa"` or a grey level (`"0.5"`); nil otherwise.
    public static func parse(_ text: String) -> PlotColor? {
        let s = text.lowercased()
        if s.hasPrefix("#") { return hex(String(s.dropFirst())) }
        if s.count == 2, s.hasPrefix("c"), let n = Int(s.dropFirst()) { return cycle(n) }
        if let h = PlotTables.namedColors[s] { return hex(String(h.dropFirst())) }
        if s == "none" { return PlotColor(r: 0, g: 0, b: 0, a: 0) }
        if let v = Double(s), v >= 0, v <= 1, !s.contains("e"), !s.contains("n") {
            return PlotColor(r: v, g: v, b: v)
        }
        return nil
    }

    private static func hex(_ s: String) -> PlotColor? {
        var digits = Array(s)
        if digits.count == 3 || digits.count == 4 { digits = digits.flatMap { [$0, $0] } }
        guard digits.count == 6 || digits.count == 8 else { return nil }
        var comps: [Double] = []
        for k in stride(from: 0, to: digits.count, by: 2) {
            guard let v = Int(String(digits[k...k + 1]), radix: 16) else { return nil }
            comps.append(Double(v) / 255)
        }
        return PlotColor(r: comps[0], g: comps[1], b: comps[2], a: comps.count == 4 ? comps[3] : 1)
    }

    /// This colour with opacity `alpha` (nil keeps it).
    public func with(alpha: Double?) -> PlotColor {
        guard let alpha else { return self }
        var c = self
        c.a = alpha
        return c
    }

    /// `#rrggbb`, rounded as matplotlib's `to_hex`; opacity is written separately.
    public var hex: String {
        "#" + [r, g, b].map { v in
            let n = Int((min(max(v, 0), 1) * 255).rounded(.toNearestOrEven))
            let s = String(n, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }

    /// The shortest SVG paint for the colour (`#f00` when it can be, else `#rrggbb`).
    var svg: String {
        let h = Array(hex)
        if h[1] == h[2] && h[3] == h[4] && h[5] == h[6] { return "#\(h[1])\(h[3])\(h[5])" }
        return hex
    }
}
