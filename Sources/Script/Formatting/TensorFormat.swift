/// PyTorch's tensor printing (`repr(t)` and `print(t)`), after torch/_tensor_str.py.
///
/// `tensor(2.3450, requires_grad=True)`, `tensor([ 1.5000, -2.2500,  3.0000])`,
/// `tensor([1.0000e-04, 1.0000e+03])`, `tensor(1., grad_fn=<PowBackward0>)`: one formatter
/// per tensor picks integer mode (all finite values integral: `1.`), scientific mode (largest
/// over smallest nonzero magnitude above 1000, largest above 1e8 or smallest below 1e-4) or
/// fixed mode with 4 decimals, and a common width; rows wrap at 80 columns and tensors of more
/// than 1000 elements are summarized with `...` around 3 edge items per dimension. Defaults are
/// those of `torch.set_printoptions(profile='default')`.
public enum TensorFormat {
    /// `torch.set_printoptions` settings.
    public struct Options: Sendable {
        public var precision = 4
        public var threshold = 1000
        public var edgeItems = 3
        public var lineWidth = 80
        /// Forced scientific notation (true/false), or nil for torch's automatic choice.
        public var sciMode: Bool? = nil

        public init() {}
        init(precision: Int, threshold: Int, edgeItems: Int, lineWidth: Int) {
            self.precision = precision
            self.threshold = threshold
            self.edgeItems = edgeItems
            self.lineWidth = lineWidth
        }
    }

    /// The print options of the current thread (each script runs on its own thread and
    /// starts from the defaults when it imports torch).
    public static var options: Options {
        get { PrintOptionsStorage.current.options }
        set { PrintOptionsStorage.current.options = newValue }
    }

    static var precision: Int { options.precision }
    static var threshold: Int { options.threshold }
    static var edgeItems: Int { options.edgeItems }
    static var lineWidth: Int { options.lineWidth }

    /// The text of `repr(t)` (the same as `str(t)`) for a CPU tensor.
    ///
    /// - Parameters:
    ///   - values: the elements in row-major order, as Python floats (float32 values widened to
    ///     double exactly; integers and booleans as 0/1 as whole numbers).
    ///   - shape: the sizes; `[]` for a 0-d tensor.
    ///   - isFloatingPoint: float32/float64 rather than int64/bool.
    ///   - isBool: a bool tensor (prints `True`/`False`).
    ///   - dtypeSuffix: `"dtype=torch.float64"` when the dtype is not a default one (float32,
    ///     int64, bool); nil otherwise. Empty int64/bool tensors show their dtype regardless.
    ///   - suffixes: what follows the dtype, in order: `"requires_grad=True"` or
    ///     `"grad_fn=<PowBackward0>"`.
    public static func string(values: [Double], shape: [Int], isFloatingPoint: Bool, isBool: Bool,
                              dtypeSuffix: String?, suffixes: [String]) -> String {
        let prefix = "tensor("
        let indent = prefix.count
        var allSuffixes: [String] = []
        let body: String
        if values.isEmpty {
            if shape.count != 1 {
                allSuffixes.append("size=" + pythonTuple(shape))
            }
            if let dtypeSuffix {
                allSuffixes.append(dtypeSuffix)
            } else if !isFloatingPoint {
                allSuffixes.append(isBool ? "dtype=torch.bool" : "dtype=torch.int64")
            }
            body = "[]"
        } else {
            if let dtypeSuffix { allSuffixes.append(dtypeSuffix) }
            // A shape that does not describe `values` (a caller bug) prints them as a vector
            // rather than reading out of bounds.
            let consistent = shape.allSatisfy { $0 >= 0 } && shape.reduce(1, *) == values.count
            let view = TensorView(values: values, shape: consistent ? shape : [values.count])
            let summarize = values.count > threshold
            let formatter = ElementFormatter(
                values: summarize ? view.summarizedValues(edgeItems: edgeItems) : values,
                isFloatingPoint: isFloatingPoint, isBool: isBool)
            body = render(view, indent: indent, summarize: summarize, formatter: formatter)
        }
        allSuffixes.append(contentsOf: suffixes)
        return addSuffixes(prefix + body, allSuffixes, indent: indent)
    }

    /// `_tensor_str_with_formatter`: nested brackets, one blank line per extra dimension.
    static func render(_ view: TensorView, indent: Int, summarize: Bool,
                       formatter: ElementFormatter) -> String {
        switch view.shape.count {
        case 0:
            return formatter.format(view.values[view.offset])
        case 1:
            return renderVector(view, indent: indent, summarize: summarize, formatter: formatter)
        default:
            let size = view.shape[0]
            var slices: [String] = []
            if summarize && size > 2 * edgeItems {
                for i in 0..<edgeItems {
                    slices.append(render(view[i], indent: indent + 1, summarize: summarize,
                                         formatter: formatter))
                }
                slices.append("...")
                for i in (size - edgeItems)..<size {
                    slices.append(render(view[i], indent: indent + 1, summarize: summarize,
                                         formatter: formatter))
                }
            } else {
                for i in 0..<size {
                    slices.append(render(view[i], indent: indent + 1, summarize: summarize,
                                         formatter: formatter))
                }
            }
            let separator = "," + String(repeating: "\n", count: view.shape.count - 1)
                + String(repeating: " ", count: indent + 1)
            return "[" + slices.joined(separator: separator) + "]"
        }
    }

    /// `_vector_str`: as many elements per line as fit in the line width.
    static func renderVector(_ view: TensorView, indent: Int, summarize: Bool,
                             formatter: ElementFormatter) -> String {
        let elementLength = formatter.width + 2
        let perLine = max(1, floorDivide(lineWidth - indent, elementLength))
        let size = view.shape[0]
        var data: [String] = []
        if summarize && size > 2 * edgeItems {
            for i in 0..<edgeItems { data.append(formatter.format(view.element(i))) }
            data.append(" ...")
            for i in (size - edgeItems)..<size { data.append(formatter.format(view.element(i))) }
        } else {
            for i in 0..<size { data.append(formatter.format(view.element(i))) }
        }
        var lines: [String] = []
        var start = 0
        while start < data.count {
            let end = min(start + perLine, data.count)
            lines.append(data[start..<end].joined(separator: ", "))
            start = end
        }
        return "[" + lines.joined(separator: ",\n" + String(repeating: " ", count: indent + 1)) + "]"
    }

    /// `_add_suffixes`: `, suffix` on the last line while it fits, else on a new line.
    static func addSuffixes(_ text: String, _ suffixes: [String], indent: Int) -> String {
        var out = text
        let lastNewline = text.lastIndex(of: "\n")
        var lastLineLength: Int
        if let lastNewline {
            // Python: len(s) - s.rfind("\n") + 1
            lastLineLength = text.distance(from: lastNewline, to: text.endIndex) + 1
        } else {
            lastLineLength = text.count + 2
        }
        for suffix in suffixes {
            if lastLineLength + suffix.count + 2 > lineWidth {
                out += ",\n" + String(repeating: " ", count: indent) + suffix
                lastLineLength = indent + suffix.count
            } else {
                out += ", " + suffix
                lastLineLength += suffix.count + 2
            }
        }
        return out + ")"
    }

    static func pythonTuple(_ items: [Int]) -> String {
        items.count == 1 ? "(\(items[0]),)" : "(" + items.map(String.init).joined(separator: ", ") + ")"
    }

    static func floorDivide(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
