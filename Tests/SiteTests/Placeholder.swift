import Testing

@Suite struct PlaceholderSiteTests {
    @Test func builds() {}
}
