import FunnelDomain
import FunnelStore
import FunnelSyntax

extension Binder {
    /// The fields `select customers` shows: what identifies a card and where it stands,
    /// rather than all eighteen stored fields (`select *` gives those).
    static let cardView = ["id", "name", "phone", "model", "channel", "consultant", "created", "grade", "status"]

    // select ::= "select" ( table | ( "*" | field_list ) "from" table ) clause*
    func select(_ name: Name, _ fields: SelectFields, _ clauses: Clauses) throws(BindingError) -> BoundSelect {
        let table = try self.table(name)
        let asOf = try self.asOf(clauses)
        let resolver = self.fields(table)
        if let first = clauses.groups.first {
            throw BindingError(.selectCannotGroup, at: Binder.range(of: first))
        }
        var condition: BoundCondition?
        if let written = clauses.condition {
            let values = ValueBinder(variables: variables, asOf: asOf)
            condition = try ConditionBinder(fields: resolver, values: values, notes: notes).bind(written)
        }
        let order = try orders(clauses.order, on: resolver)
        var projected: [BoundField] = []
        switch fields {
        case .named(let paths):
            for path in paths { projected.append(try resolver.resolve(path)) }
        case .all:
            projected = try view(of: resolver, star: true, mentioning: condition, order: order)
        case .view:
            projected = try view(of: resolver, star: false, mentioning: condition, order: order)
        }
        return BoundSelect(listing: BoundListing(table: table, asOf: asOf, fields: projected, order: order,
                                                 limit: clauses.limit?.count),
                           condition: condition)
    }

    /// `select *`: every stored column. `select TABLE`: the table's view, plus any
    /// derived field the condition or ordering uses, so what was asked about shows.
    private func view(of resolver: FieldResolver, star: Bool, mentioning condition: BoundCondition?,
                      order: [BoundOrder]) throws(BindingError) -> [BoundField] {
        var result = try listingFields(of: resolver, star: star)
        let mentioned = (condition.map(ConditionBinder.fields(of:)) ?? []) + order.map(\.field)
        for field in mentioned where !result.contains(where: { $0.name == field.name }) { result.append(field) }
        return result
    }

    /// The fields a listing of a table shows: the card view, or every stored column.
    func listingFields(of resolver: FieldResolver, star: Bool = false) throws(BindingError) -> [BoundField] {
        let names = star || resolver.table != .customers ? catalog.columns(of: resolver.table).map(\.name) : Binder.cardView
        return try named(names, on: resolver)
    }

    /// Fields the tool itself names (a work list's columns).
    func named(_ names: [String], on resolver: FieldResolver) throws(BindingError) -> [BoundField] {
        var result: [BoundField] = []
        for name in names { result.append(try resolver.resolveOwn(Name(name, SourceRange(0, 0)))) }
        return result
    }

    // aggregate ::= "count" table clause* | aggregate_item ( "," aggregate_item )* ( "from" | "of" ) table clause*
    func aggregate(_ name: Name, _ items: [AggregateItem], _ clauses: Clauses) throws(BindingError) -> BoundAggregate {
        let table = try self.table(name)
        let asOf = try self.asOf(clauses)
        let resolver = self.fields(table)
        var condition: BoundCondition?
        if let written = clauses.condition {
            let values = ValueBinder(variables: variables, asOf: asOf)
            condition = try ConditionBinder(fields: resolver, values: values, notes: notes).bind(written)
        }
        var keys: [BoundAggregate.Key] = []
        for group in clauses.groups { keys.append(try key(group, on: resolver)) }
        var bound: [BoundAggregate.Item] = []
        for item in items { bound.append(try aggregateItem(item, on: resolver)) }

        if let pivot = clauses.pivot {
            try checkPivot(at: pivot, keys: keys.count, items: items, bound: bound, clauses: clauses)
        }
        let columns = keys.map(\.name) + bound.map(\.name)
        var order: [(column: Int, descending: Bool)] = []
        for item in clauses.order {
            guard let index = columns.firstIndex(of: item.field.text) else {
                throw BindingError(.notAResultColumn(item.field.text, columns: columns), at: item.field.range)
            }
            order.append((index, item.descending))
        }
        return BoundAggregate(table: table, asOf: asOf, condition: condition, keys: keys, items: bound,
                              order: order, limit: clauses.limit?.count, pivot: clauses.pivot != nil)
    }

    /// A pivot of counts or aggregates: two keys, numbers in the cells, its rows in
    /// their own order and all of them.
    private func checkPivot(at pivot: SourceRange, keys: Int, items: [AggregateItem], bound: [BoundAggregate.Item],
                            clauses: Clauses) throws(BindingError) {
        guard keys == 2 else { throw BindingError(.pivotNeedsTwoGroups(found: keys), at: pivot) }
        if let item = clauses.order.first {
            throw BindingError(.cannotOrder(statement: "a pivot"), at: item.field.range)
        }
        if let limit = clauses.limit { throw BindingError(.takesNoLimit(statement: "a pivot"), at: limit.range) }
        for (written, item) in zip(items, bound) where item.function != .count {
            guard let field = item.field, field.type == .int || field.type == .double else {
                throw BindingError(.pivotNeedsNumbers(column: item.name), at: written.range)
            }
        }
    }

    // group ::= field | GRAIN "(" field ")"
    // A grain is a period's (day ... year), or where a time falls: hour, weekday.
    private func key(_ group: GroupItem, on resolver: FieldResolver) throws(BindingError) -> BoundAggregate.Key {
        switch group {
        case .field(let path):
            return .field(try groupable(path, on: resolver))
        case .grain(let name, let path):
            guard let grain = GroupGrain(name: name.text) else {
                throw BindingError(.notAGrain(name.text), at: name.range)
            }
            let field: BoundField
            let place: SourceRange
            if let path {
                field = try resolver.resolve(path)
                place = path.range
            } else {
                // A bare grain: a field of that name if the table has one, else the table's own date.
                if let own = resolver.lookUp(name.text) { return .field(own) }
                guard let date = resolver.ownDate else {
                    throw BindingError(.unknownField(resolver.schema.ownDate, table: resolver.table,
                                                     candidates: resolver.fieldNames), at: name.range)
                }
                field = date
                place = name.range
            }
            guard field.isDate else {
                throw BindingError(.grainNeedsDate(grain: name.text, field: field.name, type: field.type), at: place)
            }
            return .grain(field, grain, label: path == nil ? grain.name : "\(grain.name)(\(field.name))")
        }
    }

    // aggregate_item ::= "count" | ( "count" | "sum" | "avg" | "min" | "max" ) field
    private func aggregateItem(_ item: AggregateItem, on resolver: FieldResolver) throws(BindingError)
        -> BoundAggregate.Item {
        let function = item.function
        guard let path = item.field else {
            return BoundAggregate.Item(function: function, field: nil, name: function.rawValue)
        }
        let field = try resolver.resolve(path)
        let name = "\(function.rawValue)_\(path.text)"
        switch (function, field.type) {
        case (.count, _), (_, .int), (_, .double):
            break
        case (.sum, .date):
            throw BindingError(.cannotSumDates(field: field.name), at: item.range)
        case (_, .date), (.min, .string), (.max, .string), (.min, .enumeration), (.max, .enumeration):
            break
        case (_, .bool):
            throw BindingError(.needsNumberNotYesNo(function: function.rawValue, field: field.name), at: item.range)
        case (_, .string), (_, .enumeration):
            throw BindingError(.needsNumberOrDate(function: function.rawValue, field: field.name, type: field.type),
                               at: item.range)
        }
        return BoundAggregate.Item(function: function, field: field, name: name)
    }
}

extension BoundAggregate.Key {
    /// The result column's name.
    var name: String {
        switch self {
        case .field(let field): field.name
        case .grain(_, _, let label): label
        }
    }
}
