import FunnelEngine
import FunnelStore
import FunnelText
import Testing
@testable import FunnelOutput

/// How a table meets a narrow screen: which columns give way, and when it turns vertical.
@Suite struct TableFitTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let widths: [Int]
        let headers: [Int]
        let cuttable: [Bool]
        let maxWidth: Int?
        let fit: TableFit
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "no screen: as it is", widths: [7, 40, 11], headers: [2, 4, 5], cuttable: [false, true, false],
             maxWidth: nil, fit: .table(widths: [7, 40, 11], gap: 2)),
        Case(name: "fits: as it is", widths: [7, 40, 11], headers: [2, 4, 5], cuttable: [false, true, false],
             maxWidth: 62, fit: .table(widths: [7, 40, 11], gap: 2)),
        Case(name: "one space apart before anything is cut", widths: [7, 40, 11], headers: [2, 4, 5],
             cuttable: [false, true, false], maxWidth: 60, fit: .table(widths: [7, 40, 11], gap: 1)),
        Case(name: "the widest free text gives way first", widths: [7, 20, 11, 30], headers: [2, 4, 5, 4],
             cuttable: [false, true, false, true], maxWidth: 63, fit: .table(widths: [7, 20, 11, 22], gap: 1)),
        Case(name: "then free text shares the cut", widths: [7, 20, 11, 30], headers: [2, 4, 5, 4],
             cuttable: [false, true, false, true], maxWidth: 55, fit: .table(widths: [7, 17, 11, 17], gap: 1)),
        Case(name: "free text stops at ten columns", widths: [7, 20, 11, 30], headers: [2, 4, 5, 4],
             cuttable: [false, true, false, true], maxWidth: 41, fit: .table(widths: [7, 10, 11, 10], gap: 1)),
        Case(name: "below that: vertical", widths: [7, 20, 11, 30], headers: [2, 4, 5, 4],
             cuttable: [false, true, false, true], maxWidth: 40, fit: .vertical),
        Case(name: "a long header keeps its room", widths: [7, 30], headers: [2, 14], cuttable: [false, true],
             maxWidth: 22, fit: .table(widths: [7, 14], gap: 1)),
        Case(name: "codes and dates are never cut: vertical", widths: [7, 11, 10, 10], headers: [2, 5, 12, 13],
             cuttable: [false, false, false, false], maxWidth: 40, fit: .vertical),
        Case(name: "a short name is not cut below its width", widths: [7, 6, 11], headers: [2, 4, 5],
             cuttable: [false, true, false], maxWidth: 26, fit: .table(widths: [7, 6, 11], gap: 1)),
        Case(name: "a short name cannot make room: vertical", widths: [7, 6, 11], headers: [2, 4, 5],
             cuttable: [false, true, false], maxWidth: 25, fit: .vertical),
    ]

    @Test(arguments: cases)
    func fits(_ c: Case) {
        #expect(TableFit.fit(widths: c.widths, headers: c.headers, cuttable: c.cuttable, maxWidth: c.maxWidth) == c.fit)
    }

    /// Which columns of a result may be cut, by the store schema's field kinds.
    @Test(arguments: [
        ("name", ColumnType.string, true), ("customer.name", .string, true), ("note", .string, true),
        ("model", .string, true), ("consultant", .string, true), ("source", .string, true),
        ("id", .string, false), ("phone", .string, false), ("customer", .string, false),
        ("list_with", .string, false), ("city", .string, false), ("created", .date, false),
        ("grade", .enumeration(Grade.vocabulary), false),
    ])
    func freeTextColumns(name: String, type: ColumnType, cut: Bool) {
        let values: ColumnValues = switch type {
        case .date: .date([0])
        case .enumeration(let vocabulary): .enumeration(codes: [0], vocabulary: vocabulary)
        default: .string(codes: [-1], dictionary: StringDictionary())
        }
        #expect(TableRenderer.mayBeCut(Column(name: name, values: values, present: nil, count: 1)) == cut)
    }

    /// Every string field of every table is classified on purpose: a new one is a code
    /// (never cut) until it is listed as free text.
    @Test func everyFreeTextFieldIsAStringFieldOfItsTable() {
        for schema in TableSchema.all {
            for name in schema.freeTextFields {
                let field = schema.field(named: name)
                #expect(field?.type == .string, "\(schema.name).\(name)")
            }
        }
    }

    // MARK: - Through the renderer

    /// A work list as `overdue` gives it: ids, names, phones, consultants, enums, dates.
    static func workList(names: [String], notes: [String]? = nil) -> ResultTable {
        var builder = TableBuilder(schema: TableSchema(kind: .customers, aliases: [], ownDate: "created", fields: [
            FieldSpec("id", .string, ""), FieldSpec("name", .string, ""), FieldSpec("phone", .string, ""),
            FieldSpec("consultant", .string, ""), FieldSpec("grade", .enumeration(Grade.vocabulary), ""),
            FieldSpec("last_contact", .date, ""), FieldSpec("next_followup", .date, ""), FieldSpec("note", .string, ""),
        ]))
        for (row, name) in names.enumerated() {
            builder.appendRow([
                "id": .string("C00037\(row)"), "name": .string(name), "phone": .string("1885948956\(row)"),
                "consultant": .string(row % 2 == 0 ? "刘斌" : "袁浩然"), "grade": .code(Grade.B.rawValue),
                "last_contact": Day(parsing: "2010-10-2\(row)").map { .day($0) } ?? .null,
                "next_followup": Day(parsing: "2010-10-30").map { .day($0) } ?? .null,
                "note": notes.map { .string($0[row % $0.count]) } ?? .null,
            ])
        }
        let built = builder.finish()
        return ResultTable(columns: built.columns)
    }

    static let notes = ["客户说下周末带家人来看车，想再试驾一次四驱版本", "price"]

    @Test(arguments: [100, 80, 72, 64, 50, 30])
    func aWorkListAtWidth(_ width: Int) {
        let table = Self.workList(names: ["陈伟", "欧阳思远", "Li Lei"], notes: Self.notes)
        let text = Renderer(options: RenderOptions(format: .table, maxWidth: width)).render(table)
        GoldenFile.check(text, named: "worklist-\(width)-columns.table")
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= width, "\(line)")
        }
        // Whole, whatever the width: every phone number, id and date.
        for row in 0..<3 {
            #expect(text.contains("1885948956\(row)"))
            #expect(text.contains("C00037\(row)"))
            #expect(text.contains("2010-10-2\(row)"))
        }
    }

    @Test func aTooWideTableTurnsVerticalAndAFittingOneDoesNot() {
        let table = Self.workList(names: ["陈伟", "宋芳"])
        let wide = Renderer(options: RenderOptions(format: .table, maxWidth: 80)).render(table)
        #expect(wide.hasPrefix("id       name  phone"))
        let narrow = Renderer(options: RenderOptions(format: .table, maxWidth: 60)).render(table)
        #expect(narrow.hasPrefix("-[ record 1 ]-+-"))
        #expect(narrow == Renderer(options: RenderOptions(format: .line, maxWidth: 60)).render(table))
    }

    @Test func headersOff() {
        let table = Self.workList(names: ["陈伟", "宋芳"])
        var options = RenderOptions(format: .table)
        options.headers = false
        #expect(Renderer(options: options).render(table).hasPrefix("C000370  陈伟"))
        options.format = .csv
        #expect(Renderer(options: options).render(table).hasPrefix("C000370,陈伟,"))
        options.format = .line
        let lines = Renderer(options: options).render(table)
        #expect(lines.hasPrefix("id            | C000370\n"))
        #expect(lines.contains("|\n\nid            | C000371\n"))
    }

    @Test(arguments: [("a long note that goes on", nil, ["a long note that goes on"]),
                      ("a long note that goes on", 10, ["a long", "note that", "goes on"]),
                      ("C0000123", 4, ["C000", "0123"]), ("客户说下周末", 6, ["客户说", "下周末"]),
                      ("two\nlines", 20, ["two", "lines"])] as [(String, Int?, [String])])
    func longValuesBreakOverLines(value: String, width: Int?, pieces: [String]) {
        #expect(LineRenderer.broken(value, width: width) == pieces)
    }
}
