/// Lays out a formatted number inside its field, as CPython's `calc_number_widths` and
/// `fill_number` do: `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`.
///
/// Zero padding (`0` flag or `0=` fill/align) becomes leading zeros of the digits, grouped with
/// the separator like the real digits (`format(1234, '010,')` is `00,001,234`).
enum NumberLayout {
    /// - Parameters:
    ///   - negative: whether the number carries a minus sign.
    ///   - prefix: `0x`, `0b`, `0o` or empty.
    ///   - digits: the integer digits (no sign), ASCII.
    ///   - remainder: everything after the integer digits: decimal point, fraction, exponent, `%`.
    ///   - groupSize: 3 for `,` and `_` on decimals, 4 for `_` on b/o/x/X, nil for none.
    static func layout(negative: Bool, prefix: String, digits: [UInt8], remainder: [UInt8],
                       spec: FormatSpec, groupSize: Int?, uppercase: Bool = false) -> String {
        var signChar: UInt8?
        switch spec.sign {
        case "+": signChar = negative ? UInt8(ascii: "-") : UInt8(ascii: "+")
        case " ": signChar = negative ? UInt8(ascii: "-") : UInt8(ascii: " ")
        default: signChar = negative ? UInt8(ascii: "-") : nil
        }
        let prefixBytes = Array(uppercase ? prefix.uppercased().utf8 : prefix.utf8)
        let nonDigit = (signChar == nil ? 0 : 1) + prefixBytes.count + remainder.count
        let width = spec.width ?? -1
        let zeroPadded = spec.fill == "0" && spec.align == "="
        let minWidth = zeroPadded ? width - nonDigit : 0

        var grouped: [UInt8] = []
        if !digits.isEmpty {
            grouped = group(digits, minWidth: minWidth, size: groupSize,
                            separator: spec.grouping.map { UInt8($0.value) } ?? UInt8(ascii: ","))
        }
        if uppercase {
            grouped = grouped.map { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") ? $0 - 32 : $0 }
        }
        var body: [UInt8] = []
        if let s = signChar { body.append(s) }
        body.append(contentsOf: prefixBytes)
        let padding = width - (nonDigit + grouped.count)
        let (left, inner, right) = spec.split(padding: padding)
        let fill = String(Character(spec.fill))
        var result = String(repeating: fill, count: left)
        result += String(decoding: body, as: UTF8.self)
        result += String(repeating: fill, count: inner)
        result += String(decoding: grouped, as: UTF8.self)
        result += String(decoding: remainder, as: UTF8.self)
        result += String(repeating: fill, count: right)
        return result
    }

    /// CPython's `_PyUnicode_InsertThousandsGrouping`: groups `digits` from the right, padding
    /// with zeros up to `minWidth` characters (separators included).
    static func group(_ digits: [UInt8], minWidth: Int, size: Int?, separator: UInt8) -> [UInt8] {
        let zero = UInt8(ascii: "0")
        guard let size else {
            let length = max(digits.count, minWidth, 1)
            return Array(repeating: zero, count: max(0, length - digits.count)) + digits
        }
        var pieces: [[UInt8]] = []
        var remaining = digits.count
        var minWidth = minWidth
        var end = digits.count
        while true {
            let length = min(size, max(remaining, minWidth, 1))
            let zeros = max(0, length - remaining)
            let chars = max(0, min(remaining, length))
            var piece = Array(repeating: zero, count: zeros)
            piece.append(contentsOf: digits[(end - chars)..<end])
            pieces.append(piece)
            end -= chars
            remaining -= chars
            minWidth -= length
            if remaining <= 0 && minWidth <= 0 { break }
            minWidth -= 1
        }
        var out: [UInt8] = []
        for (i, piece) in pieces.reversed().enumerated() {
            if i > 0 { out.append(separator) }
            out.append(contentsOf: piece)
        }
        return out
    }
}
