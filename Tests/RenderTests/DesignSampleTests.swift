import Foundation
import Testing
@testable import Render

/// A realistic lesson page and course index assembled from every piece of the theme: the
/// pages reviewed in headless Chromium (design/). With `DESCENT_DESIGN_DIR` set, the test
/// also writes them there: `DESCENT_DESIGN_DIR=$PWD/design swift test --filter DesignSample`.
@Suite struct DesignSampleTests {
    @Test func samplePagesAreWellFormedAndDeterministic() throws {
        let lesson = try DesignSample.lessonPage(figures: [])
        let index = DesignSample.indexPage()
        #expect(isBalanced(lesson))
        #expect(isBalanced(index))
        #expect(isBalanced(try DesignSample.mathGallery()))
        #expect(try DesignSample.lessonPage(figures: []) == lesson)
        #expect(lesson.contains("<math display=\"block\">"))
        #expect(lesson.contains("<span class=\"kw\">for</span>"))
        if let directory = ProcessInfo.processInfo.environment["DESCENT_DESIGN_DIR"] {
            let url = URL(fileURLWithPath: directory)
            // The Figures target's golden SVGs, copied into design/figures, make the sample realistic.
            let figures = ["cell-06-sgd-momentum", "cell-11-three-panels", "cell-16-loss-lr"].compactMap {
                try? String(contentsOf: url.appendingPathComponent("figures/\($0).svg"), encoding: .utf8)
            }
            let lesson = try DesignSample.lessonPage(figures: figures)
            #expect(isBalanced(lesson))
            try lesson.write(to: url.appendingPathComponent("sample.html"), atomically: true, encoding: .utf8)
            try index.write(to: url.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
            try DesignSample.mathGallery().write(to: url.appendingPathComponent("math.html"), atomically: true, encoding: .utf8)
            try Stylesheet.css.write(to: url.appendingPathComponent("descent.css"), atomically: true, encoding: .utf8)
        }
    }
}

enum DesignSample {
    /// Formulas covering the converter, inline and displayed, for a visual check in a browser.
    static let galleryFormulas = [
        "\\hat{x} \\bar{x} \\tilde{x} \\vec{x} \\dot{x} \\ddot{x} \\widehat{xyz} \\overline{AB} \\underline{cd} \\hat{\\theta}_t",
        "\\sum_{i=1}^{n} x_i \\quad \\prod_{k} a_k \\quad \\int_0^1 f(x)\\,\\mathrm{d}x",
        "\\max_{w} L(w) \\quad \\operatorname*{argmin}_{\\theta} J(\\theta) \\quad \\lim_{t \\to \\infty} \\eta_t = 0",
        "\\left\\| \\nabla L(w) \\right\\|_2^2 \\leq \\epsilon \\quad \\left\\{ x \\in \\mathbb{R}^n : x \\geq 0 \\right\\}",
        "\\mathcal{L}(\\mathbf{W}, \\mathbf{b}) = \\frac{1}{N} \\sum_{i=1}^{N} \\left( y_i - \\mathbf{w}^\\top \\mathbf{x}_i \\right)^2",
        "\\binom{n}{k} \\quad \\sqrt[3]{x} \\quad \\sqrt{\\frac{a}{b}} \\quad f'(x) \\quad f''(x) \\quad a \\not= b",
        "\\underbrace{a + b}_{n} \\quad \\overset{\\text{def}}{=} \\quad \\bigl( x \\bigr) \\quad \\Bigl[ y \\Bigr]",
        "A = \\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix} \\quad \\begin{bmatrix} a \\\\ b \\end{bmatrix} \\quad \\begin{vmatrix} a & b \\\\ c & d \\end{vmatrix}",
        "\\sigma(x) = \\frac{1}{1 + e^{-x}} \\quad \\operatorname{softmax}(z)_i = \\frac{\\exp(z_i)}{\\sum_j \\exp(z_j)}",
        "w \\leftarrow w - \\eta \\, \\frac{\\partial L}{\\partial w} \\quad g_t \\odot g_t \\quad a \\cdot b \\times c",
    ]

    static func mathGallery() throws -> String {
        var body = "<h1 class=\"title\">MathML gallery</h1>\n"
        for tex in galleryFormulas {
            body += "<p><code>\(PageLayout.escape(tex))</code></p>\n<p>Inline: " + (try MathML.render(tex: tex, display: false))
                + "</p>\n" + (try MathML.render(tex: tex, display: true)) + "\n"
        }
        return PageLayout.lessonPage(course: "Descent", title: "MathML gallery", tocHTML: "", bodyHTML: body,
                                     previous: nil, next: nil, stylesheetHref: "descent.css")
    }

    static func indexPage() -> String {
        PageLayout.indexPage(
            courseTitle: "Applied Deep Learning",
            description: "From gradient descent to training real models: short lessons that run every example and show every result.",
            lessons: [
                (1, "Tensors and autograd", "Tensors, broadcasting and how PyTorch computes gradients for you.", "tensors.html"),
                (2, "Linear regression by hand", "Fit a line with plain gradient descent and watch the loss fall.", "linear-regression.html"),
                (3, "Optimizers and schedulers", "SGD, momentum, RMSprop and Adam on two-parameter loss surfaces, and how learning-rate schedulers change the descent.", "sample.html"),
                (4, "Training a small network", "Put it together: a multilayer perceptron trained on a toy data set.", "mlp.html"),
            ],
            stylesheetHref: "descent.css")
    }

    /// The sample lesson in the markup `PageRenderer` writes; `figures` are real SVGs
    /// (single panel, three panels, loss and lr charts) or empty for a drawn placeholder.
    static func lessonPage(figures: [String]) throws -> String {
        var taken = Set<String>()
        var headings: [(level: Int, text: String, id: String)] = []
        func heading(_ level: Int, _ text: String) -> String {
            let id = PageLayout.uniqueSlug(text, taken: &taken)
            headings.append((level, text, id))
            return PageLayout.heading(level: level, innerHTML: PageLayout.escape(text), id: id)
        }
        func prose(_ text: String) throws -> String {
            var out = ""
            for segment in MathML.segments(in: text) {
                switch segment {
                case let .text(text): out += text
                case let .math(span): out += try MathML.render(tex: span.tex, display: span.display)
                }
            }
            return "<p>\(out)</p>\n"
        }
        func code(_ source: String) -> String {
            "<pre class=\"code\"><code class=\"language-python\">\(PythonHighlighter.html(source))</code></pre>\n"
        }
        func output(_ text: String) -> String {
            "<pre class=\"output\" aria-label=\"Output\">\(PageLayout.escape(text))</pre>\n"
        }
        func display(_ tex: String) throws -> String {
            "<p>" + (try MathML.render(tex: tex, display: true)) + "</p>\n"
        }
        func figure(_ number: Int, id: String, svg: String, caption: String, extra: String = "") -> String {
            "<figure class=\"descent\" id=\"\(id)\">\n<div class=\"figure-body\">\(svg)</div>\n\(extra)"
                + "<figcaption><span class=\"figure-number\">Figure \(number)</span>: \(inlineMath(caption))</figcaption>\n</figure>\n"
        }
        let path = trajectory()

        var body = "<h1 class=\"title\">Optimizers and schedulers</h1>\n"
        body += "<p class=\"summary\">SGD, momentum, RMSprop and Adam on two-parameter loss surfaces, and how learning-rate schedulers change the descent.</p>\n"
        body += try prose("Optimizers and schedulers are techniques to improve the training process and find better optimum values. The goal of this lesson is to introduce some ideas about the way these methods work.")
        body += heading(2, "Optimizers")
        body += try prose("In the previous lessons we modified the parameters of our models from their gradient values manually. At each training step our parameters (here $w$ and $b$) were adjusted by subtracting the loss gradient multiplied by a <em>step size</em> $\\eta$, also called the <em>learning rate</em>:")
        body += try display("\\theta_{t+1} = \\theta_t - \\eta \\, \\nabla_\\theta L(\\theta_t)")
        body += code("w = w - step_size * w.grad\nb = b - step_size * b.grad")
        body += try prose("To illustrate this we use a loss function of two parameters, $L(w_1, w_2) = w_1^2 + w_2^2 + 1.8\\, w_1 w_2$, drawn below as a contour plot: the axes show the values of the two parameters and the colored contours the loss.")
        body += figure(1, id: "reg-sgd", svg: drawnFigure(), caption: "Plain gradient descent with <code>step_size=0.1</code> from $(-4.5, -2)$: the path zig-zags along the valley.",
                       extra: logTable(path))
        body += heading(3, "Stochastic gradient descent")
        body += try prose("Instead of updating the weights ourselves we can call <code>torch.optim.SGD</code>, which does exactly the same thing, and print the trajectory as it goes:")
        body += "<div class=\"cell\">\n" + code("""
        w1 = torch.tensor(-4.5, requires_grad=True)
        w2 = torch.tensor(-2.0, requires_grad=True)
        optimizer = torch.optim.SGD([w1, w2], lr=0.1)

        for epoch in range(1, 4):
            optimizer.zero_grad()
            loss = w1**2 + w2**2 + 1.8 * w1 * w2  # the reg loss
            loss.backward()
            optimizer.step()
            print(f"epoch {epoch}: loss={loss.item():.4f}")
        """)
        body += output((0..<3).map { String(format: "epoch %d: loss=%.4f", $0 + 1, path[$0].loss) }.joined(separator: "\n"))
        body += "</div>\n"
        if figures.count > 0 {
            body += try prose("With momentum the descent escapes the first local minimum of the sin loss:")
            body += figure(2, id: "sgd-momentum", svg: figures[0], caption: "<code>SGD(lr=0.01, momentum=0.6)</code> from $(-12, 10)$ for 25 epochs.")
        }
        if figures.count > 1 {
            body += figure(3, id: "three-optimizers", svg: figures[1], caption: "SGD, RMSprop and Adam side by side on the reg loss.")
        }
        body += heading(3, "Adam")
        body += try prose("Adam keeps running averages of the gradient and of its square, with $\\beta_1, \\beta_2 \\in [0, 1)$, and corrects their bias:")
        body += try display("""
        \\begin{aligned}
        m_t &= \\beta_1 m_{t-1} + (1 - \\beta_1)\\, g_t \\\\
        v_t &= \\beta_2 v_{t-1} + (1 - \\beta_2)\\, g_t \\odot g_t \\\\
        \\hat{m}_t &= \\frac{m_t}{1 - \\beta_1^t}, \\quad \\hat{v}_t = \\frac{v_t}{1 - \\beta_2^t} \\\\
        \\theta_t &= \\theta_{t-1} - \\eta \\frac{\\hat{m}_t}{\\sqrt{\\hat{v}_t} + \\epsilon}
        \\end{aligned}
        """)
        body += heading(2, "Schedulers")
        body += try prose("A scheduler changes the learning rate as training goes. <code>ExponentialLR</code> multiplies it by $\\gamma$ at each epoch, so $\\eta_t = \\eta_0 \\gamma^t$; <code>ReduceLROnPlateau</code> divides it when the loss stops improving:")
        body += try display("\\eta_{t+1} = \\begin{cases} \\eta_t \\cdot \\text{factor} & \\text{if } L_t \\geq \\min_{s < t} L_s \\\\ \\eta_t & \\text{otherwise} \\end{cases}")
        if figures.count > 2 {
            body += figure(4, id: "loss-lr", svg: figures[2], caption: "Loss and learning rate per epoch with <code>ReduceLROnPlateau</code>.")
        }
        body += heading(2, "Exercises")
        body += """
        <section class="exercise" id="exercise-use-adam">
        <header class="exercise-title"><span class="exercise-label">Exercise 1</span> Use Adam</header>
        <p>Replace SGD by <code>torch.optim.Adam</code> with <code>lr=0.6</code> and print the loss after 50 epochs. Is it lower than with SGD?</p>

        """
        body += code("optimizer = torch.optim.SGD([w1, w2], lr=0.1)  # change this line\nfor epoch in range(50):\n    optimizer.zero_grad()\n    loss = w1**2 + w2**2 + 1.8 * w1 * w2\n    loss.backward()\n    optimizer.step()\nprint(loss.item())")
        body += output("0.20145312")
        body += "</section>\n<details class=\"solution\">\n<summary>Show solution</summary>\n"
        body += code("optimizer = torch.optim.Adam([w1, w2], lr=0.6)\nfor epoch in range(50):\n    optimizer.zero_grad()\n    loss = w1**2 + w2**2 + 1.8 * w1 * w2\n    loss.backward()\n    optimizer.step()\nprint(loss.item())")
        body += output("0.0012907395")
        body += "</details>\n"
        body += """
        <section class="exercise" id="exercise-2">
        <header class="exercise-title"><span class="exercise-label">Exercise 2</span> Write the update yourself</header>
        <p>Complete the function so that it performs one momentum step.</p>

        """
        body += code("def momentum_step(w, v, grad, lr=0.01, beta=0.9):\n    v = ...\n    return w - lr * v, v")
        body += "<p class=\"not-run\">This code is not run.</p>\n"
        body += "</section>\n"
        body += "<div class=\"cell\">\n" + code("optimizer = torch.optim.Adamw([w1, w2])")
        body += "<pre class=\"output error\" aria-label=\"Error\">Traceback (most recent call last):\n  File \"notebooks/03-optimizers.md\", line 212, in &lt;module&gt;\nAttributeError: module 'torch.optim' has no attribute 'Adamw'. Did you mean: 'AdamW'?</pre>\n</div>\n"
        body += """
        <div class="callout callout-note" role="note"><p class="callout-title">Note</p><p>Every figure and output on this page was computed when the course was built.</p></div>

        """
        return PageLayout.lessonPage(
            course: "Applied Deep Learning", title: "Optimizers and schedulers",
            tocHTML: PageLayout.tableOfContents(headings: headings), bodyHTML: body,
            previous: ("Linear regression by hand", "linear-regression.html"),
            next: ("Training a small network", "mlp.html"), stylesheetHref: "descent.css")
    }

    struct Step { var w1: Double; var w2: Double; var loss: Double }

    /// Plain gradient descent on w1² + w2² + 1.8 w1 w2 with step 0.1 from (-4.5, -2).
    static func trajectory() -> [Step] {
        var w1 = -4.5, w2 = -2.0
        var steps: [Step] = []
        for _ in 0..<12 {
            let loss = w1 * w1 + w2 * w2 + 1.8 * w1 * w2
            steps.append(Step(w1: w1, w2: w2, loss: loss))
            let g1 = 2 * w1 + 1.8 * w2, g2 = 2 * w2 + 1.8 * w1
            w1 -= 0.1 * g1
            w2 -= 0.1 * g2
        }
        return steps
    }

    static func logTable(_ steps: [Step]) -> String {
        var out = "<div class=\"log\">\n<table>\n<caption>step_size=0.1</caption>\n<thead><tr><th>epoch</th><th>w1</th><th>w2</th><th>loss</th><th>lr</th></tr></thead>\n<tbody>\n"
        for (i, step) in steps.enumerated() {
            out += String(format: "<tr><td>%d</td><td>%.6f</td><td>%.6f</td><td>%.6f</td><td>0.1</td></tr>\n",
                          i + 1, step.w1, step.w2, step.loss)
        }
        return out + "</tbody>\n</table></div>\n"
    }

    /// A contour plot of the reg loss drawn the way the Figures target draws: axes and text in
    /// `currentColor`, contours in a fixed colormap.
    static func inlineMath(_ text: String) -> String {
        var html = ""
        for segment in MathML.segments(in: text) {
            switch segment {
            case let .text(text): html += text
            case let .math(span): html += (try? MathML.render(tex: span.tex, display: false)) ?? ""
            }
        }
        return html
    }

    static func drawnFigure() -> String {
        let width = 640.0, height = 480.0
        let left = 80.0, right = 576.0, top = 58.0, bottom = 426.0
        func x(_ w1: Double) -> Double { left + (w1 + 5) / 10 * (right - left) }
        func y(_ w2: Double) -> Double { bottom - (w2 + 5) / 10 * (bottom - top) }
        let colors = ["#30123b", "#4145ab", "#4675ed", "#39a2fc", "#1bcfd4", "#24eca6", "#61fc6c",
                      "#a4fc3b", "#d1e834", "#f3c63a", "#fe9b2d", "#f36315", "#d93806", "#b11901", "#7a0402"]
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fig\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"Contour plot of the loss with the descent path\" font-family=\"system-ui, sans-serif\">\n"
        svg += "<defs><clipPath id=\"plot-area\"><rect x=\"\(Int(left))\" y=\"\(Int(top))\" width=\"\(Int(right - left))\" height=\"\(Int(bottom - top))\"/></clipPath></defs>\n"
        svg += "<g clip-path=\"url(#plot-area)\" fill=\"none\" stroke-width=\"1\">\n"
        let sx = (right - left) / 10, sy = (bottom - top) / 10
        for (k, color) in colors.enumerated() {
            let level = 0.4 + Double(k * k) * 0.55
            let a = (level / 1.9).squareRoot(), b = (level / 0.1).squareRoot()
            // Axes of the ellipse along (1, 1) and (1, -1), scaled into the plot.
            var d = ""
            for t in stride(from: 0.0, through: 2 * Double.pi + 0.01, by: Double.pi / 60) {
                let u = a * cos(t), v = b * sin(t)
                let w1 = (u + v) / 2.0.squareRoot(), w2 = (u - v) / 2.0.squareRoot()
                d += (d.isEmpty ? "M" : "L") + String(format: "%.1f %.1f", x(0) + w1 * sx, y(0) - w2 * sy)
            }
            svg += "<path d=\"\(d)Z\" stroke=\"\(color)\"/>\n"
        }
        svg += "</g>\n"
        let steps = trajectory()
        svg += "<polyline fill=\"none\" stroke=\"#999\" stroke-width=\"1\" points=\""
            + steps.map { String(format: "%.1f,%.1f", x($0.w1), y($0.w2)) }.joined(separator: " ") + "\"/>\n"
        let viridis = ["#440154", "#482878", "#3e4989", "#31688e", "#26828e", "#1f9e89", "#35b779", "#6ece58", "#b5de2b", "#fde725"]
        for (i, step) in steps.enumerated() {
            svg += String(format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%@\"/>\n", x(step.w1), y(step.w2),
                          viridis[min(i * viridis.count / steps.count, viridis.count - 1)])
        }
        svg += String(format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\" fill=\"dodgerblue\" stroke=\"white\"/>\n", x(0), y(0))
        svg += "<g stroke=\"currentColor\" fill=\"none\"><rect x=\"\(Int(left))\" y=\"\(Int(top))\" width=\"\(Int(right - left))\" height=\"\(Int(bottom - top))\"/>\n"
        for tick in stride(from: -4, through: 4, by: 2) {
            svg += String(format: "<path d=\"M%.1f %.0fv5M%.0f %.1fh-5\"/>", x(Double(tick)), bottom, left, y(Double(tick)))
        }
        svg += "</g>\n<g fill=\"currentColor\" font-size=\"13\">\n"
        for tick in stride(from: -4, through: 4, by: 2) {
            svg += String(format: "<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">%d</text>", x(Double(tick)), bottom + 20, tick)
            svg += String(format: "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\" dominant-baseline=\"middle\">%d</text>", left - 9, y(Double(tick)), tick)
        }
        svg += "\n<text x=\"328\" y=\"40\" text-anchor=\"middle\" font-size=\"15\">step_size=0.1</text>\n"
        svg += "<text x=\"328\" y=\"466\" text-anchor=\"middle\">w1</text><text x=\"30\" y=\"242\" text-anchor=\"middle\" transform=\"rotate(-90 30 242)\">w2</text>\n</g>\n</svg>\n"
        return svg
    }
}
