import Engine
import Foundation
import Testing
@testable import Script

/// The seed lesson's `train` helper, written in the script language, reproduces every
/// optimizer run of the lesson exactly as PyTorch ran it (Fixtures/seed-cells.json).
@Suite struct SeedTrainingTests {
    static let helper = """
        import torch

        def sin_loss_fn(w1, w2):
            return (torch.sin(w2) * torch.exp(1 - torch.cos(w1)) ** 2
                    + torch.cos(w1) * torch.exp(1 - torch.sin(w2)) ** 2
                    + (w1 - w2) ** 2)

        def reg_loss_fn(w1, w2):
            return w1**2 + w2**2 + 1.8 * w1 * w2

        def train(epochs, loss_fn, step_size=None, w1_init=0.0, w2_init=0.0, optimizer=None,
                  optimizer_params=None, scheduler=None, scheduler_params=None):
            w1 = torch.tensor(w1_init, requires_grad=True)
            w2 = torch.tensor(w2_init, requires_grad=True)
            if optimizer is None:
                optimizer = torch.optim.SGD; optimizer_params = {"lr": step_size}
            if optimizer_params is None: optimizer_params = {}
            optimizer = optimizer(params=[w1, w2], **optimizer_params)
            if scheduler_params is None: scheduler_params = {}
            if scheduler is not None: scheduler = scheduler(optimizer, **scheduler_params)
            def train_step(epoch):
                optimizer.zero_grad()
                w1_value = w1.item(); w2_value = w2.item()
                loss = loss_fn(w1, w2)
                loss.backward()
                optimizer.step()
                if scheduler is not None:
                    if isinstance(scheduler, torch.optim.lr_scheduler.ReduceLROnPlateau):
                        scheduler.step(loss)
                    else:
                        scheduler.step()
                return {"epoch": epoch, "w1": w1_value, "w2": w2_value, "loss": loss.item(),
                        "lr": optimizer.param_groups[0]["lr"]}
            return [train_step(epoch + 1) for epoch in range(epochs)]

        """

    struct Cells: Decodable {
        struct Constructor: Decodable {
            let name: String
            let params: [String: Double]
        }
        struct Case: Decodable {
            let id: String
            let loss: String
            let init_: [Double]
            let epochs: Int
            let optimizer: Constructor?
            let scheduler: Constructor?
            let step_size: Double?
            let rows: [[Double]]
            let lr: [Double]
            enum CodingKeys: String, CodingKey {
                case id, loss, epochs, optimizer, scheduler, step_size, rows, lr
                case init_ = "init"
            }
        }
        let cases: [Case]
    }

    static func call(_ c: Cells.Case) -> String {
        func dict(_ p: [String: Double]) -> String {
            "{" + p.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \(PyFormat.repr($0.value))" }.joined(separator: ", ") + "}"
        }
        var args = ["\(c.epochs)", "\(c.loss)_loss_fn", "w1_init=\(PyFormat.repr(c.init_[0]))", "w2_init=\(PyFormat.repr(c.init_[1]))"]
        if let s = c.step_size { args.append("step_size=\(PyFormat.repr(s))") }
        if let o = c.optimizer { args += ["optimizer=torch.optim.\(o.name)", "optimizer_params=\(dict(o.params))"] }
        if let s = c.scheduler { args += ["scheduler=torch.optim.lr_scheduler.\(s.name)", "scheduler_params=\(dict(s.params))"] }
        return "rows = train(\(args.joined(separator: ", ")))\nfor r in rows:\n    print(r['epoch'], r['w1'], r['w2'], r['loss'], r['lr'])\n"
    }

    /// Bit for bit with MKL's functions, as torch computes them; with libm the chaotic runs
    /// leave torch's path (the engine's own tests cover how far they follow it).
    @Test(.enabled(if: MathBackend.automatic.name == "mkl", "needs Intel MKL (mkl==2024.2.0) for torch's sin/cos/exp/log"))
    func everySeedRunMatchesPyTorch() throws {
        let url = hostVariant(of: try #require(fixtureURL("seed-cells.json")))
        let cells = try JSONDecoder().decode(Cells.self, from: Data(contentsOf: url))
        #expect(cells.cases.count == 26)
        let session = ScriptSession(importTorch: false)
        #expect(session.run(source: Self.helper, file: "helper.py").succeeded)
        for c in cells.cases {
            let r = session.copy().run(source: Self.call(c), file: "\(c.id).py")
            #expect(r.error == nil, "\(c.id): \(r.error?.traceback ?? "")")
            let rows = r.stdout.split(separator: "\n").map { $0.split(separator: " ").compactMap { Double($0) } }
            #expect(rows.count == c.rows.count, "\(c.id)")
            for (got, want) in zip(rows, c.rows) where Array(got.prefix(4)) != want {
                Issue.record("\(c.id): epoch \(want[0]) got \(got) want \(want)")
                break
            }
            #expect(rows.map { $0.last ?? .nan } == c.lr, "\(c.id) lr")
        }
    }
}
