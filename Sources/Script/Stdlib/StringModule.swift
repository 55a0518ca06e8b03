/// `string`: CPython 3.11's character-class constants (`ascii_letters`, `digits`,
/// `punctuation`, `whitespace`, `printable`, …), `capwords` and `Template`
/// (`StringTemplate`). `Formatter` is not provided.
enum StringModule {
    static let lowercase = "abcdefghijklmnopqrstuvwxyz"
    static let uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    static let digits = "0123456789"
    static let punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
    static let whitespace = " \t\n\r\u{0B}\u{0C}"

    static func install(in m: PyModule, _ interp: Interpreter) throws {
        let constants: [(String, String)] = [
            ("ascii_letters", lowercase + uppercase),
            ("ascii_lowercase", lowercase),
            ("ascii_uppercase", uppercase),
            ("digits", digits),
            ("hexdigits", digits + "abcdefABCDEF"),
            ("octdigits", "01234567"),
            ("punctuation", punctuation),
            ("printable", digits + lowercase + uppercase + punctuation + whitespace),
            ("whitespace", whitespace),
        ]
        for (name, value) in constants { m.attributes[name] = .str(value) }
        m.attributes["Template"] = .type(try StringTemplate.makeClass(interp))
        m.def("capwords") { interp, args in
            let a = try ReModule.bind("capwords", ["s", "sep"], required: 1, args)
            let s = a[0]!
            let sep = a[1] ?? .none
            // `(sep or ' ').join(map(str.capitalize, s.split(sep)))`, with str's own methods.
            let split = try interp.call(try interp.getAttribute(s, "split"), Arguments([sep]))
            let words = try interp.collect(split).map { w in try interp.call(try interp.getAttribute(w, "capitalize"), Arguments()) }
            let joiner: Value = sep.isTruthy ? sep : .str(" ")
            return try interp.call(try interp.getAttribute(joiner, "join"), Arguments([.list(PyList(words))]))
        }
    }
}
