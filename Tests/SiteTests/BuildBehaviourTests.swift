import Foundation
import Notebook
import Render
import Testing
@testable import Site

/// What `descent build`, `trace` and `render` do around the pages: atomic site replacement,
/// the content-hash cache, trace numbers against PyTorch, standalone pages.
@Suite struct BuildBehaviourTests {
    static func console(_ buffer: Buffer) -> Console {
        Console(out: { buffer.append($0) }, err: { buffer.append($0) }, errorIsTerminal: false)
    }

    /// Every file under `folder`, relative path → contents.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[path] = try Data(contentsOf: url) }
        }
        return files
    }

    @Test func failedBuildLeavesThePreviousSiteUntouched() async throws {
        let notebooks = try Fixture.copy("course")
        let out = notebooks.deletingLastPathComponent().appendingPathComponent("site")
        let first = Buffer()
        #expect(await Commands.build(notebooks: notebooks.path, out: out.path, useCache: false, verbose: false, console: Self.console(first)) == 0, "\(first.text)")
        let before = try Self.snapshot(out)
        #expect(before.keys.sorted() == ["01-surfaces.html", "02-schedulers.html", "03-code.html", "appendix.html", "assets/build.txt", "assets/descent.css", "index.html"])

        // Break one lesson: a misspelled option and an output that no longer matches.
        let lesson = notebooks.appendingPathComponent("03-code.md")
        var text = try String(contentsOf: lesson, encoding: .utf8)
        text = text.replacingOccurrences(of: "```{output}\ntensor(4.)\n```", with: "```{output}\ntensor(5.)\n```")
        text += "\n```{descent}\n:loss: reg\n:x: [-1, 1]\n:y: [-1, 1]\n:grid: 10\n:epoch: 3\n```\n"
        try Data(text.utf8).write(to: lesson)
        let second = Buffer()
        #expect(await Commands.build(notebooks: notebooks.path, out: out.path, useCache: false, verbose: false, console: Self.console(second)) == 1)
        #expect(second.text.contains("03-code.md:22:1: error: code block printed something other than its {output} block"), "\(second.text)")
        #expect(second.text.contains("03-code.md:142:2: error: unknown option 'epoch' for {descent}; did you mean 'epochs'?"), "\(second.text)")
        #expect(second.text.contains("Build failed: 2 errors; \(out.path)/ left unchanged."))
        #expect(try Self.snapshot(out) == before, "the previous site was changed")
        // No staging or retired folder is left beside the site.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        #expect(siblings.filter { $0.hasPrefix(".site.") }.isEmpty, "\(siblings)")
    }

    @Test func checkWritesNothingAndIsDeterministic() async throws {
        let notebooks = try Fixture.copy("course")
        let parent = notebooks.deletingLastPathComponent()
        try Data("# Broken\n\n```{code}\nprint(undefined_name)\n```\n\n```{descent}\n:loss: reg\n:x: [1, -1]\n:y: [-1, 1]\n```\n".utf8)
            .write(to: notebooks.appendingPathComponent("zz-broken.md"))
        let before = try Self.snapshot(parent)
        var outputs: [String] = []
        for _ in 0..<2 {
            let buffer = Buffer()
            #expect(await Commands.check(paths: [notebooks.path], console: Self.console(buffer)) == 1)
            outputs.append(buffer.text.replacingOccurrences(of: notebooks.path + "/", with: ""))
        }
        #expect(try Self.snapshot(parent) == before, "check wrote files")
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].hasPrefix("zz-broken.md:4:7: error: code block raised NameError: name 'undefined_name' is not defined"), "\(outputs[0])")
        #expect(outputs[0].contains("zz-broken.md:9:5: error: 'x' must be [min, max] with min < max"))
        #expect(outputs[0].hasSuffix("Checked 5 lessons (14 figures, 14 optimizer runs, 10 scripts); 2 errors\n"), "\(outputs[0])")
    }

    @Test func successfulBuildReplacesTheWholeSite() async throws {
        let notebooks = try Fixture.copy("course")
        let out = notebooks.deletingLastPathComponent().appendingPathComponent("site")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("stale".utf8).write(to: out.appendingPathComponent("removed-lesson.html"))
        let buffer = Buffer()
        #expect(await Commands.build(notebooks: notebooks.path, out: out.path, useCache: false, verbose: false, console: Self.console(buffer)) == 0)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("removed-lesson.html").path))
        #expect(buffer.text.contains("Built 4 lessons (14 figures, 14 optimizer runs, 9 scripts) into \(out.path)/ in "), "\(buffer.text)")
    }

    @Test func cacheSkipsUnchangedLessonsAndGivesIdenticalFiles() async throws {
        let notebooks = try Fixture.copy("course")
        let out = notebooks.deletingLastPathComponent().appendingPathComponent("site")
        let cache = notebooks.deletingLastPathComponent().appendingPathComponent(".descent-cache")
        func build() async throws -> (String, [String: Data]) {
            let buffer = Buffer()
            let status = await Commands.build(notebooks: notebooks.path, out: out.path, useCache: true, verbose: false, console: Self.console(buffer))
            #expect(status == 0, "\(buffer.text)")
            return (buffer.text, try Self.snapshot(out))
        }
        let (cold, coldFiles) = try await build()
        #expect(!cold.contains("from cache"), "\(cold)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".json") }.count == 4)

        let (warm, warmFiles) = try await build()
        #expect(warm.contains("(14 figures, 14 optimizer runs, 9 scripts), 4 from cache"), "\(warm)")
        #expect(warmFiles == coldFiles)
        // The cached site is the golden one too.
        for (path, data) in warmFiles {
            Fixture.expectGolden(String(decoding: data, as: UTF8.self), "golden/" + path)
        }

        // Changing one lesson's prose reruns only that lesson.
        let appendix = notebooks.appendingPathComponent("appendix.md")
        try Data((try String(contentsOf: appendix, encoding: .utf8) + "\nOne more sentence.\n").utf8).write(to: appendix)
        let (changed, changedFiles) = try await build()
        #expect(changed.contains(", 3 from cache"), "\(changed)")
        for (path, data) in changedFiles where path != "appendix.html" {
            #expect(data == coldFiles[path], "\(path) changed")
        }
        #expect(String(decoding: changedFiles["appendix.html"] ?? Data(), as: UTF8.self).contains("One more sentence."))

        // A title change also reruns the neighbours, whose pager links show it.
        let code = notebooks.appendingPathComponent("03-code.md")
        try Data((try String(contentsOf: code, encoding: .utf8)).replacingOccurrences(of: "title: Code and exercises", with: "title: Code, exercises").utf8).write(to: code)
        let (retitled, retitledFiles) = try await build()
        #expect(retitled.contains(", 1 from cache"), "\(retitled)")
        // Entries the latest build did not use are pruned: one per lesson remains.
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".json") }.count == 4)
        #expect(String(decoding: retitledFiles["02-schedulers.html"] ?? Data(), as: UTF8.self).contains("Code, exercises"))
    }

    @Test func cacheNeverStoresAFailedLesson() async throws {
        let dir = try Fixture.temporaryFolder("cache")
        let lesson = "# L\n\n```{code}\nprint(1)\n```\n\n```{output}\n2\n```\n"
        try Data(lesson.utf8).write(to: dir.appendingPathComponent("a.md"))
        let cache = BuildCache(folder: dir.appendingPathComponent("cache").path)
        for _ in 0..<2 {
            let result = await CourseBuild(course: Course.load(paths: [dir.path], courseFolder: dir.path), cache: cache).run(render: true)
            #expect(result.stats.cached == 0)
            #expect(result.diagnostics.count == 1)
        }
    }

    /// `descent trace` against PyTorch's rows for three seed runs (plain gradient descent,
    /// SGD with ReduceLROnPlateau, RMSprop with ReduceLROnPlateau), from
    /// /work/shared/reference/seed-cells.json, within 1e-4 relative.
    @Test(arguments: ["cell-03", "cell-17", "cell-19"])
    func traceMatchesPyTorch(_ name: String) throws {
        let folder = Fixture.bundled.appendingPathComponent("trace")
        let buffer = Buffer()
        let out = Buffer()
        let console = Console(out: { out.append($0) }, err: { buffer.append($0) }, errorIsTerminal: false)
        let status = Commands.trace(file: folder.appendingPathComponent(name + ".yaml").path, verbose: false, console: console)
        #expect(status == 0, "\(buffer.text)")
        #expect(buffer.text.isEmpty)
        let reference = try String(contentsOf: folder.appendingPathComponent(name + ".reference.csv"), encoding: .utf8)
        func rows(_ csv: String) -> [[Double]] {
            csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",").compactMap { Double($0) } }
        }
        #expect(out.text.hasPrefix("epoch,w1,w2,loss,lr\n"))
        let ours = rows(out.text), theirs = rows(reference)
        #expect(ours.count == theirs.count)
        for (a, b) in zip(ours, theirs) {
            #expect(a.count == 5 && b.count == 5)
            #expect(a[0] == b[0])
            for k in 1..<min(a.count, b.count) {
                let scale = max(abs(b[k]), 1e-6)
                #expect(abs(a[k] - b[k]) / scale <= 1e-4, "\(name) epoch \(Int(b[0])) column \(k): \(a[k]) vs PyTorch \(b[k])")
            }
        }
    }

    @Test func traceReportsAProblemWithItsPlace() {
        let err = Buffer()
        let console = Console(out: { _ in }, err: { err.append($0) }, errorIsTerminal: false)
        let status = Commands.trace(file: nil, verbose: false, console: console,
                                    standardInput: { Data("loss: reg\nepochs: 3\noptimizer: SGD(lr=-1)\n".utf8) })
        #expect(status == 1)
        #expect(err.text.contains("<stdin>:3:12: error: ValueError: Invalid learning rate: -1"), "\(err.text)")
    }

    @Test func renderGivesAStandalonePageWithTheStylesheetInlined() async throws {
        let lesson = Fixture.bundled.appendingPathComponent("course/03-code.md").path
        let out = Buffer(), err = Buffer()
        let console = Console(out: { out.append($0) }, err: { err.append($0) }, errorIsTerminal: false)
        #expect(await Commands.render(file: lesson, output: nil, console: console) == 0, "\(err.text)")
        let page = out.text
        #expect(page.contains("<style>\n" + Stylesheet.css + "\n</style>"))
        #expect(!page.contains("<link rel=\"stylesheet\""))
        #expect(page.contains("<h1 class=\"title\">Code and exercises</h1>"))
        #expect(page.hasPrefix("<!DOCTYPE html>") || page.hasPrefix("<!doctype html>"))

        let file = try Fixture.temporaryFolder("render").appendingPathComponent("page.html")
        #expect(await Commands.render(file: lesson, output: file.path, console: console) == 0)
        #expect(try String(contentsOf: file, encoding: .utf8) == page)
    }
}
