import Testing

@Suite struct PlaceholderRenderTests {
    @Test func builds() {}
}
