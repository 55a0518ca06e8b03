import Foundation
import Testing
@testable import Engine

/// A JSON value decoded keeping Python's int/float distinction.
enum JSONValue: Decodable {
    case int(Int), double(Double), bool(Bool), string(String), null, array([JSONValue]), object([(String, JSONValue)])

    init(from decoder: Decoder) throws {
        if let c = try? decoder.container(keyedBy: AnyKey.self) {
            var pairs: [(String, JSONValue)] = []
            for key in c.allKeys { pairs.append((key.stringValue, try c.decode(JSONValue.self, forKey: key))) }
            self = .object(pairs)
            return
        }
        if var a = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !a.isAtEnd { items.append(try a.decode(JSONValue.self)) }
            self = .array(items)
            return
        }
        let s = try decoder.singleValueContainer()
        if s.decodeNil() { self = .null }
        else if let b = try? s.decode(Bool.self) { self = .bool(b) }
        else if let i = try? s.decode(Int.self) { self = .int(i) }
        else if let d = try? s.decode(Double.self) { self = .double(d) }
        else if let str = try? s.decode(String.self) {
            switch str {
            case "nan", "NaN": self = .double(.nan)
            case "inf", "Infinity": self = .double(.infinity)
            case "-inf", "-Infinity": self = .double(-.infinity)
            default: self = .string(str)
            }
        }
        else { throw DecodingError.dataCorruptedError(in: s, debugDescription: "unsupported JSON") }
    }

    subscript(key: String) -> JSONValue {
        if case .object(let pairs) = self { return pairs.first { $0.0 == key }?.1 ?? .null }
        return .null
    }

    var array: [JSONValue] { if case .array(let a) = self { return a }; return [] }
    var number: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }
    var string: String? { if case .string(let s) = self { return s }; return nil }
    var isNull: Bool { if case .null = self { return true }; return false }

    /// Keyword arguments in the file's order (decoded objects keep keys sorted by the
    /// decoder; the order does not matter for binding).
    var keywords: [(String, EngineValue)] {
        if case .object(let pairs) = self { return pairs.map { ($0.0, $0.1.engineValue) } }
        return []
    }

    var engineValue: EngineValue {
        switch self {
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .bool(let b): return .bool(b)
        case .string(let s): return .string(s)
        case .null: return .none
        case .array(let a): return .list(a.map(\.engineValue))
        case .object: return .none
        }
    }
}

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

enum Fixtures {
    /// Why the bit-exact tests are skipped on machines without Intel MKL.
    static let mklMissing: Comment = "Intel MKL (libmkl_rt.so.2) not found: install mkl==2024.2.0 or set DESCENT_MKL=/path/to/libmkl_rt.so.2 to run the bit-exact PyTorch comparison"

    static func load(_ name: String) throws -> JSONValue {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw EngineError(.runtimeError, "missing fixture \(name)")
        }
        return try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: url))
    }

    /// The fixture `name` as PyTorch computed it on a CPU of this host's vendor, for
    /// comparisons with the MKL backend: MKL's kernels, PyTorch's and ours alike, differ by
    /// vendor (`HostCPU`), so off the reference host `name.VENDOR.json` is used when
    /// tools/reference/host_fixtures.py recorded one.
    static func loadForMKL(_ name: String) throws -> JSONValue {
        let variant = "\(name).\(HostCPU.vendor)"
        if HostCPU.vendor != HostCPU.referenceVendor,
           Bundle.module.url(forResource: variant, withExtension: "json", subdirectory: "Fixtures") != nil {
            return try load(variant)
        }
        return try load(name)
    }

    /// Whether `actual` matches `expected` within `tolerance` relative (NaN and inf compared
    /// as such).
    static func close(_ actual: Double, _ expected: Double, tolerance: Double = 1e-4) -> Bool {
        if expected.isNaN { return actual.isNaN }
        if expected.isInfinite { return actual == expected }
        return abs(actual - expected) <= tolerance * max(abs(expected), 1e-30)
    }
}

/// Runs one fixture case (`loss`, `init`, `epochs`, `optimizer`/`step_size`, `scheduler`),
/// on tensors with autograd, or on the traced-scalar path of `Descent.run(surface:...)`.
func runCase(_ c: JSONValue, traced: Bool = false) throws -> Trajectory {
    let surfaceName = c["loss"].string ?? ""
    guard let surface = Surface.named(surfaceName) else { throw EngineError(.valueError, "unknown surface \(surfaceName)") }
    let start = c["init"].array.compactMap(\.number)
    let epochs = Int(c["epochs"].number ?? 0)
    let optimizer = c["optimizer"]
    let scheduler = c["scheduler"]
    let makeOptimizer: ([Tensor]) throws -> any Optimizer = { params in
        if optimizer.isNull {
            return try SGD(params, ["lr": .double(c["step_size"].number ?? 0)])
        }
        return try OptimizerFactory.make(name: optimizer["name"].string ?? "", params: params, keywords: optimizer["params"].keywords)
    }
    let makeScheduler: ((any Optimizer) throws -> any LRScheduler)? = scheduler.isNull ? nil : { opt in
        try buildScheduler(scheduler, optimizer: opt)
    }
    if traced {
        return try Descent.run(surface: surface, start: (start[0], start[1]), epochs: epochs,
                               makeOptimizer: makeOptimizer, makeScheduler: makeScheduler)
    }
    return try Descent.run(loss: surface.evaluate, start: (start[0], start[1]), epochs: epochs,
                           makeOptimizer: makeOptimizer, makeScheduler: makeScheduler)
}

/// Builds a scheduler spec `{name, params}`; nested `schedulers` lists hold specs too.
func buildScheduler(_ spec: JSONValue, optimizer: any Optimizer) throws -> any LRScheduler {
    var keywords: [(String, EngineValue)] = []
    if case .object(let pairs) = spec["params"] {
        for (key, value) in pairs {
            if key == "schedulers" {
                keywords.append((key, .list(try value.array.map { .scheduler(try buildScheduler($0, optimizer: optimizer)) })))
            } else {
                keywords.append((key, value.engineValue))
            }
        }
    }
    return try SchedulerFactory.make(name: spec["name"].string ?? "", optimizer: optimizer, keywords: keywords)
}

/// First epoch index (0-based) where the trajectory leaves the reference, or nil.
func firstMismatch(_ t: Trajectory, _ c: JSONValue, checkLR: Bool = true) -> (index: Int, what: String)? {
    let rows = c["rows"].array
    let lrs = c["lr"].array
    guard rows.count == t.epochs.count else { return (0, "epoch count \(t.epochs.count) vs \(rows.count)") }
    for (i, row) in rows.enumerated() {
        let r = row.array.map { $0.number ?? .nan }
        if !Fixtures.close(Double(t.w1[i]), r[1]) { return (i, "w1 \(t.w1[i]) vs \(r[1])") }
        if !Fixtures.close(Double(t.w2[i]), r[2]) { return (i, "w2 \(t.w2[i]) vs \(r[2])") }
        if !Fixtures.close(Double(t.loss[i]), r[3]) { return (i, "loss \(t.loss[i]) vs \(r[3])") }
        if checkLR, i < lrs.count, !Fixtures.close(t.lr[i], lrs[i].number ?? .nan) { return (i, "lr \(t.lr[i]) vs \(lrs[i])") }
    }
    return nil
}
