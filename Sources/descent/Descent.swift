import ArgumentParser
import Site

@main
struct Descent: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run and publish literate deep-learning lessons.")
}
