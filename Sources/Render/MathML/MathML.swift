/// TeX math to MathML, at build time, so pages show formulas without JavaScript or network.
///
/// Covers the TeX used in deep-learning lessons: letters, numbers, operators, Greek, scripts,
/// fractions, roots, accents, font commands, `\text`, `\left … \right`, spacing, and the
/// `aligned`, `cases` and matrix environments. Output is MathML Core, which browsers render
/// natively; styled letters use Unicode's mathematical alphabets.
public enum MathML {
    /// A formula that cannot be converted: what is wrong and where.
    public struct Error: Swift.Error, Equatable, Sendable, CustomStringConvertible {
        /// A sentence for the author, e.g. `unknown command \foo`.
        public var message: String
        /// UTF-8 byte offset of the problem in the TeX source, for a located diagnostic.
        public var offset: Int
        /// The command name (without backslash) when the problem is an unknown command,
        /// so the caller can suggest a close known one from `knownCommands`.
        public var unknownCommand: String?

        public init(message: String, offset: Int, unknownCommand: String? = nil) {
            self.message = message
            self.offset = offset
            self.unknownCommand = unknownCommand
        }

        public var description: String { message }
    }

    /// Converts TeX math to a `<math>` element; `display` gives a block formula (`$$…$$`).
    ///
    /// Throws `MathML.Error` for unknown commands, unbalanced braces or environments and
    /// other malformed input, with the offset of the problem.
    public static func render(tex: String, display: Bool) throws -> String {
        var parser = TeXParser(tex)
        let nodes = try parser.parseFormula()
        var out = display ? "<math display=\"block\">" : "<math>"
        for node in nodes { node.write(to: &out) }
        out += "</math>"
        return out
    }

    /// Every command name (without backslash) the converter accepts, sorted.
    public static let knownCommands: [String] = {
        var names = Set<String>()
        names.formUnion(TeXSymbols.identifiers.keys)
        names.formUnion(TeXSymbols.uprightIdentifiers.keys)
        names.formUnion(TeXSymbols.operators.keys)
        names.formUnion(TeXSymbols.largeOperators.keys)
        names.formUnion(TeXSymbols.integrals.keys)
        names.formUnion(TeXSymbols.functions)
        names.formUnion(TeXSymbols.limitFunctions.keys)
        names.formUnion(TeXSymbols.spaces.keys)
        names.formUnion(TeXSymbols.accents.keys)
        names.formUnion(TeXSymbols.underAccents.keys)
        names.formUnion(TeXSymbols.rules.keys)
        names.formUnion(TeXSymbols.escapedCharacters.keys)
        names.formUnion(TeXSymbols.bigSizes.keys)
        names.formUnion(TeXSymbols.fonts.keys)
        names.formUnion(TeXSymbols.structural)
        names.insert("not")
        return names.filter { $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic } }.sorted()
    }()
}
