import Foundation
import Testing
@testable import Script

/// `id()` and default reprs: consistent with each other as in CPython, and the same in every
/// run so that built pages are byte-identical.
@Suite struct IdentityTests {
    static let source = """
    class P:
        pass
    a, b = P(), P()
    xs = [1, 2]
    print(id(a) == id(a), id(a) != id(b), id(xs) == id(xs))
    print(hex(id(a)) in repr(a))
    print(id(a), id(b), id(xs), id(3), id("s"), id(None), id(2.5))
    print(a, b)
    """

    @Test func idMatchesReprAndIsStableAcrossRuns() {
        let first = run(Self.source), second = run(Self.source)
        #expect(first.error == nil)
        let lines = first.stdout.split(separator: "\n")
        #expect(lines.prefix(2) == ["True True True", "True"])
        #expect(first.stdout == second.stdout)
    }
}
