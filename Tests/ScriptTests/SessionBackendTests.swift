import Foundation
import Testing
import Engine
@testable import Script

/// Sessions compute with the math backend in effect where `run` is called, although the
/// script runs on the session's worker thread (task-locals do not cross threads by themselves).
@Suite struct SessionBackendTests {
    static let mkl = MKLBackend.load()

    /// A float32 input whose `sin` differs between libm and MKL, with both results.
    static func differingSin(_ mkl: MathBackend) -> (x: Float, libm: Float, mkl: Float)? {
        let xs = (1...20_000).map { Float($0) * 0.0123 }
        let a = MathBackend.libm.apply(.sin, xs), b = mkl.apply(.sin, xs)
        guard let i = xs.indices.first(where: { a[$0] != b[$0] }) else { return nil }
        return (xs[i], a[i], b[i])
    }

    @Test(.enabled(if: mkl != nil, "needs Intel MKL to tell the backends apart"))
    func runUsesTheCallersBackend() throws {
        let mkl = try #require(Self.mkl)
        let d = try #require(Self.differingSin(mkl))
        let source = "v = torch.sin(torch.tensor(\(Double(d.x)))).item()\n"
            + "is_libm = v == \(Double(d.libm))\nis_mkl = v == \(Double(d.mkl))\n"
        let session = ScriptSession()
        let r1 = MathBackend.$current.withValue(.libm) { session.run(source: source) }
        #expect(r1.succeeded)
        #expect(session.repr(of: "is_libm") == "True")
        #expect(session.repr(of: "is_mkl") == "False")
        let copy = session.copy()
        let r2 = MathBackend.$current.withValue(mkl) { copy.run(source: source) }
        #expect(r2.succeeded)
        #expect(copy.repr(of: "is_mkl") == "True")
        #expect(copy.repr(of: "is_libm") == "False")
    }
}
