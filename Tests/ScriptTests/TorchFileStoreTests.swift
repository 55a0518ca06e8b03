import Foundation
import Testing
@testable import Script

/// `torch.save`/`torch.load` keep files in the session's memory: a file saved in one cell
/// loads in a later one, an exercise's copy of the session sees the files saved before it
/// and its own saves stay in the copy, and nothing is written to disk.
@Suite struct TorchFileStoreTests {
    @Test func filesOutliveTheirCellAndFollowCopies() {
        let session = ScriptSession()
        let cwd = FileManager.default.currentDirectoryPath
        let save = session.run(source: "w = torch.tensor([1.5, 2.0])\ntorch.save({'w': w, 'n': 3}, 'ckpt.pth')\n", file: "lesson.md")
        #expect(save.succeeded)
        #expect(!FileManager.default.fileExists(atPath: cwd + "/ckpt.pth"))
        let load = session.run(source: "c = torch.load('./ckpt.pth', weights_only=True)\nprint(c, c['w'] is w)\n", file: "lesson.md")
        #expect(load.stdout == "{'w': tensor([1.5000, 2.0000]), 'n': 3} False\n", "\(load.error?.traceback ?? "")")
        let copy = session.copy()
        let inCopy = copy.run(source: "print(torch.load('ckpt.pth')['n'])\ntorch.save(1, 'only_in_copy.pt')\n", file: "exercise.md")
        #expect(inCopy.stdout == "3\n", "\(inCopy.error?.traceback ?? "")")
        let missing = session.run(source: "torch.load('only_in_copy.pt')\n", file: "lesson.md")
        #expect(missing.error?.summary.contains("FileNotFoundError: [Errno 2] No such file or directory: 'only_in_copy.pt'") == true,
                "\(missing.error?.summary ?? "")")
    }
}
