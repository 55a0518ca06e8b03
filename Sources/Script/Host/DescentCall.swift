import Notebook

/// A plain value of a `descent(...)` option, free of interpreter objects.
public enum OptionValue: Equatable, Sendable {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case list([OptionValue])
    /// A mapping with string keys, in the order written.
    case dict([DictEntry])

    public struct DictEntry: Equatable, Sendable {
        public var key: String
        public var value: OptionValue
        public init(_ key: String, _ value: OptionValue) {
            self.key = key
            self.value = value
        }
    }
}

/// One `descent(...)` call made by a script: the `{descent}` options given as keyword arguments.
///
/// The host (the site builder) draws the figure; the script language only collects the
/// options, so the Script target stays independent of Figures and Render.
public struct DescentCall: Equatable, Sendable {
    /// The keyword arguments in call order (`loss`, `x`, `y`, `optimizer`, …).
    public var options: [(name: String, value: OptionValue)]
    /// Where the call is, in the file the script came from.
    public var location: SourceLocation
    /// The whole call, `descent(` to `)`; a point at `location` when `descent` was called
    /// indirectly (through another function), where the call's text is not known.
    public var range: SourceRange
    /// Where each option is written, by name; an option whose place is not known (the call
    /// is indirect) has none.
    /// The key is the keyword (`epochs` in `epochs=3`), or the `**mapping` the option came from.
    public var places: [String: OptionPlace.Entry]
    /// For `descent(…, ax=ax)`: the id of the placeholder the panel replaces in that axes'
    /// figure (`PlotFigure.resolvingDescent`); nil for a figure of its own.
    public var axesID: Int?

    public init(options: [(name: String, value: OptionValue)], location: SourceLocation,
                range: SourceRange? = nil, places: [String: OptionPlace.Entry] = [:]) {
        self.options = options
        self.location = location
        self.range = range ?? SourceRange(location)
        self.places = places
    }

    /// The option `name`, if given.
    public subscript(name: String) -> OptionValue? {
        options.first { $0.name == name }?.value
    }

    public static func == (a: DescentCall, b: DescentCall) -> Bool {
        a.location == b.location && a.range == b.range && a.axesID == b.axesID && a.places == b.places && a.options.count == b.options.count
            && zip(a.options, b.options).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }
}

extension Interpreter {
    /// Converts a script value to an option value, or raises TypeError naming the option.
    func optionValue(_ v: Value, _ name: String) throws -> OptionValue {
        switch v {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .str(let s): return .string(s)
        case .list(let l): return .list(try l.items.map { try optionValue($0, name) })
        case .tuple(let t): return .list(try t.items.map { try optionValue($0, name) })
        case .dict(let d):
            return .dict(try d.pairs.map { k, val in
                guard case .str(let key) = k else {
                    throw PyError("TypeError", "descent() option '\(name)': dict keys must be strings, not \(k.typeName)")
                }
                return OptionValue.DictEntry(key, try optionValue(val, name))
            })
        case .object(let t as TensorObject) where t.tensor.count == 1:
            return .float(try t.tensor.item())
        default:
            throw PyError("TypeError", "descent() option '\(name)' must be a number, string, bool, list or dict, not \(v.typeName)")
        }
    }

    func callDescent(_ args: Arguments) throws {
        let site = descentSite
        descentSite = nil
        if !args.positional.isEmpty {
            throw PyError("TypeError", "descent() takes 0 positional arguments but \(args.positional.count) \(args.positional.count == 1 ? "was" : "were") given")
        }
        var axesID: Int?
        var keywords = args.keywords
        if let k = keywords.firstIndex(where: { $0.0 == "ax" }) {
            axesID = try pyplot.descentPlaceholder(in: keywords[k].1)
            keywords.remove(at: k)
        }
        let options = try keywords.map { (name: $0.0, value: try optionValue($0.1, $0.0)) }
        var call: DescentCall
        if let site {
            let range = site.range
            call = DescentCall(options: options, location: range.start, range: range, places: site.places(for: options.map(\.name)))
        } else {
            let location = SourceLocation(file: currentCode?.file ?? "<string>", line: currentLine + (currentCode?.lineOffset ?? 0), column: 1)
            call = DescentCall(options: options, location: location)
        }
        call.axesID = axesID
        descentCalls.append(call)
        if let onDescent {
            do {
                try onDescent(call)
            } catch let e as PyError {
                throw e
            } catch let e as Diagnostic {
                throw PyError("ValueError", e.message)
            } catch {
                throw PyError("ValueError", "\(error)")
            }
        }
    }
}
