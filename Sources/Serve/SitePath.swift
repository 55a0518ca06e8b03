/// Maps a request's path onto a file of the built site, refusing anything that could reach
/// outside it.
///
/// The raw (percent-encoded) path is decoded once; a path is refused when any segment,
/// before or after decoding, is `.` or `..`, when it holds a backslash, a NUL or another
/// control character, when it is not absolute or names an absolute path inside it (`//etc`),
/// or when a segment is hidden (`.descent-…`). Refused paths are answered with 404, so the
/// server reveals nothing about the files around the site.
enum SitePath {
    /// The site-relative file for `rawPath` (`/` → `index.html`), or nil when refused.
    static func resolve(_ rawPath: String) -> String? {
        guard rawPath.hasPrefix("/"), !rawPath.hasPrefix("//") else { return nil }
        guard let decoded = rawPath.removingPercentEncoding else { return nil }
        // A second decoding that changes the path means the request hid an encoding inside
        // another (`%252e%252e`): refused rather than guessed at.
        if decoded.contains("%"), decoded.removingPercentEncoding != decoded { return nil }
        guard decoded.hasPrefix("/"), !decoded.hasPrefix("//") else { return nil }
        if decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" || $0.value == 0x7F }) { return nil }
        var segments = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if segments.last == "" { segments.removeLast(); segments.append("index.html") }
        if segments.isEmpty { return "index.html" }
        for segment in segments {
            if segment.isEmpty || segment.hasPrefix(".") || segment.contains(":") { return nil }
        }
        return segments.joined(separator: "/")
    }
}
