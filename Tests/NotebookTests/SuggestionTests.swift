import Testing
@testable import Notebook

@Suite struct SuggestionTests {
    @Test func suggestsCloseNames() {
        #expect(Suggestion.closest(to: "SDG", in: ["SGD", "Adam", "RMSprop"]) == "SGD")
        #expect(Suggestion.closest(to: "epoch", in: ["epochs", "start"]) == "epochs")
        #expect(Suggestion.closest(to: "xyzzy", in: ["SGD", "Adam"]) == nil)
    }
}
