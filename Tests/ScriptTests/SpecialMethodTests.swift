import Testing
@testable import Script

/// The special-method table's names, written out by hand, against the cases they name.
@Suite struct SpecialMethodTests {
    @Test func namesMatchTheCases() {
        for m in SpecialMethod.allCases {
            #expect(m.name == "__\(m)__")
        }
    }
}
