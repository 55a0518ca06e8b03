import Testing
@testable import Notebook

@Suite struct LessonParserTests {
    func parse(_ text: String) -> (Lesson, [Diagnostic]) {
        let (lesson, diagnostics) = LessonParser.parse(text, path: "lesson.md")
        return (lesson, diagnostics)
    }

    func descentBlocks(_ lesson: Lesson) -> [DescentBlock] {
        lesson.blocks.compactMap { if case .descent(let b) = $0 { return b } else { return nil } }
    }

    @Test func frontMatter() {
        let (lesson, diagnostics) = parse("""
        ---
        title: Optimizers and schedulers
        order: 3
        summary: One sentence.
        presets:
          sin-window: {loss: sin, x: [-14, 0], y: [-6, 12], grid: 100}
        ---

        Some *prose*.
        """)
        #expect(diagnostics.isEmpty)
        #expect(lesson.title == "Optimizers and schedulers")
        #expect(lesson.frontMatter.order == 3)
        #expect(lesson.frontMatter.summary == "One sentence.")
        #expect(lesson.frontMatter.presets.map(\.key) == ["sin-window"])
        guard case .prose(let node) = lesson.blocks.first else { Issue.record("no prose"); return }
        #expect(node.range.start.line == 9)
    }

    @Test func titleFallsBackToHeadingThenFileName() {
        #expect(parse("# A heading\n\ntext\n").0.title == "A heading")
        #expect(LessonParser.parse("text\n", path: "notes/01-intro.md").lesson.title == "01-intro")
    }

    @Test func colonOptionsWithLocations() {
        let (lesson, diagnostics) = parse("""
        Intro.

        ```{descent}
        :loss: w1**2 + w2**2
        :x: [-5, 5]
        :y: [-4, 4]
        :start: [-4.5, -2.0]
        :epochs: 10
        :optimizer: SGD(lr=0.1, momentum=0.6)
        ```
        """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let block = try! #require(descentBlocks(lesson).first)
        let spec = block.panels[0]
        #expect(spec.loss.value == "w1**2 + w2**2")
        #expect(spec.loss.range.start.line == 4)
        #expect(spec.loss.range.start.column == 8)
        #expect(spec.x == -5...5)
        #expect(spec.start == [-4.5, -2.0])
        #expect(spec.epochs == 10)
        #expect(spec.optimizer?.value == "SGD(lr=0.1, momentum=0.6)")
        #expect(spec.optimizer?.range.start == SourceLocation(file: "lesson.md", line: 9, column: 13))
    }

    @Test func yamlBlockOptionsWithLocations() {
        let (lesson, diagnostics) = parse("""
        ```{descent}
        ---
        loss: sin
        x: [-14, 0]
        y: [-6, 12]
        optimizer: "RMSprop(lr=0.3)"
        epochs: 60
        ---
        ```
        """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let spec = try! #require(descentBlocks(lesson).first).panels[0]
        #expect(spec.optimizer?.value == "RMSprop(lr=0.3)")
        #expect(spec.optimizer?.range.start.line == 6)
        // At the text, after the opening quote, so columns within the code land on it.
        #expect(spec.optimizer?.range.start.column == 13)
        #expect(spec.epochs == 60)
    }

    @Test func yamlErrorIsLocated() {
        let (_, diagnostics) = parse("""
        ```{descent}
        ---
        loss: sin
        x: [-14, 0
        ---
        ```
        """)
        let error = try! #require(diagnostics.first)
        #expect(error.message.hasPrefix("invalid YAML"))
        #expect(error.range?.start.line ?? 0 >= 4)
    }

    @Test func misspelledOptionSuggests() {
        let (_, diagnostics) = parse("""
        ```{descent}
        :loss: sin
        :x: [-1, 1]
        :y: [-1, 1]
        :epoch: 10
        ```
        """)
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].message == "unknown option 'epoch' for {descent}; did you mean 'epochs'?")
        #expect(diagnostics[0].range?.start == SourceLocation(file: "lesson.md", line: 5, column: 2))
    }

    @Test func unknownDirectiveSuggests() {
        let (_, diagnostics) = parse("```{decsent}\n:loss: sin\n```\n")
        #expect(diagnostics.first?.message == "unknown directive '{decsent}'; did you mean '{descent}'?")
        #expect(diagnostics.first?.range?.start.line == 1)
    }

    @Test func presetsAndUseAndNamedBlocks() {
        let (lesson, diagnostics) = parse("""
        ---
        presets:
          win: {loss: sin, x: [-14, 0], y: [-6, 12]}
          start2: {use: win, start: [-12, 10]}
        ---

        ```{descent}
        :use: start2
        :name: first
        :step_size: 0.01
        :epochs: 30
        ```

        ```{descent}
        :use: first
        :optimizer: SGD(lr=0.01)
        ```
        """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let blocks = descentBlocks(lesson)
        #expect(blocks.count == 2)
        #expect(blocks[0].name == "first")
        #expect(blocks[0].panels[0].start == [-12, 10])
        #expect(blocks[0].panels[0].stepSize == 0.01)
        let second = blocks[1].panels[0]
        #expect(second.loss.value == "sin")
        #expect(second.epochs == 30)
        #expect(second.stepSize == nil, "optimizer replaces an inherited step_size")
        #expect(second.optimizer?.value == "SGD(lr=0.01)")
        #expect(blocks[1].name == nil)
    }

    @Test func useCycleAndUnknownPreset() {
        let (_, diagnostics) = parse("""
        ---
        presets:
          a: {use: b, loss: sin}
          b: {use: a}
        ---

        ```{descent}
        :use: a
        ```

        ```{descent}
        :use: winodw
        ```
        """)
        #expect(diagnostics.count == 2)
        #expect(diagnostics[0].message == "'use' forms a cycle: a -> b -> a")
        #expect(diagnostics[1].message.hasPrefix("unknown preset or block name 'winodw'"))
        #expect(diagnostics[1].range?.start.line == 12)
    }

    @Test func panelsInheritBlockOptions() {
        let (lesson, diagnostics) = parse("""
        ```{descent}
        :loss: reg
        :x: [-5, 5]
        :y: [-5, 5]
        :start: [-4.5, -2.0]
        :optimum: [0, 0]
        :panels: [{optimizer: "SGD(lr=0.6)", epochs: 10}, {optimizer: "RMSprop(lr=0.6)", epochs: 50}]
        :caption: Two optimizers.
        ```
        """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let block = try! #require(descentBlocks(lesson).first)
        #expect(block.panels.count == 2)
        #expect(block.panels[1].optimizer?.value == "RMSprop(lr=0.6)")
        #expect(block.panels[1].epochs == 50)
        #expect(block.panels[0].optimum == [0, 0])
        #expect(block.caption?.value == "Two optimizers.")
    }

    @Test func badValuesAreAllReported() {
        let (_, diagnostics) = parse("""
        ```{descent}
        :loss: sin
        :x: [5, -5]
        :y: 3
        :grid: many
        :show: [figure, lgo]
        ```
        """)
        let messages = diagnostics.map(\.message)
        #expect(messages.contains("'x' must be [min, max] with min < max"))
        #expect(messages.contains("option 'y' expects a list of 2 numbers, found an integer"))
        #expect(messages.contains("option 'grid' expects a whole number, found a string"))
        #expect(messages.contains("unknown output 'lgo' in 'show'; did you mean 'log'?"))
    }

    @Test func scriptBlocksExercisesAndOutputs() {
        let (lesson, diagnostics) = parse("""
        ```{code}
        x = 1
        print(x)
        ```

        ```{output}
        1
        ```

        ```{exercise} Use an optimizer
        :id: use-sgd

        print(2)
        ```

        ```{solution} use-sgd
        :expect: same-output-as-exercise
        print(1 + 1)
        ```

        ```{solution} use-sdg
        print(3)
        ```
        """)
        let scripts = lesson.blocks.compactMap { if case .script(let s) = $0 { return s } else { return nil } }
        #expect(scripts.count == 3)
        #expect(scripts[0].source == "x = 1\nprint(x)\n")
        #expect(scripts[0].firstLine == 2)
        #expect(scripts[0].expectedOutput?.value == "1\n")
        #expect(scripts[1].role == .exercise(id: "use-sgd", title: "Use an optimizer"))
        #expect(scripts[1].source == "print(2)\n")
        #expect(scripts[1].firstLine == 13)
        #expect(scripts[2].role == .solution(exercise: 1, sameOutputAsExercise: true))
        #expect(diagnostics.map(\.message) == ["no exercise with id 'use-sdg' before this solution; did you mean 'use-sgd'?"])
    }

    @Test func mathIsCutOutBeforeCmark() {
        let (lesson, diagnostics) = parse("""
        The update $w_{t+1} = w_t - \\eta \\, g_t$ costs $5 and $6.

        $$
        a * b * c
        $$
        Next line.
        """)
        #expect(diagnostics.isEmpty)
        #expect(lesson.math.count == 2)
        #expect(lesson.math[0].tex == "w_{t+1} = w_t - \\eta \\, g_t")
        #expect(lesson.math[0].display == false)
        #expect(lesson.math[1].tex == "a * b * c")
        #expect(lesson.math[1].display)
        #expect(lesson.math[1].range.start.line == 3)
        #expect(lesson.blocks.count == 2)
        guard case .prose(let second) = lesson.blocks[1] else { Issue.record(); return }
        #expect(second.plainText.contains("Next line."))
    }
}
