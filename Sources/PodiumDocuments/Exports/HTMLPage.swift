import PodiumCore

/// The frame every HTML document shares, so that each is one self-contained page that loads
/// nothing: UTF-8, the document's language, a content policy that lets no request out (styles
/// and, for the slides, the one script are inline), the title escaped once here.
enum HTMLPage {
    static func render(title: String, language: String, css: String, body: String, script: String? = nil, viewport: Bool = false) -> String {
        let policy = "default-src 'none'; style-src 'unsafe-inline'" + (script == nil ? "" : "; script-src 'unsafe-inline'")
        return """
            <!DOCTYPE html>
            <html lang="\(language)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(policy)">\(viewport ? "\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" : "")
            <title>\(DocumentText.html(title))</title>
            <style>
            \(css)
            </style>
            </head>
            <body>
            \(body.hasSuffix("\n") ? String(body.dropLast()) : body)\(script.map { "\n<script>\n\($0)\n</script>" } ?? "")
            </body>
            </html>

            """
    }
}
