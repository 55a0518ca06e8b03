import Foundation
import Testing
@testable import Site

/// `explore`, `compare` and `animate` figures: their HTML and SVG against goldens, their
/// weight, the no-JavaScript fallback, and (with headless Chromium) a slider that switches paths.
///
/// The lesson descends the `reg` surface with SGD, whose float32 arithmetic uses no
/// elementary function, so the paths (and goldens) are the same with every math backend.
@Suite struct InteractiveFigureTests {
    static let lesson = """
    ---
    title: Interactive figures
    ---

    # Interactive figures

    ```{descent}
    :name: explore-momentum
    :loss: reg
    :x: [-5, 5]
    :y: [-5, 5]
    :start: [-4.5, -2]
    :optimum: [0, 0]
    :epochs: 30
    :optimizer: SGD(lr=0.1, momentum=0.6)
    :explore: {lr: [0.05, 0.1, 0.2], momentum: [0, 0.3, 0.6, 0.9]}
    :show: [figure, loss, log]
    :caption: Learning rate and momentum.
    ```

    ```{descent}
    :name: compare-sgd
    :loss: reg
    :x: [-5, 5]
    :y: [-5, 5]
    :start: [-4.5, -2]
    :epochs: 20
    :compare: ["SGD(lr=0.5)", {optimizer: "SGD(lr=0.1, momentum=0.9)", label: momentum}, {optimizer: "SGD(lr=0.1, momentum=0.9, nesterov=True)", label: Nesterov}]
    :show: [figure, loss]
    :caption: Three optimizers from one start.
    ```

    ```{descent}
    :name: animated
    :loss: reg
    :x: [-5, 5]
    :y: [-5, 5]
    :start: [-4.5, -2]
    :epochs: 12
    :step_size: 0.5
    :animate: true
    :caption: Plain gradient descent, epoch by epoch.
    ```

    ```{code}
    fig = descent(loss="reg", x=[-5, 5], y=[-5, 5], start=[-4.5, -2], epochs=10,
                  optimizer="SGD(lr=0.1)", explore={"lr": [0.05, 0.1]})
    ```
    """

    static let build = Task { try await LessonBuild.build(["01-interactive.md": lesson]) }

    static func page() async throws -> String {
        let (result, folder) = try await build.value
        #expect(result.diagnostics.isEmpty, "\(LessonBuild.printed(result, folder: folder))")
        return try #require(result.files.first { $0.path == "01-interactive.html" }).contents
    }

    /// The `<figure>` element with `id`.
    static func figure(_ id: String, in page: String) throws -> String {
        let start = try #require(page.range(of: "<figure class=\"descent"), "no figure")
        let rest = page[start.lowerBound...]
        let marker = try #require(rest.range(of: "id=\"\(id)\""))
        let open = try #require(page[..<marker.lowerBound].range(of: "<figure", options: .backwards))
        let close = try #require(page[open.lowerBound...].range(of: "</figure>"))
        return String(page[open.lowerBound..<close.upperBound])
    }

    @Test(arguments: ["explore-momentum", "compare-sgd", "animated"])
    func figureMatchesItsGolden(id: String) async throws {
        let page = try await Self.page()
        Fixture.expectGolden(try Self.figure(id, in: page) + "\n", "interactive/\(id).html")
    }

    @Test func exploreRunsEveryCombinationAndOpensOnTheBlocksOwnValues() async throws {
        let (result, _) = try await Self.build.value
        // 12 + 3 + 1 + 2 runs.
        #expect(result.stats.runs == 18)
        let figure = try Self.figure("explore-momentum", in: try await Self.page())
        #expect(figure.components(separatedBy: "class=\"fig-variant\"").count - 1 == 12)
        // Without JavaScript: controls hidden, only the block's own combination drawn.
        #expect(figure.contains("<div class=\"explore-controls\" hidden>"))
        let shown = figure.components(separatedBy: "<g class=\"fig-variant\" data-variant=\"").dropFirst().filter { !$0.hasPrefix("\\d") && !$0.contains("display=\"none\"") }
        _ = shown
        #expect(figure.contains("data-variant=\"6\">\n<path class=\"fig-pathline\""), "lr=0.1 (index 1) and momentum=0.6 (index 2) is combination 1*4+2 = 6, shown")
        #expect(figure.contains("fig-title\" data-variant=\"6\" x="))
        #expect(figure.contains("SGD - {&#39;lr&#39;: 0.1, &#39;momentum&#39;: 0.6}") || figure.contains("SGD - {'lr': 0.1, 'momentum': 0.6}"))
        #expect(figure.contains("<output for=\"explore-momentum-s0\">0.1</output>"))
        #expect(figure.contains("<label for=\"explore-momentum-s1\">momentum</label>"))
    }

    @Test func sixteenPathsOfThirtyEpochsWeighUnderFortyKilobytes() async throws {
        let lesson = """
        # Weight

        ```{descent}
        :name: heavy
        :loss: sin
        :x: [-14, 0]
        :y: [-6, 12]
        :start: [-12, 10]
        :epochs: 30
        :optimizer: SGD(lr=0.01, momentum=0.6)
        :explore: {lr: [0.005, 0.01, 0.02, 0.04], momentum: [0, 0.3, 0.6, 0.8]}
        ```
        """
        let (result, folder) = try await LessonBuild.build(["01-weight.md": lesson])
        #expect(result.diagnostics.isEmpty, "\(LessonBuild.printed(result, folder: folder))")
        let page = try #require(result.files.first { $0.path == "01-weight.html" }).contents
        let figure = try Self.figure("heavy", in: page)
        #expect(figure.utf8.count < 40_000, "the figure weighs \(figure.utf8.count) bytes")
        #expect(figure.components(separatedBy: "class=\"fig-variant\"").count - 1 == 16)
    }

    @Test func theScriptIsSmallAndOnlyOnPagesThatNeedIt() async throws {
        let page = try await Self.page()
        let script = try #require(page.range(of: "<script>")).lowerBound
        let end = try #require(page.range(of: "</script>")).upperBound
        #expect(page[script..<end].utf8.count <= 3072)
        #expect(page.components(separatedBy: "<script>").count == 2)
        let (plain, _) = try await LessonBuild.build(["01-plain.md": "# Plain\n\n```{descent}\n:loss: reg\n:x: [-5, 5]\n:y: [-5, 5]\n```\n"])
        #expect(!(plain.files.first { $0.path == "01-plain.html" }?.contents.contains("<script") ?? true))
    }

    static let chromium = "/usr/bin/chromium"

    /// Moves the learning-rate slider in headless Chromium and reads the page back: another
    /// combination's path is then the one displayed, its points drawn by the page's script.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: chromium),
                   "headless Chromium (/usr/bin/chromium, Debian's chromium package) is not installed"))
    func movingASliderShowsAnotherPath() async throws {
        let page = try await Self.page()
        let mover = """
        <script>const i=document.getElementById('explore-momentum-s0');i.value=2;i.dispatchEvent(new Event('input'));</script></body>
        """
        let dir = try Fixture.temporaryFolder("chromium")
        let file = dir.appendingPathComponent("page.html")
        try Data(page.replacingOccurrences(of: "</body>", with: mover).utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(dir.path)/profile", "--dump-dom", file.absoluteString]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let dom = String(decoding: data, as: UTF8.self)
        let figure = try Self.figure("explore-momentum", in: dom)
        // lr index 2 (0.2), momentum index 2 (0.6): combination 2*4+2 = 10.
        #expect(figure.contains("<g class=\"fig-variant\" data-variant=\"10\">"), "combination 10 is displayed")
        #expect(figure.contains("<g class=\"fig-variant\" data-variant=\"6\" display=\"none\">"), "the opening combination is hidden")
        let group = try #require(figure.range(of: "data-variant=\"10\">"))
        let drawn = figure[group.upperBound...].prefix(while: { _ in true })
        let firstClose = try #require(drawn.range(of: "</g>\n</g>") ?? drawn.range(of: "</g></g>"))
        let circles = drawn[..<firstClose.lowerBound].components(separatedBy: "<circle").count - 1
        #expect(circles > 5, "the script drew the combination's points (\(circles))")
        #expect(figure.contains("<output for=\"explore-momentum-s0\">0.2</output>"))
        #expect(figure.contains("aria-valuetext=\"0.2\""))
        #expect(!figure.contains("<div class=\"explore-controls\" hidden"), "the script reveals the sliders")
    }
}
