import FunnelText

/// An SVG document built element by element, one element a line. Text is escaped
/// here, and coordinates are written with at most one decimal, so a chart is the
/// same bytes on every machine (its golden file compares them). Nothing outside the
/// file is referenced: no web font, no script, no link, so the file opens anywhere
/// and the fonts come from the viewer's machine (`ChartStyle.fontFamily`, which
/// names CJK fonts first, so Chinese shows).
struct SVGCanvas {
    enum Anchor: String {
        case start, middle, end
    }

    let width: Int
    var height: Int
    private(set) var elements: [String] = []

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// A rectangle; `check` names a mark the screenshot test finds by its colour
    /// (`data-check`), so every bar and stage says what it is.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, check: String? = nil) {
        var attributes = "x=\"\(SVGCanvas.number(x))\" y=\"\(SVGCanvas.number(y))\" "
            + "width=\"\(SVGCanvas.number(max(0, width)))\" height=\"\(SVGCanvas.number(max(0, height)))\" "
            + "fill=\"\(fill)\""
        if let check { attributes += " data-check=\"\(SVGCanvas.escaped(check))\"" }
        elements.append("<rect \(attributes)/>")
    }

    mutating func circle(x: Double, y: Double, radius: Double, fill: String, check: String? = nil) {
        var attributes = "cx=\"\(SVGCanvas.number(x))\" cy=\"\(SVGCanvas.number(y))\" "
            + "r=\"\(SVGCanvas.number(radius))\" fill=\"\(fill)\""
        if let check { attributes += " data-check=\"\(SVGCanvas.escaped(check))\"" }
        elements.append("<circle \(attributes)/>")
    }

    mutating func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double), stroke: String,
                       width: Double = 1, dashed: Bool = false) {
        elements.append("<line x1=\"\(SVGCanvas.number(start.x))\" y1=\"\(SVGCanvas.number(start.y))\" "
                        + "x2=\"\(SVGCanvas.number(end.x))\" y2=\"\(SVGCanvas.number(end.y))\" stroke=\"\(stroke)\" "
                        + "stroke-width=\"\(SVGCanvas.number(width))\"" + (dashed ? " stroke-dasharray=\"6 4\"" : "")
                        + "/>")
    }

    mutating func polygon(_ points: [(x: Double, y: Double)], fill: String) {
        elements.append("<polygon points=\"\(SVGCanvas.points(points))\" fill=\"\(fill)\"/>")
    }

    mutating func polyline(_ points: [(x: Double, y: Double)], stroke: String, width: Double) {
        guard points.count > 1 else { return }
        elements.append("<polyline points=\"\(SVGCanvas.points(points))\" fill=\"none\" stroke=\"\(stroke)\" "
                        + "stroke-width=\"\(SVGCanvas.number(width))\" stroke-linejoin=\"round\"/>")
    }

    /// Text whose baseline starts, centres or ends at (x, y); `rotated` turns it a
    /// quarter anticlockwise about that point (an axis title); `halo` outlines it in
    /// the ground's colour, so a value stays legible where a line crosses it.
    mutating func text(_ text: String, x: Double, y: Double, size: Double, anchor: Anchor = .start,
                       bold: Bool = false, fill: String = ChartStyle.ink, rotated: Bool = false, halo: Bool = false) {
        guard !text.isEmpty else { return }
        var attributes = "x=\"\(SVGCanvas.number(x))\" y=\"\(SVGCanvas.number(y))\" "
            + "font-size=\"\(SVGCanvas.number(size))\" fill=\"\(fill)\""
        if anchor != .start { attributes += " text-anchor=\"\(anchor.rawValue)\"" }
        if bold { attributes += " font-weight=\"bold\"" }
        if halo {
            attributes += " stroke=\"\(ChartStyle.ground)\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\""
        }
        if rotated {
            attributes += " transform=\"rotate(-90 \(SVGCanvas.number(x)) \(SVGCanvas.number(y)))\""
        }
        elements.append("<text \(attributes)>\(SVGCanvas.escaped(text))</text>")
    }

    /// The whole document: its size, the fonts, a title and description for screen
    /// readers and file browsers, a white ground (slides and dark viewers show the
    /// chart as drawn), then the elements.
    func document(title: String, description: String) -> String {
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
                + "viewBox=\"0 0 \(width) \(height)\" font-family=\"\(ChartStyle.fontFamily)\" xml:lang=\"zh-CN\">",
            "<title>\(SVGCanvas.escaped(title))</title>",
            "<desc>\(SVGCanvas.escaped(description))</desc>",
            "<rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\" fill=\"\(ChartStyle.ground)\"/>",
        ]
        lines += elements
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A coordinate with at most one decimal, rounded half away from zero: `12`, `12.5`.
    static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e9 else { return "0" }
        let tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? sign + String(magnitude / 10) : sign + "\(magnitude / 10).\(magnitude % 10)"
    }

    static func points(_ points: [(x: Double, y: Double)]) -> String {
        points.map { number($0.x) + "," + number($0.y) }.joined(separator: " ")
    }

    /// Text made safe for XML content and attribute values.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default:
                // Control characters other than tab and line ends are not allowed in XML 1.0.
                if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                   scalar.value < 0x20, scalar != "\t", scalar != "\n", scalar != "\r" {
                    result += " "
                } else {
                    result.append(character)
                }
            }
        }
        return result
    }

    /// About how wide `text` is at `size` points in a sans-serif face: Chinese
    /// characters a full em, Latin letters and digits a little over half. Charts
    /// leave room by it; the viewer's font decides the rest.
    static func estimatedWidth(_ text: String, size: Double) -> Double {
        Double(DisplayWidth.of(text)) * size * 0.56
    }
}
