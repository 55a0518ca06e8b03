/// A Python function signature used to bind constructor arguments with CPython's rules and
/// error messages (`SGD.__init__() got an unexpected keyword argument 'lrr'`).
public struct Signature: Sendable {
    /// One parameter: its name, default (nil = required), and whether it is keyword-only.
    public struct Parameter: Sendable {
        public let name: String
        public let defaultValue: SendableValue?
        public let keywordOnly: Bool
    }

    /// Qualified name used in messages, e.g. `SGD.__init__`.
    public let function: String
    public let parameters: [Parameter]

    init(_ function: String, _ parameters: [(String, SendableValue?)], keywordOnly: [(String, SendableValue)] = []) {
        self.function = function
        self.parameters = parameters.map { Parameter(name: $0.0, defaultValue: $0.1, keywordOnly: false) }
            + keywordOnly.map { Parameter(name: $0.0, defaultValue: $0.1, keywordOnly: true) }
    }

    /// Binds arguments to parameters; the result holds every parameter (defaults filled) in
    /// declaration order.
    /// - Throws: CPython's `TypeError` for too many positional arguments, unknown or
    ///   repeated keywords, and missing required arguments.
    public func bind(positional: [EngineValue], keywords: [(String, EngineValue)]) throws -> [(name: String, value: EngineValue)] {
        let positionalParams = parameters.filter { !$0.keywordOnly }
        if positional.count > positionalParams.count {
            let required = positionalParams.filter { $0.defaultValue == nil }.count + 1
            let most = positionalParams.count + 1
            let takes = required == most ? "\(most)" : "from \(required) to \(most)"
            let noun = most == 1 ? "argument" : "arguments"
            throw EngineError.type("\(function)() takes \(takes) positional \(noun) but \(positional.count + 1) \(positional.count + 1 == 1 ? "was" : "were") given")
        }
        var values = [EngineValue?](repeating: nil, count: parameters.count)
        for (i, v) in positional.enumerated() { values[i] = v }
        for (key, value) in keywords {
            guard let i = parameters.firstIndex(where: { $0.name == key }) else {
                throw EngineError.type("\(function)() got an unexpected keyword argument '\(key)'")
            }
            if values[i] != nil {
                throw EngineError.type("\(function)() got multiple values for argument '\(key)'")
            }
            values[i] = value
        }
        var missingPositional: [String] = [], missingKeyword: [String] = []
        for (i, p) in parameters.enumerated() where values[i] == nil {
            if let d = p.defaultValue { values[i] = d.value } else if p.keywordOnly { missingKeyword.append(p.name) } else { missingPositional.append(p.name) }
        }
        func list(_ names: [String]) -> String {
            let quoted = names.map { "'\($0)'" }
            if quoted.count == 1 { return quoted[0] }
            if quoted.count == 2 { return quoted[0] + " and " + quoted[1] }
            return quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        if !missingPositional.isEmpty {
            let n = missingPositional.count
            throw EngineError.type("\(function)() missing \(n) required positional argument\(n == 1 ? "" : "s"): \(list(missingPositional))")
        }
        if !missingKeyword.isEmpty {
            let n = missingKeyword.count
            throw EngineError.type("\(function)() missing \(n) required keyword-only argument\(n == 1 ? "" : "s"): \(list(missingKeyword))")
        }
        return zip(parameters, values).map { ($0.name, $1!) }
    }
}

/// A constant `EngineValue` that can live in a static signature (numbers, strings, tuples).
public struct SendableValue: Sendable {
    enum Storage: Sendable { case int(Int), double(Double), bool(Bool), string(String), none, tuple([Double]) }
    let storage: Storage
    public static func int(_ v: Int) -> SendableValue { .init(storage: .int(v)) }
    public static func double(_ v: Double) -> SendableValue { .init(storage: .double(v)) }
    public static func bool(_ v: Bool) -> SendableValue { .init(storage: .bool(v)) }
    public static func string(_ v: String) -> SendableValue { .init(storage: .string(v)) }
    public static let pyNone = SendableValue(storage: .none)
    public static func tuple(_ v: [Double]) -> SendableValue { .init(storage: .tuple(v)) }

    /// The value as an `EngineValue`.
    public var value: EngineValue {
        switch storage {
        case .int(let v): return .int(v)
        case .double(let v): return .double(v)
        case .bool(let v): return .bool(v)
        case .string(let v): return .string(v)
        case .none: return .none
        case .tuple(let v): return .tuple(v.map { .double($0) })
        }
    }
}

/// Reading bound arguments by name, with PyTorch-like type checks.
struct BoundArguments {
    let function: String
    let values: [(name: String, value: EngineValue)]

    subscript(_ name: String) -> EngineValue { values.first { $0.name == name }?.value ?? .none }

    func number(_ name: String) throws -> Double {
        guard let n = self[name].number else {
            throw EngineError.type("\(function)(): argument '\(name)' must be a number, not \(self[name].typeName)")
        }
        return n
    }

    func optionalNumber(_ name: String) throws -> Double? {
        if case .none = self[name] { return nil }
        return try number(name)
    }

    func int(_ name: String) throws -> Int {
        switch self[name] {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .double(let d) where d == d.rounded() && Swift.abs(d) < 1e15: return Int(d)
        default:
            throw EngineError.type("\(function)(): argument '\(name)' must be an int, not \(self[name].typeName)")
        }
    }

    func bool(_ name: String) -> Bool {
        switch self[name] {
        case .bool(let b): return b
        case .none: return false
        default: return (self[name].number ?? 1) != 0
        }
    }

    func string(_ name: String) throws -> String {
        guard case .string(let s) = self[name] else {
            throw EngineError.type("\(function)(): argument '\(name)' must be str, not \(self[name].typeName)")
        }
        return s
    }
}
