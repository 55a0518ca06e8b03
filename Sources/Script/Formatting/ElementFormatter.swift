/// torch's `_Formatter`: one element style and width for a whole tensor.
struct ElementFormatter {
    let isFloatingPoint: Bool
    let isBool: Bool
    private(set) var intMode = true
    private(set) var sciMode = false
    private(set) var width = 1

    init(values: [Double], isFloatingPoint: Bool, isBool: Bool) {
        self.isFloatingPoint = isFloatingPoint
        self.isBool = isBool
        if !isFloatingPoint {
            for v in values { width = max(width, plainText(v).count) }
            return
        }
        let nonzeroFinite = values.filter { $0.isFinite && $0 != 0 }
        if nonzeroFinite.isEmpty { return }
        var minimum = Double.infinity
        var maximum = 0.0
        for v in nonzeroFinite {
            minimum = min(minimum, abs(v))
            maximum = max(maximum, abs(v))
        }
        intMode = nonzeroFinite.allSatisfy { $0 == $0.rounded(.up) }
        sciMode = TensorFormat.options.sciMode ?? (maximum / minimum > 1000.0 || maximum > 1.0e8 || minimum < 1.0e-4)
        for v in nonzeroFinite {
            if sciMode {
                width = max(width, scientific(v).count)
            } else if intMode {
                width = max(width, FloatText.string(v, style: "f", precision: 0).count + 1)
            } else {
                width = max(width, FloatText.string(v, style: "f", precision: TensorFormat.precision).count)
            }
        }
    }

    /// One element, right-aligned to the common width.
    func format(_ value: Double) -> String {
        var text: String
        if isFloatingPoint {
            if sciMode {
                text = scientific(value)
            } else if intMode {
                text = FloatText.string(value, style: "f", precision: 0)
                if value.isFinite { text += "." }
            } else {
                text = FloatText.string(value, style: "f", precision: TensorFormat.precision)
            }
        } else {
            text = plainText(value)
        }
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    private func scientific(_ value: Double) -> String {
        FloatText.string(value, style: "e", precision: TensorFormat.precision)
    }

    /// `str()` of an element of an int64 or bool tensor.
    private func plainText(_ value: Double) -> String {
        if isBool { return value != 0 ? "True" : "False" }
        if let n = Int(exactly: value) { return String(n) }
        return value < 0 ? String(Int.min) : String(Int.max)
    }
}
