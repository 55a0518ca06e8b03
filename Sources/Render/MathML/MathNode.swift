/// A MathML element tree built by the TeX parser, serialized by `xml`.
indirect enum MathNode: Equatable, Sendable {
    /// One attribute, kept in the order it is written.
    struct Attribute: Equatable, Sendable {
        var name: String
        var value: String
    }

    case identifier(String, [Attribute])
    case number(String)
    case op(String, [Attribute])
    case text(String)
    case space(String)
    case row([MathNode])
    case sub(MathNode, MathNode)
    case sup(MathNode, MathNode)
    case subsup(MathNode, MathNode, MathNode)
    case under(MathNode, MathNode, accent: Bool)
    case over(MathNode, MathNode, accent: Bool)
    case underover(MathNode, MathNode, MathNode)
    case frac(MathNode, MathNode, lineThickness: String?)
    case sqrt(MathNode)
    case root(MathNode, index: MathNode)
    case table(rows: [[Cell]], attributes: [Attribute])
    case style(displayStyle: Bool, MathNode)
    /// An `<mrow>` with CSS, for lines drawn by borders (`\overline`, `\underline`), which
    /// render the same in every math font.
    case styledRow(MathNode, css: String)

    /// A table cell: its content and its `style` attribute.
    struct Cell: Equatable, Sendable {
        var content: MathNode
        var style: String
    }

    /// `<mo>` with no attributes.
    static func op(_ text: String) -> MathNode { .op(text, []) }

    /// `<mi>` with no attributes.
    static func identifier(_ text: String) -> MathNode { .identifier(text, []) }

    /// The node as MathML markup.
    var xml: String {
        var out = ""
        write(to: &out)
        return out
    }

    /// Appends the markup of the node; a row of one node is written as that node alone.
    func write(to out: inout String) {
        switch self {
        case let .identifier(text, attributes): leaf("mi", text, attributes, &out)
        case let .number(text): leaf("mn", text, [], &out)
        case let .op(text, attributes): leaf("mo", text, attributes, &out)
        case let .text(text): leaf("mtext", text, [], &out)
        case let .space(width): out += "<mspace width=\"\(width)\"></mspace>"
        case let .row(children):
            if children.count == 1 {
                children[0].write(to: &out)
            } else {
                out += "<mrow>"
                for child in children { child.write(to: &out) }
                out += "</mrow>"
            }
        case let .sub(base, script): element("msub", [], [base, script], &out)
        case let .sup(base, script): element("msup", [], [base, script], &out)
        case let .subsup(base, sub, sup): element("msubsup", [], [base, sub, sup], &out)
        case let .under(base, script, accent):
            element("munder", accent ? [.init(name: "accentunder", value: "true")] : [], [base, script], &out)
        case let .over(base, script, accent):
            element("mover", accent ? [.init(name: "accent", value: "true")] : [], [base, script], &out)
        case let .underover(base, under, over): element("munderover", [], [base, under, over], &out)
        case let .frac(numerator, denominator, thickness):
            element("mfrac", thickness.map { [.init(name: "linethickness", value: $0)] } ?? [],
                    [numerator, denominator], &out)
        case let .sqrt(body):
            out += "<msqrt>"
            if case let .row(children) = body {
                for child in children { child.write(to: &out) }
            } else {
                body.write(to: &out)
            }
            out += "</msqrt>"
        case let .root(body, index): element("mroot", [], [body, index], &out)
        case let .table(rows, attributes):
            out += "<mtable" + Self.attributes(attributes) + ">"
            for row in rows {
                out += "<mtr>"
                for cell in row {
                    out += cell.style.isEmpty ? "<mtd>" : "<mtd style=\"\(cell.style)\">"
                    cell.content.write(to: &out)
                    out += "</mtd>"
                }
                out += "</mtr>"
            }
            out += "</mtable>"
        case let .styledRow(body, css):
            out += "<mrow style=\"\(css)\">"
            if case let .row(children) = body {
                for child in children { child.write(to: &out) }
            } else {
                body.write(to: &out)
            }
            out += "</mrow>"
        case let .style(displayStyle, body):
            out += "<mstyle displaystyle=\"\(displayStyle)\">"
            if case let .row(children) = body {
                for child in children { child.write(to: &out) }
            } else {
                body.write(to: &out)
            }
            out += "</mstyle>"
        }
    }

    private func leaf(_ name: String, _ text: String, _ attributes: [Attribute], _ out: inout String) {
        out += "<\(name)" + Self.attributes(attributes) + ">" + Self.escape(text) + "</\(name)>"
    }

    private func element(_ name: String, _ attributes: [Attribute], _ children: [MathNode], _ out: inout String) {
        out += "<\(name)" + Self.attributes(attributes) + ">"
        for child in children {
            // Each child of a script or fraction element is one argument: a row needs its mrow.
            if case let .row(items) = child, items.count != 1 {
                out += "<mrow>"
                for item in items { item.write(to: &out) }
                out += "</mrow>"
            } else {
                child.write(to: &out)
            }
        }
        out += "</\(name)>"
    }

    private static func attributes(_ attributes: [Attribute]) -> String {
        attributes.map { " \($0.name)=\"\(escape($0.value))\"" }.joined()
    }

    /// Escapes text for an HTML/XML text node or attribute value.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                if scalar.properties.generalCategory == .nonspacingMark || scalar.value == 0x2061 {
                    // Combining accents and invisible operators stay legible in the markup.
                    out += "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
