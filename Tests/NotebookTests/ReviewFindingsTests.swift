import Testing
@testable import Notebook

/// Problems a review found silently ignored or mislocated; each is now reported.
@Suite struct ReviewFindingsTests {
    func messages(_ text: String) -> [String] {
        LessonParser.parse(text, path: "l.md").diagnostics.map { "\($0.range?.start.line ?? 0): \($0.severity.rawValue): \($0.message)" }
    }

    @Test func directivesNestedInListsAreReported() {
        #expect(messages("- item\n\n  ```{code}\n  print(1)\n  ```\n") ==
                ["3: error: a {code} block inside a list or block quote is not run; unindent it to the top level"])
    }

    @Test func runsMustBeABoolean() {
        #expect(messages("```{code}\n:runs: no\nprint(1)\n```\n") == ["2: error: option 'runs' expects true or false, found a string"])
    }

    @Test func namesAndIDsMustBeAnchors() {
        #expect(messages("```{descent}\n:loss: reg\n:x: [-1, 1]\n:y: [-1, 1]\n:name: a\"b\n```\n")
                == ["5: error: 'name' must be letters, digits, '-' or '_' (it becomes a link anchor), not 'a\"b'"])
        #expect(messages("```{exercise} E\n:id: a b\nprint(1)\n```\n")
                == ["2: error: 'id' must be letters, digits, '-' or '_' (it becomes a link anchor), not 'a b'"])
    }

    @Test func emptyLossIsMissing() {
        #expect(messages("```{descent}\n---\nloss:\nx: [-1, 1]\ny: [-1, 1]\n---\n```\n").first?.hasPrefix("3: error: descent block needs a 'loss'") == true)
    }

    @Test func negativeStepSizeIsAtItsOption() {
        #expect(messages("```{descent}\n:loss: reg\n:x: [-1, 1]\n:y: [-1, 1]\n:epochs: 3\n:step_size: -1\n```\n")
                == ["6: error: option 'step_size' must be a finite number, 0 or more"])
    }

    @Test func optionsWithoutEffectAreWarnings() {
        #expect(messages("```{descent}\n:loss: reg\n:x: [-1, 1]\n:y: [-1, 1]\n:epochs: 3\n```\n")
                == ["5: warning: 'epochs' has no effect without 'optimizer' or 'step_size': only the surface is drawn"])
    }

    @Test func listLengthIsSaid() {
        #expect(messages("```{descent}\n:loss: reg\n:x: [-1, 1, 2]\n:y: [-1, 1]\n```\n")
                == ["3: error: option 'x' expects a list of 2 numbers, found a list of 3"])
    }

    @Test func crlfLessonsKeepTheirLines() {
        let (lesson, diagnostics) = LessonParser.parse("# T\r\n\r\n```{descent}\r\n:loss: reg\r\n:epoch: 3\r\n```\r\n", path: "l.md")
        #expect(lesson.title == "T")
        #expect(diagnostics.first?.range?.start.line == 5)
        #expect(LessonParser.normalizeLineEndings("a\r\nb\rc") == "a\nb\nc")
    }

    @Test func titlesFromHeadingsKeepTheirMathAsTeX() {
        #expect(LessonParser.parse("# Minimising $x^2$\n", path: "l.md").lesson.title == "Minimising x^2")
    }
}

@Suite struct CaptionMathTests {
    @Test func captionMathIsLocatedInTheLesson() {
        let range = SourceRange(SourceLocation(file: "l.md", line: 9, column: 11))
        let (_, spans) = LessonParser.parseFragment("Loss $x^2$ here.", at: range)
        #expect(spans.first?.range.start == SourceLocation(file: "l.md", line: 9, column: 16))
    }
}

/// Inputs that once crashed or hung the tool.
@Suite struct HostileInputTests {
    @Test func deeplyNestedQuotesAreFlattened() {
        let text = String(repeating: ">", count: 10_000) + " x\n"
        let (lesson, diagnostics) = LessonParser.parse(text, path: "l.md")
        #expect(diagnostics.isEmpty)
        #expect(lesson.blocks.count == 1)
    }

    @Test func yamlAnchorsAreRefusedBeforeTheyExpand() {
        let yaml = "a: &a [1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nloss: reg\n"
        let (spec, diagnostics) = DescentResolver.readSpec(yaml: yaml, path: "s.yaml")
        #expect(spec == nil)
        #expect(diagnostics.first?.message == "invalid YAML: anchors and aliases (&name, *name) are not supported")
        #expect(YAMLReader.anchorOffset(in: "title: \"Q &A\"\ncaption: R&D\n") == nil)
    }

    @Test func runsAndGridsAreBounded() {
        let (_, diagnostics) = LessonParser.parse("```{descent}\n:loss: reg\n:x: [-1, 1]\n:y: [-1, 1]\n:grid: 2000\n:levels: 500\n:epochs: 1000000\n:step_size: 0.1\n```\n", path: "l.md")
        #expect(diagnostics.map(\.message) == ["option 'grid' must be from 2 to 1000", "option 'levels' must be from 1 to 100", "option 'epochs' must be from 0 to 100000"])
    }
}
