import Foundation
import Testing
@testable import Script

/// TensorFormat against torch 2.15's `repr(t)`: the named cases, then every fixture tensor.
@Suite struct TensorFormatTests {
    @Test func namedCases() {
        #expect(TensorFormat.string(values: [Double(Float(2.345))], shape: [], isFloatingPoint: true,
                                    isBool: false, dtypeSuffix: nil, suffixes: ["requires_grad=True"])
                == "tensor(2.3450, requires_grad=True)")
        #expect(TensorFormat.string(values: [1.5, -2.25, 3.0], shape: [3], isFloatingPoint: true,
                                    isBool: false, dtypeSuffix: nil, suffixes: [])
                == "tensor([ 1.5000, -2.2500,  3.0000])")
        #expect(TensorFormat.string(values: [Double(Float(1e-4)), 1000], shape: [2], isFloatingPoint: true,
                                    isBool: false, dtypeSuffix: nil, suffixes: [])
                == "tensor([1.0000e-04, 1.0000e+03])")
        #expect(TensorFormat.string(values: [1], shape: [], isFloatingPoint: true, isBool: false,
                                    dtypeSuffix: nil, suffixes: ["grad_fn=<PowBackward0>"])
                == "tensor(1., grad_fn=<PowBackward0>)")
        #expect(TensorFormat.string(values: [0.0285], shape: [], isFloatingPoint: true, isBool: false,
                                    dtypeSuffix: "dtype=torch.float64", suffixes: [])
                == "tensor(0.0285, dtype=torch.float64)")
        #expect(TensorFormat.string(values: [1, 2, 3], shape: [3], isFloatingPoint: false, isBool: false,
                                    dtypeSuffix: nil, suffixes: []) == "tensor([1, 2, 3])")
    }

    @Test func fixtureTensorsMatchTorch() {
        let cases = FormattingFixture.json["tensor"] as? [[String: Any]] ?? []
        #expect(cases.count > 320)
        var failures: [String] = []
        for c in cases {
            let values = (c["values"] as? [String] ?? []).compactMap(Double.init)
            let shape = c["shape"] as? [Int] ?? []
            let got = TensorFormat.string(values: values, shape: shape,
                                          isFloatingPoint: c["float"] as? Bool ?? true,
                                          isBool: c["bool"] as? Bool ?? false,
                                          dtypeSuffix: c["dtypeSuffix"] as? String,
                                          suffixes: c["suffixes"] as? [String] ?? [])
            let want = c["repr"] as? String ?? "<missing>"
            if got != want { failures.append("got\n\(got)\nwant\n\(want)") }
        }
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(5).joined(separator: "\n\n"))")
    }
}
