/// A matplotlib colormap looked up by name (`"viridis"`, `"RdBu_r"`), with matplotlib's rule
/// for mapping a normalised value to a table entry.
public struct PlotColormap: Sendable, Hashable {
    public let name: String
    let entries: [PlotColor]

    /// The colormap called `name` (a `_r` suffix reverses it); nil when unknown.
    public init?(named name: String) {
        let reversed = name.hasSuffix("_r")
        let base = reversed ? String(name.dropLast(2)) : name
        guard let table = PlotTables.colormaps[base] else { return nil }
        let bytes = Array(table.hex.utf8)
        func nibble(_ c: UInt8) -> Int { c <= 57 ? Int(c) - 48 : Int(c) - 87 }
        var entries: [PlotColor] = []
        entries.reserveCapacity(table.count)
        for k in 0..<table.count {
            let o = k * 6
            let v = (0..<3).map { Double(nibble(bytes[o + 2 * $0]) * 16 + nibble(bytes[o + 2 * $0 + 1])) / 255 }
            entries.append(PlotColor(r: v[0], g: v[1], b: v[2]))
        }
        self.name = name
        self.entries = reversed ? entries.reversed() : entries
    }

    /// Every colormap name known, without the `_r` reverses.
    public static var names: [String] { PlotTables.colormaps.keys.sorted() }

    /// The colour of a normalised value (values outside [0, 1] take the end colours).
    public func color(_ x: Double) -> PlotColor {
        entries[Colormap.index(x, count: entries.count)]
    }

    /// The colour of `value` normalised linearly over [vmin, vmax].
    public func color(_ value: Double, vmin: Double, vmax: Double) -> PlotColor {
        color(vmax > vmin ? (value - vmin) / (vmax - vmin) : 0)
    }

    public static func == (a: PlotColormap, b: PlotColormap) -> Bool { a.name == b.name }
    public func hash(into h: inout Hasher) { h.combine(name) }
}
