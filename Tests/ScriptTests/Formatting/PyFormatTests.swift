import Foundation
import Testing
@testable import Script

extension PyFormatError: PyFormatErrorDescribable {
    var pythonDescription: String { description }
}

/// PyFormat against CPython 3.11: named hard cases, then thousands of fixture cases.
@Suite struct PyFormatTests {
    @Test func reprNamedCases() {
        #expect(PyFormat.repr(1e-05) == "1e-05")
        #expect(PyFormat.repr(1e16) == "1e+16")
        #expect(PyFormat.repr(0.1 + 0.2) == "0.30000000000000004")
        #expect(PyFormat.repr(100.0) == "100.0")
        #expect(PyFormat.repr(.infinity) == "inf")
        #expect(PyFormat.repr(-.infinity) == "-inf")
        #expect(PyFormat.repr(.nan) == "nan")
        #expect(PyFormat.repr(-0.0) == "-0.0")
        #expect(PyFormat.repr(.leastNonzeroMagnitude) == "5e-324")
        #expect(PyFormat.repr(1e22) == "1e+22")
        #expect(PyFormat.repr(9999999999999998.0) == "9999999999999998.0")
        #expect(PyFormat.repr(0.0001) == "0.0001")
    }

    @Test func reprStringNamedCases() {
        #expect(PyFormat.reprString("it's") == "\"it's\"")
        #expect(PyFormat.reprString("a\nb") == "'a\\nb'")
        #expect(PyFormat.reprString("\u{FEFF}") == "'\\ufeff'")
        #expect(PyFormat.reprString("été") == "'été'")
    }

    @Test func roundingIsExactHalfEven() throws {
        #expect(try PyFormat.format(2.675, spec: ".2f") == "2.67")
        #expect(try PyFormat.format(0.125, spec: ".2f") == "0.12")
        #expect(try PyFormat.format(0.375, spec: ".2f") == "0.38")
        #expect(try PyFormat.format(2.5, spec: ".0f") == "2")
        #expect(try PyFormat.format(3.5, spec: ".0f") == "4")
        #expect(try PyFormat.format(1e22, spec: "f") == "10000000000000000000000.000000")
        #expect(try PyFormat.format(Double.leastNonzeroMagnitude, spec: ".3e") == "4.941e-324")
        #expect(try PyFormat.format(0.0004, spec: ".2f") == "0.00")
        #expect(try PyFormat.format(-0.0004, spec: ".2f") == "-0.00")
        #expect(try PyFormat.format(-0.0004, spec: "z.2f") == "0.00")
        #expect(try PyFormat.format(0.009, spec: ".2f") == "0.01")
        #expect(try PyFormat.format(9.999, spec: ".2f") == "10.00")
    }

    @Test func specMiniLanguage() throws {
        #expect(try PyFormat.format(3.14159, spec: ">8.4f") == "  3.1416")
        #expect(try PyFormat.format(0.000123, spec: "+.3e") == "+1.230e-04")
        #expect(try PyFormat.format(1234567.891, spec: ",.2f") == "1,234,567.89")
        #expect(try PyFormat.format(1234, spec: "010,") == "00,001,234")
        #expect(try PyFormat.format(1, spec: "#010_b") == "0b000_0001")
        #expect(try PyFormat.format(255, spec: "#X") == "0XFF")
        #expect(try PyFormat.format(7, spec: "2d") == " 7")
        #expect(try PyFormat.format(65, spec: "c") == "A")
        #expect(try PyFormat.format(0.25, spec: ".1%") == "25.0%")
        #expect(try PyFormat.format(1234.5, spec: ".4") == "1.234e+03")
        #expect(try PyFormat.format(1234.5, spec: ".4g") == "1234")
        #expect(try PyFormat.format("ab", spec: "*^6") == "**ab**")
        #expect(try PyFormat.format("abcdef", spec: ".3") == "abc")
    }

    @Test func errorsUseCPythonWording() {
        #expect(throws: PyFormatError("Unknown format code 'd' for object of type 'float'")) {
            try PyFormat.format(1.5, spec: "d")
        }
        #expect(throws: PyFormatError("Format specifier missing precision")) {
            try PyFormat.format(1.5, spec: ".f")
        }
        #expect(throws: PyFormatError("Sign not allowed in string format specifier")) {
            try PyFormat.format("a", spec: "+")
        }
        #expect(throws: PyFormatError(.overflowError, "%c arg not in range(0x110000)")) {
            try PyFormat.format(-1, spec: "c")
        }
        #expect(throws: PyFormatError("precision too big")) {
            try PyFormat.format(1.0, spec: ".9223372036854775807e")
        }
        #expect(throws: PyFormatError("Too many decimal digits in format string")) {
            try PyFormat.format(1.0, spec: "99999999999999999999")
        }
    }

    @Test func hugeFieldsRaiseMemoryErrorInsteadOfAllocating() {
        let error = PyFormatError(.memoryError, "")
        #expect(error.description == "MemoryError")
        #expect(throws: error) { try PyFormat.format(1.0, spec: "1000000000") }
        #expect(throws: error) { try PyFormat.format(1.0, spec: ".1000000000f") }
        #expect(throws: error) { try PyFormat.format(7, spec: "1000000000") }
        #expect(throws: error) { try PyFormat.format("s", spec: "1000000000") }
    }

    @Test func reprMatchesCPython() {
        let rows = FormattingFixture.rows("repr")
        #expect(rows.count > 1000)
        var failures: [String] = []
        for row in rows {
            guard let x = Double(row[0]) else { failures.append("unparsable \(row[0])"); continue }
            let got = PyFormat.repr(x)
            if got != row[1] { failures.append("repr(\(row[0])): got \(got), want \(row[1])") }
        }
        #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(20))")
    }

    @Test func floatFormatMatchesCPython() {
        let rows = FormattingFixture.rows("float")
        #expect(rows.count > 5000)
        var failures: [String] = []
        for row in rows {
            guard let x = Double(row[0]) else { failures.append("unparsable \(row[0])"); continue }
            let got = FormattingFixture.outcome { try PyFormat.format(x, spec: row[1]) }
            if got != row[2] {
                failures.append("format(\(row[0]), '\(row[1])'): got \(got), want \(row[2])")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(20))")
    }

    @Test func intFormatMatchesCPython() {
        let rows = FormattingFixture.rows("int")
        #expect(rows.count > 2000)
        var failures: [String] = []
        for row in rows {
            guard let n = Int(row[0]) else { failures.append("unparsable \(row[0])"); continue }
            let got = FormattingFixture.outcome { try PyFormat.format(n, spec: row[1]) }
            if got != row[2] {
                failures.append("format(\(row[0]), '\(row[1])'): got \(got), want \(row[2])")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(20))")
    }

    @Test func strFormatMatchesCPython() {
        let rows = FormattingFixture.rows("str")
        #expect(rows.count > 300)
        var failures: [String] = []
        for row in rows {
            let got = FormattingFixture.outcome { try PyFormat.format(row[0], spec: row[1]) }
            if got != row[2] {
                failures.append("format(\(row[0]), '\(row[1])'): got \(got), want \(row[2])")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(20))")
    }

    @Test func reprStringMatchesCPython() {
        let rows = FormattingFixture.rows("reprString")
        #expect(rows.count > 20)
        var failures: [String] = []
        for row in rows where PyFormat.reprString(row[0]) != row[1] {
            failures.append("repr(\(row[1])): got \(PyFormat.reprString(row[0]))")
        }
        #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(20))")
    }
}

/// `round` against CPython 3.11.
@Suite struct PyRoundTests {
    @Test func namedCases() throws {
        #expect(try PyFormat.round(2.675, ndigits: 2) == 2.67)
        #expect(try PyFormat.round(0.125, ndigits: 2) == 0.12)
        #expect(try PyFormat.round(1234.5, ndigits: -2) == 1200.0)
        #expect(try PyFormat.round(-0.001, ndigits: 2).sign == .minus)
        #expect(try PyFormat.roundToInteger(2.5) == 2 && PyFormat.roundToInteger(3.5) == 4)
        #expect(PyFormat.round(155, ndigits: -1) == 160 && PyFormat.round(145, ndigits: -1) == 140)
        #expect(PyFormat.round(5_000_000_000_000_000_000, ndigits: -19) == 0)
        #expect(PyFormat.round(5_000_000_000_000_000_001, ndigits: -19) == nil)
        #expect(PyFormat.round(Int.max, ndigits: Int.min) == 0)
        #expect(try PyFormat.round(1.5, ndigits: Int.min) == 0)
        #expect(try PyFormat.round(1.5, ndigits: Int.max) == 1.5)
        #expect(throws: PyFormatError(.overflowError, "rounded value too large to represent")) {
            try PyFormat.round(1.7976931348623157e308, ndigits: -308)
        }
    }

    @Test func floatRoundMatchesCPython() {
        let rows = FormattingFixture.rows("roundFloat")
        #expect(rows.count > 3000)
        var failures: [String] = []
        for row in rows {
            guard let x = Double(row[0]) else { failures.append("unparsable \(row[0])"); continue }
            let got = FormattingFixture.outcome {
                if let n = Int(row[1]) {
                    return PyFormat.repr(try PyFormat.round(x, ndigits: n))
                }
                return PyFormat.repr(try PyFormat.roundToInteger(x))
            }
            if got != row[2] { failures.append("round(\(row[0]), \(row[1])): got \(got), want \(row[2])") }
        }
        #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(20))")
    }

    @Test func intRoundMatchesCPython() {
        let rows = FormattingFixture.rows("roundInt")
        #expect(rows.count > 1000)
        var failures: [String] = []
        for row in rows {
            guard let n = Int(row[0]), let d = Int(row[1]) else { continue }
            let got = PyFormat.round(n, ndigits: d).map(String.init) ?? "overflow"
            // Python's ints are unbounded; beyond 64 bits the engine reports an overflow.
            let want = Int(row[2]) == nil ? "overflow" : row[2]
            if got != want { failures.append("round(\(n), \(d)): got \(got), want \(row[2])") }
        }
        #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(20))")
    }
}
