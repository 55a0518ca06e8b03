/// Characters by their Unicode names, for `\N{…}` in string literals and `re` patterns
/// (CPython's `unicodedata.lookup`): names and name aliases, matched without regard to case.
///
/// Swift knows each scalar's name but has no lookup by name, so the table is built once, on
/// the first `\N{…}` a process meets, from the scalars of the planes that have names
/// (about 0.1 s in a release build); scripts without `\N{…}` never pay for it.
enum UnicodeNames {
    /// The scalar named `name` (any case), or nil.
    static func scalar(named name: String) -> Unicode.Scalar? {
        table[name.uppercased()].flatMap(Unicode.Scalar.init)
    }

    private static let table: [String: UInt32] = {
        var names: [String: UInt32] = [:]
        names.reserveCapacity(160_000)
        // Planes 0-3 hold every named character but the tags and variation selectors of plane 14.
        for range in [UInt32(0)...0x3FFFF, 0xE0000...0xE0FFF] {
            for v in range {
                guard let s = Unicode.Scalar(v) else { continue }
                let p = s.properties
                if let n = p.name { names[n] = v }
                if let a = p.nameAlias { names[a] = v }
            }
        }
        return names
    }()
}
