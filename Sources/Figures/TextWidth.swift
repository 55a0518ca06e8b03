/// Text extents in the metrics of DejaVu Sans, the font matplotlib lays text out with.
enum TextWidth {
    /// Advance width of `text` at `fontSize` (any unit; the result is in the same unit).
    static func of(_ text: String, fontSize: Double) -> Double {
        var em = 0.0
        for u in text.unicodeScalars {
            if u.value == 0x2212 {
                em += FontMetrics.minus
            } else if u.value >= 0x20 && u.value < 0x7F {
                em += FontMetrics.ascii[Int(u.value) - 0x20]
            } else {
                em += 0.64
            }
        }
        return em * fontSize
    }
}
