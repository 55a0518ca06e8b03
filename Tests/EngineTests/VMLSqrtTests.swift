import Testing
@testable import Engine

/// The software model of MKL's `vsSqrt` that the libm backend uses for float32 `sqrt`.
@Suite struct VMLSqrtTests {
    /// (input, vsSqrt, IEEE sqrtf) bit patterns recorded with MKL 2024.2 on the reference
    /// machine: the first six are inputs where MKL's result is one ulp off the exact one.
    static let recorded: [(UInt32, UInt32, UInt32)] = [
        (0x7f61_b1e6, 0x5f70_5ecf, 0x5f70_5ece), (0x3f66_6666, 0x3f72_dce9, 0x3f72_dce8),
        (0x4093_ef8d, 0x4009_9b79, 0x4009_9b7a), (0x4282_8b19, 0x4101_43f2, 0x4101_43f3),
        (0x4245_6979, 0x40e0_ce30, 0x40e0_ce2f), (0x425e_6a8d, 0x40ee_9e36, 0x40ee_9e35),
        (0x4000_0000, 0x3fb5_04f3, 0x3fb5_04f3), (0x3e99_999a, 0x3f0c_378c, 0x3f0c_378c),
        (0x42f6_e979, 0x4131_c6f7, 0x4131_c6f7),
    ]

    @Test func recordedResultsIncludingTheOnesOffByAnUlp() {
        for (x, mkl, ieee) in Self.recorded {
            #expect(vmlSqrt(Float(bitPattern: x)).bitPattern == mkl, "input 0x\(String(x, radix: 16))")
            #expect(Float(bitPattern: x).squareRoot().bitPattern == ieee)
        }
    }

    @Test func specialInputs() {
        #expect(vmlSqrt(0).bitPattern == 0)
        #expect(vmlSqrt(-0.0).bitPattern == (-0.0 as Float).bitPattern)
        #expect(vmlSqrt(.infinity) == .infinity)
        #expect(vmlSqrt(-1).bitPattern == 0x7fc0_0000)
        #expect(vmlSqrt(-.infinity).bitPattern == 0x7fc0_0000)
        #expect(vmlSqrt(.nan).isNaN)
        #expect(vmlSqrt(.leastNonzeroMagnitude) == Float.leastNonzeroMagnitude.squareRoot())
        #expect(vmlSqrt(.greatestFiniteMagnitude) == Float.greatestFiniteMagnitude.squareRoot())
        for k in 0..<40 { let x = Float(k * k); #expect(vmlSqrt(x) == Float(k)) }
    }

    /// Against MKL itself on every exponent and a spread of mantissas (the whole 2^32 range
    /// is checked by tools/reference/vml_sqrt_check.c). The model is of the kernel MKL runs on
    /// the reference host's AMD CPU; on an Intel CPU MKL runs another kernel (8.6% of these
    /// inputs round otherwise), so there is nothing to compare with.
    @Test(.enabled(if: MKLBackend.load() != nil, Fixtures.mklMissing),
          .enabled(if: HostCPU.vendor == HostCPU.referenceVendor, "vmlSqrt models MKL's kernel for AMD CPUs; this host is \(HostCPU.vendor)"))
    func equalsMKLsVsSqrt() throws {
        let mkl = try #require(MKLBackend.load())
        var inputs: [Float] = []
        var state: UInt32 = 0x1234_5678
        for _ in 0..<1_000_000 {
            state = state &* 1_664_525 &+ 1_013_904_223
            inputs.append(Float(bitPattern: state))
        }
        let expected = mkl.apply(.sqrt, inputs)
        var mismatches = 0
        for (x, y) in zip(inputs, expected) where vmlSqrt(x).bitPattern != y.bitPattern {
            if x.isNaN && y.isNaN { continue }
            mismatches += 1
        }
        #expect(mismatches == 0)
    }
}
