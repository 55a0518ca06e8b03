import Testing

@Suite struct PlaceholderFiguresTests {
    @Test func builds() {}
}
