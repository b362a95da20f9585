/// The words after a bar of the text funnel chart, in the language being rendered
/// (`DisplayLanguage.current`): `50.0% of previous, 50.0% of new cards`,
/// `占上一阶段 50.0%，占新增 50.0%`.
enum BarCaptionText {
    static func ofPrevious(_ percent: String) -> String {
        DisplayLanguage.current == .chinese ? "占上一阶段 \(percent)" : "\(percent) of previous"
    }

    /// Follows `ofPrevious`, with its separator.
    static func ofNewCards(_ percent: String) -> String {
        DisplayLanguage.current == .chinese ? "，占新增 \(percent)" : ", \(percent) of new cards"
    }
}
