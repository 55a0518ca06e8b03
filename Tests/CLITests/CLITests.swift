import Foundation
import Testing

/// Runs the built `descent` binary end to end.
@Suite struct CLITests {
    static var binary: URL {
        // The test bundle sits in the build products folder beside the executable.
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("descent").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("descent")
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: String? = nil, cwd: URL? = nil) throws -> Output {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let cwd { process.currentDirectoryURL = cwd }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("descent-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func checkReportsMisspelledOptionWithSuggestion() throws {
        let dir = try Self.temporaryFolder()
        let lesson = dir.appendingPathComponent("lesson.md")
        try "# L\n\n```{descent}\n:loss: reg\n:x: [-5, 5]\n:y: [-5, 5]\n:epoch: 10\n```\n".write(to: lesson, atomically: true, encoding: .utf8)
        let result = try Self.run(["check", lesson.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(lesson.path):7:2: error: unknown option 'epoch' for {descent}; did you mean 'epochs'?"))
        #expect(result.stderr.contains(" 7 | :epoch: 10\n"))
        #expect(result.stderr.contains("|  ^~~~~"))
    }

    @Test func runOfALessonPointsAtCheckAndRender() throws {
        let dir = try Self.temporaryFolder()
        let lesson = dir.appendingPathComponent("lesson.md")
        try "# Gradient descent\n\n```python\nprint(1)\n```\n".write(to: lesson, atomically: true, encoding: .utf8)
        let result = try Self.run(["run", lesson.path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(lesson.path):1:1: error: lesson.md is a Markdown lesson, not a Python script: use `descent check \(lesson.path)` to run its code, or `descent render \(lesson.path)` for its page"))
        #expect(result.stderr.contains(" 1 | # Gradient descent\n"))
        #expect(!result.stderr.contains("SyntaxError"))
    }

    @Test func checkReportsMissingFile() throws {
        let result = try Self.run(["check", "/nonexistent/lesson.md"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: no such file or directory: /nonexistent/lesson.md"))
    }

    @Test func buildWritesIndexAndPages() throws {
        let dir = try Self.temporaryFolder()
        let notebooks = dir.appendingPathComponent("notebooks")
        try FileManager.default.createDirectory(at: notebooks, withIntermediateDirectories: true)
        try "title: My course\ndescription: Learn things.\n".write(to: notebooks.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        try "---\ntitle: Second\norder: 2\nsummary: The second one.\n---\n\nText with $x^2$.\n".write(to: notebooks.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: First\norder: 1\nsummary: The first one.\n---\n\n## Hello\n\nSome *prose*.\n".write(to: notebooks.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let site = dir.appendingPathComponent("site")
        let result = try Self.run(["build", notebooks.path, "--out", site.path])
        #expect(result.status == 0, "\(result.stderr)")
        let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("My course"))
        let first = try #require(index.range(of: "First")), second = try #require(index.range(of: "Second"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(index.contains("The first one."))
        let page = try String(contentsOf: site.appendingPathComponent("a.html"), encoding: .utf8)
        #expect(page.contains("<em>prose</em>"))
        // The live-reload script of `descent serve` never goes into built pages.
        #expect(!page.contains("descent-live-reload") && !page.contains("EventSource"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("b.html").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("assets/descent.css").path))

        // Same sources, byte-identical site; a broken lesson leaves the site untouched.
        let again = try Self.run(["build", notebooks.path, "--out", site.path, "--no-cache"])
        #expect(again.status == 0)
        #expect(try String(contentsOf: site.appendingPathComponent("a.html"), encoding: .utf8) == page)
        try "```{descent}\n:los: sin\n```\n".write(to: notebooks.appendingPathComponent("c.md"), atomically: true, encoding: .utf8)
        let broken = try Self.run(["build", notebooks.path, "--out", site.path])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("left unchanged"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("c.html").path))
        #expect(try String(contentsOf: site.appendingPathComponent("a.html"), encoding: .utf8) == page)
    }
}

/// The committed site/ is what `descent build` makes from notebooks/.
@Suite struct CommittedSiteTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func files(under folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return result }
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let relative = String(url.path.dropFirst(folder.path.count + 1))
            result[relative] = try? Data(contentsOf: url)
        }
        return result
    }

    @Test func siteIsUpToDate() throws {
        let committed = Self.root.appendingPathComponent("site")
        let fresh = try CLITests.temporaryFolder().appendingPathComponent("site")
        // The lessons train networks: a generous time limit, as this compares content, not speed
        // (the debug build on a loaded machine runs them several times slower than a release).
        let result = try CLITests.run(["build", Self.root.appendingPathComponent("notebooks").path, "--out", fresh.path, "--no-cache", "--time-limit", "120"])
        #expect(result.status == 0, "\(result.stderr)")
        let built = Self.files(under: fresh)
        let expected = Self.files(under: committed)
        let backend = "assets/build.txt"
        guard built[backend] == expected[backend] else {
            // Chaotic seed runs depend on the math backend: compare only like with like.
            print("site/ was built with another math backend; run with MKL (see .ci/run) to compare. built: \(String(decoding: built[backend] ?? Data(), as: UTF8.self))")
            return
        }
        #expect(Set(built.keys) == Set(expected.keys), "site/ has other files than a fresh build: run `make site` and commit site/")
        for (path, data) in built.sorted(by: { $0.key < $1.key }) where expected[path] != data {
            Issue.record("site/\(path) differs from a fresh build of notebooks/: run `make site` and commit site/")
        }
    }
}

/// Commands refuse what would lose work or mislead.
@Suite struct CLIGuardTests {
    @Test func aTimeLimitMustBePositiveAndStopsLongScripts() throws {
        let dir = try CLITests.temporaryFolder()
        let lesson = dir.appendingPathComponent("loop.md")
        try "# Loop\n\n```{code}\nwhile True:\n    pass\n```\n".write(to: lesson, atomically: true, encoding: .utf8)
        let refused = try CLITests.run(["check", lesson.path, "--time-limit", "0"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--time-limit must be a positive number of seconds"))
        let stopped = try CLITests.run(["check", lesson.path, "--time-limit", "0.5"])
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("loop.md:4:"), "\(stopped.stderr)")
        #expect(stopped.stderr.contains("0.5 s"), "\(stopped.stderr)")
    }

    @Test func aLessonNamedIndexWouldReplaceTheCourseIndex() throws {
        let dir = try CLITests.temporaryFolder()
        try "# Index lesson\n".write(to: dir.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        try "# Other\n".write(to: dir.appendingPathComponent("other.md"), atomically: true, encoding: .utf8)
        let result = try CLITests.run(["build", dir.path, "--out", dir.appendingPathComponent("site").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("index.md would be written as index.html, which is already the course index"))
    }

    @Test func lessonsInSubfoldersGetDistinctPages() throws {
        let dir = try CLITests.temporaryFolder()
        for part in ["a", "b"] {
            let folder = dir.appendingPathComponent("notebooks/\(part)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "# Intro \(part)\n".write(to: folder.appendingPathComponent("intro.md"), atomically: true, encoding: .utf8)
        }
        let site = dir.appendingPathComponent("site")
        let result = try CLITests.run(["build", dir.appendingPathComponent("notebooks").path, "--out", site.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("a-intro.html").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("b-intro.html").path))
    }

    @Test func renderTakesAFile() throws {
        let dir = try CLITests.temporaryFolder()
        let result = try CLITests.run(["render", dir.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is a folder: render takes one lesson file"))
    }

    @Test func checkFindsBadMathThatOnlyRenderingSees() throws {
        let dir = try CLITests.temporaryFolder()
        let lesson = dir.appendingPathComponent("m.md")
        try "# M\n\nA formula $\\frac{a}$ here.\n".write(to: lesson, atomically: true, encoding: .utf8)
        let result = try CLITests.run(["check", lesson.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(lesson.path):3:11: error: cannot read this math"))
    }
}
