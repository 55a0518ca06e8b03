extension String {
    /// The 1-based UTF-8 byte column of the Unicode scalar at 0-based `scalarOffset` on this
    /// line, as `SourceLocation` counts columns.
    ///
    /// The lexer counts columns in Unicode scalars (CPython's character offsets, which the
    /// traceback carets use); editors and diagnostics want bytes. Offsets past the end of the
    /// line count one byte per missing scalar.
    func utf8Column(scalarOffset: Int) -> Int {
        var bytes = 0, n = 0
        for scalar in unicodeScalars {
            if n >= scalarOffset { break }
            bytes += UTF8.width(scalar)
            n += 1
        }
        return bytes + max(0, scalarOffset - n) + 1
    }
}
