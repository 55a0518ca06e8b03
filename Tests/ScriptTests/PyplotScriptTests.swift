import Figures
import Foundation
import Testing
@testable import Script

/// The pyplot bindings: what is shown when, argument errors, and the SVG budget.
@Suite struct PyplotScriptTests {
    func lesson(_ source: String) -> ScriptResult {
        ScriptSession(importTorch: true).run(source: source, file: "lesson.md", lineOffset: 10)
    }

    func summary(_ source: String) -> String {
        lesson("import matplotlib.pyplot as plt\n" + source).error?.summary ?? "no error"
    }

    @Test func showShowsOpenFiguresAndCloses() {
        let r = lesson("""
        import matplotlib.pyplot as plt
        plt.plot([1, 2, 3])
        plt.show()
        fig, ax = plt.subplots()
        ax.scatter([1], [2])
        plt.figure()
        plt.plot([3, 2])
        plt.close()
        """)
        #expect(r.error == nil)
        // The first at show(), the second still open at the end; the closed one never.
        #expect(r.figures.count == 2)
        #expect(r.figures.map { $0.figure.axes.count } == [1, 1])
        if case .scatter = r.figures[1].figure.axes[0].artists.first {} else { Issue.record("second figure should hold the scatter") }
    }

    @Test func scriptsDoNotShowFigures() {
        let session = ScriptSession(importTorch: false)
        session.showsOpenFigures = false
        let r = session.run(source: "import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.show()\n")
        #expect(r.error == nil)
        #expect(r.figures.isEmpty)
    }

    @Test func misspeltNamesGetSuggestions() {
        #expect(summary("plt.scater([1], [2])") == "AttributeError: module 'matplotlib.pyplot' has no attribute 'scater'. Did you mean: 'scatter'?")
        #expect(summary("plt.plot([1, 2], colr='r')") == "AttributeError: Line2D.set() got an unexpected keyword argument 'colr'. Did you mean: 'color'?")
        #expect(summary("fig, ax = plt.subplots()\nax.set_titel('x')") == "AttributeError: 'Axes' object has no attribute 'set_titel'. Did you mean: 'set_title'?")
    }

    @Test func unsupportedNamesAreNamed() {
        #expect(summary("plt.pie([1, 2])") == "NotImplementedError: matplotlib.pyplot.pie is not supported by Descent's matplotlib")
        #expect(summary("plt.plot([1, 2], dash_capstyle='round')").hasPrefix("NotImplementedError: plot() keyword 'dash_capstyle' is not supported by Descent's matplotlib"))
        #expect(summary("plt.savefig('a.png')") == "ValueError: savefig: Descent writes SVG only, and 'a.png' asks for PNG; use a file name ending in .svg")
    }

    @Test func matplotlibsOwnErrors() {
        #expect(summary("plt.plot([1, 2], 'rz')") == "ValueError: 'rz' is not a valid format string (unrecognized character 'z')")
        #expect(summary("w = torch.ones(3, requires_grad=True)\nplt.plot(w)")
                == "RuntimeError: Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.")
        #expect(summary("plt.plot([1, 2], [1])") == "ValueError: x and y must have same first dimension, but have shapes (2,) and (1,)")
        #expect(summary("plt.plot([1, 2], label='a')\nplt.legend(loc='upper middle')").hasPrefix("ValueError: 'upper middle' is not a valid value for loc; supported values are 'best', 'upper right'"))
    }

    @Test func errorsAreLocatedAtTheCall() throws {
        let r = lesson("import matplotlib.pyplot as plt\n\nplt.plot([1, 2], colr='r')\n")
        let location = try #require(r.error?.location)
        #expect(location.line == 13)
        #expect(location.column == 1)
    }

    @Test func axesArraysIndexAndUnpack() {
        let r = lesson("""
        import matplotlib.pyplot as plt
        fig, axs = plt.subplots(2, 3)
        print(len(axs), len(axs[0]), axs.shape)
        axs[1, 2].plot([1, 2])
        (a, b, c), (d, e, f) = axs
        f.set_title("same")
        print(axs[1, 2].get_title(), len(list(axs.flat)))
        fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(12, 5))
        print(fig)
        """)
        #expect(r.error == nil, "\(r.error?.traceback ?? "")")
        #expect(r.stdout == "2 3 (2, 3)\nsame 6\nFigure(1200x500)\n")
    }

    @Test func tensorsAreAccepted() {
        let r = lesson("""
        import matplotlib.pyplot as plt
        x = torch.linspace(0, 1, 5)
        w = torch.ones(5, requires_grad=True)
        plt.plot(x, (w * x).detach())
        plt.scatter(x, x ** 2, c=x)
        """)
        #expect(r.error == nil, "\(r.error?.traceback ?? "")")
        #expect(r.figures.count == 1)
    }

    @Test func sameScriptSameBytes() {
        let source = "import matplotlib.pyplot as plt\nplt.plot([1, 3, 2], 'o-', label='a')\nplt.legend()\nplt.title('t')\n"
        let a = lesson(source).figures.map { $0.figure.svg() }
        let b = lesson(source).figures.map { $0.figure.svg() }
        #expect(!a.isEmpty && a == b)
    }

    @Test func svgsStayLight() throws {
        let dir = try #require(fixtureURL("pyplot"))
        for (name, budget) in [("lines_legend_best", 15_000), ("scatter_classes", 15_000), ("loss_curves", 15_000), ("contourf_boundary", 40_000)] {
            let source = try String(contentsOf: dir.appendingPathComponent(name + ".py"), encoding: .utf8)
            let figures = ScriptSession(importTorch: false).run(source: source).figures
            let svg = try #require(figures.first).figure.svg()
            #expect(svg.utf8.count < budget, "\(name): \(svg.utf8.count) bytes")
            #expect(svg.contains("role=\"img\"") && svg.contains("viewBox=") && svg.contains("<text"))
        }
    }

    @Test func descriptionNamesTitlesLabelsAndSeries() {
        let r = lesson("import matplotlib.pyplot as plt\nplt.plot([1, 2], label='train')\nplt.xlabel('epoch')\nplt.ylabel('loss')\nplt.title('Loss')\n")
        #expect(r.figures.first?.figure.description == "Plot “Loss”, epoch on x, loss on y: a line “train” of 2 points.")
    }
}
