/// The value of a directive option or a front-matter entry, as YAML gives it.
public indirect enum OptionValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null
    case list([Located<OptionValue>])
    case map([Option])

    /// A short name of the value's type, for messages ("expected a number, found a list").
    public var typeName: String {
        switch self {
        case .string: return "a string"
        case .integer: return "an integer"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "nothing"
        case .list: return "a list"
        case .map: return "a map"
        }
    }

    /// The value as a Double when it is a number (integers included).
    public var doubleValue: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        default: return nil
        }
    }

    /// The value as text, for options that take a string (numbers keep their written form).
    public var stringValue: String? {
        switch self {
        case .string(let s): return s
        default: return nil
        }
    }
}

/// A value with the source range it was written at.
public struct Located<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var range: SourceRange

    public init(_ value: Value, at range: SourceRange) {
        self.value = value
        self.range = range
    }
}

/// One `key: value` entry of a directive's options, a preset or a map value.
public struct Option: Sendable, Equatable {
    public var key: String
    public var keyRange: SourceRange
    public var value: Located<OptionValue>

    public init(key: String, keyRange: SourceRange, value: Located<OptionValue>) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
    }
}

extension Array where Element == Option {
    /// The last entry with `key` (later entries override earlier ones, as in YAML merges).
    public subscript(key: String) -> Option? {
        last { $0.key == key }
    }
}
