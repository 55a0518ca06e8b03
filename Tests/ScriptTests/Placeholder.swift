import Testing

@Suite struct PlaceholderScriptTests {
    @Test func builds() {}
}
