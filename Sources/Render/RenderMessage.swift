/// The messages the page renderer emits, declared in one place beside the stage.
enum RenderMessage {
    static func badMath(_ detail: String) -> String { "cannot read this math: \(detail)" }
}
