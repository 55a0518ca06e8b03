/// Python syntax highlighting to HTML, without JavaScript.
///
/// A small tokenizer of its own, built to be safe on any input: unterminated strings, stray
/// characters and half-written code come out as text, never as a crash, and every input
/// character appears in the output exactly once (HTML-escaped). Tokens are wrapped in
/// `<span class="…">` with these classes: `kw` keyword, `const` (`True`, `False`, `None`),
/// `self` (`self`, `cls`), `bi` builtin, `str` string, `num` number, `com` comment, `op`
/// operator, `dec` decorator, `fn` name after `def`, `cls` name after `class`, and inside
/// f-strings `interp` for the braces of a replacement field, whose expression is highlighted
/// as code.
public enum PythonHighlighter {
    /// The code as highlighted HTML, for the inside of a `<pre><code>` element.
    public static func html(_ code: String) -> String {
        var tokenizer = PythonTokenizer(Array(code.unicodeScalars))
        var out: [UInt8] = []
        out.reserveCapacity(code.utf8.count * 2)
        tokenizer.run(into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
