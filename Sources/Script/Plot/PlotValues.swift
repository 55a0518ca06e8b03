import Engine
import Figures

extension Interpreter {
    /// The values of a tensor for plotting; a tensor that requires grad fails as
    /// matplotlib's call of `tensor.numpy()` fails.
    func plotTensor(_ t: TensorObject) throws -> (shape: [Int], values: [Double]) {
        let tensor = t.tensor
        if tensor.requiresGrad {
            throw PyError("RuntimeError", "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.")
        }
        return (tensor.shape, tensor.values)
    }

    /// A number for plotting (int, float, bool, one-element tensor).
    func plotNumber(_ v: Value, _ what: String) throws -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .object(let t as TensorObject):
            let (_, values) = try plotTensor(t)
            guard values.count == 1 else { throw PyError("TypeError", "\(what) must be a number, not a tensor of \(values.count) elements") }
            return values[0]
        case .object(is PyBigInt): return try toDouble(v)
        case .none: return .nan
        default: throw PyError("TypeError", "\(what) must be a number, not \(v.typeName)")
        }
    }

    func isScalar(_ v: Value) -> Bool {
        switch v {
        case .int, .float, .bool: return true
        case .object(let t as TensorObject): return t.tensor.shape.isEmpty
        default: return false
        }
    }

    /// A 1-d sequence of numbers: a list, tuple, range or tensor (a scalar is one value).
    func plotNumbers(_ v: Value, _ what: String) throws -> [Double] {
        switch v {
        case .object(let t as TensorObject):
            let (shape, values) = try plotTensor(t)
            if shape.count > 1 && shape.filter({ $0 > 1 }).count > 1 {
                throw PyError("ValueError", "\(what) must be 1-dimensional, not a tensor of shape \(shape)")
            }
            return values
        case .int, .float, .bool: return [try plotNumber(v, what)]
        default:
            guard isIterable(v), !(v.typeName == "str") else {
                throw PyError("TypeError", "\(what) must be a sequence of numbers, not \(v.typeName)")
            }
            return try collect(v).map { try plotNumber($0, what) }
        }
    }

    /// A 2-d array of numbers: nested lists or a 2-d tensor; rows, columns and row-major values.
    func plotMatrix(_ v: Value, _ what: String) throws -> (rows: Int, columns: Int, values: [Double]) {
        if case .object(let t as TensorObject) = v {
            let (shape, values) = try plotTensor(t)
            guard shape.count == 2 else { throw PyError("TypeError", "\(what) must be 2-dimensional, not of shape \(shape)") }
            return (shape[0], shape[1], values)
        }
        let rows = try collect(v)
        var out: [Double] = []
        var cols = -1
        for r in rows {
            let xs = try plotNumbers(r, what)
            if cols >= 0 && xs.count != cols {
                throw PyError("ValueError", "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (\(rows.count),) + inhomogeneous part.")
            }
            cols = xs.count
            out += xs
        }
        return (rows.count, max(cols, 0), out)
    }

    /// A colour as matplotlib accepts it (name, hex, grey level string, RGB(A) tuple).
    func plotColor(_ v: Value, _ what: String = "color") throws -> PlotColor {
        switch v {
        case .str(let s):
            guard let c = PlotColor.parse(s) else {
                throw PyError("ValueError", "\(PyFormat.reprString(s)) is not a valid value for color: supported inputs are (r, g, b) and (r, g, b, a) 0-1 float tuples; '#rrggbb', '#rrggbbaa', '#rgb', '#rgba' strings; named color strings; string reprs of 0-1 floats for grayscale values; 'C0', 'C1', ... strings for colors of the color cycle; and pairs combining one of the above with an alpha value")
            }
            return c
        case .tuple, .list:
            let xs = try collect(v)
            if xs.count == 2, case .str = xs[0] {
                return try plotColor(xs[0], what).with(alpha: try plotNumber(xs[1], "alpha"))
            }
            let n = try xs.map { try plotNumber($0, what) }
            guard n.count == 3 || n.count == 4, n.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
                throw PyError("ValueError", "RGBA values should be within 0-1 range")
            }
            return PlotColor(r: n[0], g: n[1], b: n[2], a: n.count == 4 ? n[3] : 1)
        default:
            throw PyError("ValueError", "Invalid RGBA argument: \(try repr(v))")
        }
    }

    /// A colormap by name or object.
    func plotColormap(_ v: Value) throws -> PlotColormap? {
        switch v {
        case .none: return nil
        case .str(let s):
            guard let c = PlotColormap(named: s) else {
                let known = PlotColormap.names.flatMap { [$0, $0 + "_r"] }
                var message = "\(PyFormat.reprString(s)) is not a valid value for cmap; supported values are " + known.map { PyFormat.reprString($0) }.joined(separator: ", ")
                if let near = CPythonSuggestion.closest(to: s, in: known) { message += ". Did you mean: '\(near)'?" }
                throw PyError("ValueError", message)
            }
            return c
        case .object(let c as ColormapObject): return c.colormap
        default: throw PyError("TypeError", "cmap must be a colormap name or object, not \(v.typeName)")
        }
    }

    func plotString(_ v: Value, _ what: String) throws -> String {
        switch v {
        case .str(let s): return s
        case .none: return ""
        default: return try str(v)
        }
    }
}

/// The keyword arguments of one drawing call, taken one by one; what is left over is an
/// error naming it: matplotlib's own error with a suggestion for a misspelt name, a
/// NotImplementedError for a real matplotlib keyword Descent does not draw yet.
struct PlotKeywords {
    let function: String
    /// The artist class matplotlib's error names (`Line2D.set()`), nil for a plain TypeError.
    let artist: String?
    private var values: [(String, Value)]
    private var taken: Set<String> = []
    private var aliases: [String: String] = [:]

    init(_ function: String, artist: String?, _ keywords: [(String, Value)]) {
        self.function = function
        self.artist = artist
        self.values = keywords
    }

    /// The value of the first of `names` given (aliases such as `c`/`color`, `lw`/`linewidth`).
    mutating func take(_ names: String...) -> Value? {
        for n in names { taken.insert(n) }
        for (k, v) in values where names.contains(k) { return v }
        return nil
    }

    /// Whether some keyword has not been taken yet.
    var isEmptyOfUntaken: Bool { values.allSatisfy { taken.contains($0.0) } }

    /// Keyword names known to be accepted and deliberately without effect here.
    mutating func accept(_ names: String...) { for n in names { taken.insert(n) } }

    /// Raises for keywords no `take` asked for.
    func finish() throws {
        for (k, _) in values where !taken.contains(k) {
            if MatplotlibNames.keywords(function).contains(k) {
                let supported = taken.sorted().joined(separator: ", ")
                throw PyError("NotImplementedError", "\(function)() keyword '\(k)' is not supported by Descent's matplotlib (it supports: \(supported))")
            }
            var message: String
            if let artist {
                message = "\(artist).set() got an unexpected keyword argument '\(k)'"
            } else {
                message = "\(function)() got an unexpected keyword argument '\(k)'"
            }
            if let near = CPythonSuggestion.closest(to: k, in: taken.sorted()) { message += ". Did you mean: '\(near)'?" }
            throw PyError(artist == nil ? "TypeError" : "AttributeError", message)
        }
    }
}
