import Notebook
import Testing
@testable import Site

/// Default figure titles, as the seed's `plot_train` helper writes them.
@Suite struct DescentTitleTests {
    static let window = ":loss: reg\n:x: [-5, 5]\n:y: [-5, 5]\n:grid: 10\n:epochs: 2\n"

    func title(_ options: String) throws -> String {
        let spec = try #require(LessonBuild.spec(Self.window + options))
        return DescentRun.title(spec)
    }

    @Test func defaultTitles() throws {
        #expect(try title(":step_size: 0.01") == "step_size=0.01")
        #expect(try title(":step_size: 100") == "step_size=100")
        #expect(try title(":step_size: 100.0") == "step_size=100.0")
        #expect(try title(":step_size: 1e-3") == "step_size=0.001")
        #expect(try title(":optimizer: SGD(lr=0.01)") == "SGD - {'lr': 0.01}")
        #expect(try title(":optimizer: torch.optim.SGD(lr=0.01, momentum=0.6)") == "SGD - {'lr': 0.01, 'momentum': 0.6}")
        #expect(try title(":optimizer: Adam(lr=0.3, betas=(0.8, 0.99))") == "Adam - {'lr': 0.3, 'betas': (0.8, 0.99)}")
        #expect(try title(":optimizer: SGD(lr=0.04)\n:scheduler: ExponentialLR(gamma=0.95)") == "SGD - {'lr': 0.04} - ExponentialLR")
        #expect(try title(":optimizer: SGD(lr=0.04)\n:scheduler: torch.optim.lr_scheduler.ReduceLROnPlateau(patience=0, factor=0.8)")
                == "SGD - {'lr': 0.04} - ReduceLROnPlateau")
        #expect(try title(":optimizer: Adam()") == "Adam - {}")
    }

    @Test func givenTitleWins() throws {
        #expect(try title(":optimizer: SGD(lr=0.01)\n:title: Mine") == "Mine")
    }

    /// A bare class name (`optimizer: Adagrad`, allowed by the format) is a call with no arguments.
    @Test func bareOptimizerNameTitle() throws {
        let t = try title(":optimizer: Adagrad")
        #expect(t == "Adagrad - {}")
    }

    /// A scheduler whose arguments are not literals (SequentialLR's nested schedulers)
    /// keeps its ` - SequentialLR` suffix.
    @Test func nestedSchedulerTitle() throws {
        let t = try title(":optimizer: SGD(lr=0.1)\n:scheduler: SequentialLR(schedulers=[LinearLR(start_factor=0.5, total_iters=2), ExponentialLR(gamma=0.9)], milestones=[2])")
        #expect(t == "SGD - {'lr': 0.1} - SequentialLR")
    }
}
