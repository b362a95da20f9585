/// The look every chart shares: fonts, colours, the page width. One place, so a
/// funnel and a trend put side by side on a slide look like one deck.
enum ChartStyle {
    /// CJK faces first, as Debian, Windows and macOS name them, then any sans-serif:
    /// the file names no web font, so Chinese shows with what the viewer has.
    static let fontFamily = "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', "
        + "'PingFang SC', 'Hiragino Sans GB', sans-serif"
    static let width = 960
    /// Left and right margin.
    static let margin = 32.0
    static let ground = "#ffffff"
    static let ink = "#222222"
    static let muted = "#666666"
    static let grid = "#e3e3e3"
    static let axis = "#999999"
    /// Between a funnel's stages.
    static let neck = "#e8ebf1"
    /// A KPI's line or bars.
    static let series = "#4c72b0"
    /// The total: a reference line.
    static let total = "#dd8452"
    /// A colour per funnel stage, in order, distinct enough on a projector (and for
    /// the screenshot test to tell apart).
    static let stages = ["#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860"]

    static func stage(_ index: Int) -> String { stages[((index % stages.count) + stages.count) % stages.count] }

    static let titleSize = 24.0
    static let subtitleSize = 15.0
    static let labelSize = 14.0
    static let smallSize = 12.0
    static let noteSize = 12.0
    static let noteLeading = 17.0
}
