import FlyingFox
import Foundation
import Render

/// Answers the preview's HTTP requests: files of the built site (pages with the reload
/// script added), the problems page in place of a lesson with errors, and the event stream.
struct PreviewHandler: HTTPHandler {
    let folder: String
    let state: StateBox
    let hub: ReloadHub

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return Self.response(.methodNotAllowed, type: "text/plain; charset=utf-8", body: Data("Only GET and HEAD are served.\n".utf8),
                                 extra: [.init("Allow"): "GET, HEAD"])
        }
        let rawPath = request.target.path(percentEncoded: true)
        if rawPath == ReloadScript.eventsPath {
            var headers = HTTPHeaders()
            headers[.contentType] = "text/event-stream; charset=utf-8"
            headers[.cacheControl] = "no-store"
            headers[HTTPHeader("X-Accel-Buffering")] = "no"
            return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: EventStreamBody(stream: hub.subscribe())))
        }
        let current = state.value
        let generation = hub.current
        if rawPath == ProblemsPage.path {
            let html = ProblemsPage.html(diagnostics: current.diagnostics, sources: current.sources, lastGood: nil, title: current.title)
            return page(ReloadScript.inject(into: html, generation: generation), head: request.method == .HEAD)
        }
        guard let relative = SitePath.resolve(rawPath) else { return notFound(request) }
        let isPage = relative.hasSuffix(".html")
        if isPage && !current.built {
            return page(ReloadScript.inject(into: Self.buildingPage, generation: generation), head: request.method == .HEAD)
        }
        let file = URL(fileURLWithPath: folder).appendingPathComponent(relative)
        let lastGood = request.target.query(percentEncoded: false).split(separator: "&").contains("last-good")
        if isPage, !lastGood, current.courseFailed || current.failedPages.contains(relative) {
            let exists = FileManager.default.fileExists(atPath: file.path)
            let html = ProblemsPage.html(diagnostics: current.diagnostics, sources: current.sources,
                                         lastGood: exists && !current.courseFailed ? "/\(relative)?last-good" : nil, title: current.title)
            return page(ReloadScript.inject(into: html, generation: generation), head: request.method == .HEAD)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory) else { return notFound(request) }
        if isDirectory.boolValue {
            // `/part1` → `/part1/`, where index.html would be.
            return Self.response(.movedPermanently, type: "text/plain; charset=utf-8", body: Data(), extra: [.location: rawPath + "/"])
        }
        guard let data = FileManager.default.contents(atPath: file.path) else { return notFound(request) }
        if isPage {
            return page(ReloadScript.inject(into: String(decoding: data, as: UTF8.self), generation: generation), head: request.method == .HEAD)
        }
        return Self.response(.ok, type: ContentType.of(relative), body: data, head: request.method == .HEAD)
    }

    private func page(_ html: String, head: Bool) -> HTTPResponse {
        Self.response(.ok, type: "text/html; charset=utf-8", body: Data(html.utf8), head: head)
    }

    private func notFound(_ request: HTTPRequest) -> HTTPResponse {
        Self.response(.notFound, type: "text/plain; charset=utf-8", body: Data("Not found.\n".utf8), head: request.method == .HEAD)
    }

    /// A response that no cache keeps: every request sees the latest build.
    static func response(_ status: HTTPStatusCode, type: String, body: Data, head: Bool = false, extra: [HTTPHeader: String] = [:]) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        for (name, value) in extra { headers[name] = value }
        if head {
            headers[.contentLength] = String(body.count)
            return HTTPResponse(statusCode: status, headers: headers, body: Data())
        }
        return HTTPResponse(statusCode: status, headers: headers, body: body)
    }

    /// Shown until the first build finishes; its script reloads the page then.
    static let buildingPage = """
    <!DOCTYPE html>
    <html lang="en">
    <head><meta charset="utf-8"><title>Building…</title></head>
    <body><p>Descent is building the course; this page reloads when it is ready.</p></body>
    </html>

    """
}

/// The latest `PreviewState`, shared between the build loop and request handlers.
final class StateBox: @unchecked Sendable {
    private let lock = NSLock()
    private var state = PreviewState.initial

    var value: PreviewState {
        get { lock.withLock { state } }
        set { lock.withLock { state = newValue } }
    }
}
