import FunnelEngine

extension RenderOptions {
    /// The language this output is shown in: `language` for people's formats, English
    /// for csv and json, which programs read (their keys and values never change with
    /// the language: docs/language.md, "Chinese display").
    public var shownLanguage: DisplayLanguage {
        switch format {
        case .csv, .json: .english
        default: language
        }
    }
}

extension Renderer {
    /// `tables` as a reader of `options.shownLanguage` sees them, and the phrases worded
    /// in that language while `render` writes them.
    func inShownLanguage(_ tables: [ResultTable], _ render: ([ResultTable]) -> Void) {
        let language = options.shownLanguage
        DisplayLanguage.$current.withValue(language) {
            render(language == .chinese ? tables.map(ChineseTable.shown) : tables)
        }
    }
}
