import Foundation
import Testing
@testable import Engine

/// Matrix products and dim reductions against torch 2.15's float32 results
/// (Fixtures/tensor-ops.json, from tools/reference/tensor_fixtures.py).
///
/// Reductions follow ATen's summation order and must match bit for bit with any backend.
/// Products are MKL's `sgemm`/`sgemv`/`sdot` results: with the MKL backend on a CPU of the
/// recording vendor they must match bit for bit; the libm backend's fallback kernel is held
/// to a measured agreement rate instead.
@Suite struct TensorOpsFixtureTests {
    struct Case {
        let op: String
        let shapes: [[Int]]
        let dim: Int?
        let inputs: [[Float]]
        let output: [Float]
    }

    static func cases() throws -> (vendor: String, cases: [Case]) {
        let json = try Fixtures.load("tensor-ops")
        guard case .array(let items) = json["cases"], case .string(let vendor) = json["vendor"] else {
            throw EngineError(.runtimeError, "bad tensor-ops fixture")
        }
        func floats(_ v: JSONValue) -> [Float] {
            guard case .array(let a) = v else { return [] }
            return a.map { if case .int(let b) = $0 { return Float(bitPattern: UInt32(b)) } else { return .nan } }
        }
        func ints(_ v: JSONValue) -> [Int] {
            guard case .array(let a) = v else { return [] }
            return a.map { if case .int(let i) = $0 { return i } else { return -1 } }
        }
        return (vendor, items.map { item in
            var shapes: [[Int]] = []
            if case .array(let s) = item["shapes"] { shapes = s.map(ints) }
            var inputs: [[Float]] = []
            if case .array(let s) = item["inputs"] { inputs = s.map(floats) }
            var dim: Int?
            if case .int(let d) = item["dim"] { dim = d }
            var op = ""
            if case .string(let o) = item["op"] { op = o }
            return Case(op: op, shapes: shapes, dim: dim, inputs: inputs, output: floats(item["output"]))
        })
    }

    static func run(_ c: Case) throws -> [Float] {
        let t = try zip(c.inputs, c.shapes).map { try Tensor(floats: $0, shape: $1) }
        switch c.op {
        case "mm": return try t[0].mm(t[1]).floats
        case "linear": return try Tensor.linear(t[0], t[1], t[2]).floats
        case "lineargrad":
            try t[1].setRequiresGrad(true)
            try t[2].setRequiresGrad(true)
            try Tensor.linear(t[0], t[1], t[2]).sum().backward()
            return (t[1].grad?.floats ?? []) + (t[2].grad?.floats ?? [])
        case "mv": return try t[0].mv(t[1]).floats
        case "dot": return try t[0].dot(t[1]).floats
        case "sum": return try t[0].sum(dims: [c.dim!]).floats
        case "mean": return try t[0].mean(dims: [c.dim!]).floats
        default: throw EngineError(.runtimeError, "unknown op \(c.op)")
        }
    }

    static func same(_ a: [Float], _ b: [Float]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern }
    }

    @Test func reductionsMatchTorchBitForBit() throws {
        for backend in [MathBackend.libm, MathBackend.automatic] {
            try MathBackend.$current.withValue(backend) {
                for c in try Self.cases().cases where c.op == "sum" || c.op == "mean" {
                    let out = try Self.run(c)
                    #expect(Self.same(out, c.output), "\(c.op) over dim \(c.dim!) of \(c.shapes[0]) with \(backend.name)")
                }
            }
        }
    }

    @Test(.enabled(if: MKLBackend.load() != nil, Fixtures.mklMissing))
    func productsMatchTorchBitForBitWithMKL() throws {
        let (vendor, cases) = try Self.cases()
        try #require(vendor == HostCPU.vendor, "tensor-ops.json was recorded on \(vendor); this host is \(HostCPU.vendor)")
        let mkl = try #require(MKLBackend.load())
        try MathBackend.$current.withValue(mkl) {
            for c in cases where c.op != "sum" && c.op != "mean" {
                let out = try Self.run(c)
                #expect(Self.same(out, c.output), "\(c.op) of \(c.shapes)")
            }
        }
    }

    /// The fallback kernel (in-order fused multiply-adds) agrees with MKL on most products;
    /// measured 2026-12-03 on an Intel Xeon: see docs/lesson-format.md.
    @Test func fallbackProductsMostlyAgree() throws {
        var agree = 0, total = 0, close = 0
        try MathBackend.$current.withValue(.libm) {
            for c in try Self.cases().cases where c.op != "sum" && c.op != "mean" {
                let out = try Self.run(c)
                total += 1
                if Self.same(out, c.output) { agree += 1 }
                if zip(out, c.output).allSatisfy({ Swift.abs($0 - $1) <= 1e-4 * Swift.max(1, Swift.abs($1)) }) { close += 1 }
            }
        }
        print("fallback kernel: \(agree) of \(total) products bit-identical to MKL's")
        #expect(close == total, "every fallback product within 1e-4 relative of MKL's")
        #expect(Double(agree) / Double(total) >= 0.3, "bit-identical fallback products: \(agree) of \(total)")
    }
}
