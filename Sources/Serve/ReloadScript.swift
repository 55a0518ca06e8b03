/// The script served pages carry: it listens for rebuilds on Server-Sent Events and reloads
/// the page, keeping its scroll position. Pages that `descent build` writes never contain it;
/// the server adds it as it sends a page.
enum ReloadScript {
    /// The path of the event stream.
    static let eventsPath = "/_descent/events"

    /// The `<script>` element for a page built in round `generation`.
    ///
    /// The stream names the latest round as soon as it connects and after every rebuild; the
    /// page reloads when that differs from its own, so a rebuild between loading the page and
    /// connecting is not missed. The scroll position is kept in `sessionStorage` per path.
    static func element(generation: Int) -> String {
        """
        <script id="descent-live-reload">
        (function () {
          var generation = "\(generation)";
          var key = "descent-scroll:" + location.pathname;
          var saved = sessionStorage.getItem(key);
          if (saved !== null) {
            sessionStorage.removeItem(key);
            var y = parseFloat(saved);
            var restore = function () { window.scrollTo(0, y); };
            if (document.readyState === "complete") { restore(); } else { window.addEventListener("load", restore); }
          }
          var source = new EventSource("\(eventsPath)");
          source.addEventListener("reload", function (event) {
            if (event.data === generation) { return; }
            source.close();
            sessionStorage.setItem(key, String(window.scrollY));
            location.reload();
          });
        })();
        </script>
        """
    }

    /// `html` with the script inserted before `</body>` (appended when there is none).
    static func inject(into html: String, generation: Int) -> String {
        let script = element(generation: generation) + "\n"
        if let range = html.range(of: "</body>", options: .backwards) {
            var page = html
            page.insert(contentsOf: script, at: range.lowerBound)
            return page
        }
        return html + script
    }
}
