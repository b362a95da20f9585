import FunnelStore

/// Duplicate cards as of T (重复客户, domain.md §6): cards that exist by T (captured on
/// or before it, whatever their status) with the same phone and the same model.
///
/// Phones are compared by their digits (`PhoneKey`: spaces, dashes and a `+86`
/// don't make two numbers different); models ignoring case and surrounding spaces.
/// A card without a usable phone or model is nobody's duplicate. Groups come in
/// order of their first card's capture date.
///
/// One pass over the cards: each distinct phone and model is normalised once, cards
/// are bucketed by a hash of the pair, and only cards sharing a bucket are sorted.
public struct DuplicateCards: Sendable {
    public let asOf: Day
    public let groups: [DuplicateGroup]
    /// Every card of every group.
    public let cards: Bitmap

    public init(evaluator: KPIEvaluator, asOf: Day, cards filter: Bitmap? = nil) {
        self.asOf = asOf
        let columns = evaluator.fields.cards
        let n = columns.count
        let created = columns.created
        guard let phones = columns.phone, case .string(let phoneCodes, let phoneDictionary) = phones.values,
              let models = columns.model, case .string(let modelCodes, let modelDictionary) = models.values,
              phoneCodes.count == n, modelCodes.count == n, created.count == n else {
            groups = []
            cards = Bitmap(count: n)
            return
        }
        // Per distinct value: the phone's key, the model's canonical id (-1: unusable).
        let phoneKeys: [UInt64?] = (0..<Int32(phoneDictionary.count)).map { code in
            phoneDictionary.withBytes(of: code) { PhoneKey.key($0) }
        }
        var modelIdOfText: [String: Int32] = [:]
        let modelIds: [Int32] = (0..<Int32(modelDictionary.count)).map { code in
            let text = (modelDictionary[code] ?? "").trimmingSpaces.lowercased()
            guard !text.isEmpty else { return -1 }
            if let id = modelIdOfText[text] { return id }
            let id = Int32(modelIdOfText.count)
            modelIdOfText[text] = id
            return id
        }

        let t = asOf.rawValue
        let scope = filter.map { Bitmap.resized($0, to: n) } ?? Bitmap(count: n, allSet: true)
        // Bucket by a hash of (phone, model); a bucket seen twice holds the candidates.
        let bucketBits = 20
        let mask = UInt64((1 << bucketBits) - 1)
        var bucketCount = [UInt8](repeating: 0, count: 1 << bucketBits)
        // Each usable card's phone key and model id (model -1: not usable).
        var phoneOf = [UInt64](repeating: 0, count: n)
        var modelOf = [Int32](repeating: -1, count: n)
        func bucket(_ phone: UInt64, _ model: Int32) -> Int {
            var h = phone &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(UInt32(bitPattern: model)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            return Int(h & mask)
        }
        let anyNull = phones.present != nil || models.present != nil
        scope.forEachRow { c in
            guard created[c] <= t else { return }
            let p = phoneCodes[c], m = modelCodes[c]
            guard p >= 0, Int(p) < phoneKeys.count, m >= 0, Int(m) < modelIds.count,
                  !anyNull || (!phones.isNull(c) && !models.isNull(c)),
                  let key = phoneKeys[Int(p)], modelIds[Int(m)] >= 0 else { return }
            phoneOf[c] = key
            modelOf[c] = modelIds[Int(m)]
            let b = bucket(key, modelIds[Int(m)])
            if bucketCount[b] < 2 { bucketCount[b] += 1 }
        }
        var candidates: [Int] = []
        for c in 0..<n where modelOf[c] >= 0 && bucketCount[bucket(phoneOf[c], modelOf[c])] >= 2 {
            candidates.append(c)
        }
        candidates.sort { a, b in
            if phoneOf[a] != phoneOf[b] { return phoneOf[a] < phoneOf[b] }
            if modelOf[a] != modelOf[b] { return modelOf[a] < modelOf[b] }
            return created[a] != created[b] ? created[a] < created[b] : a < b
        }

        var groups: [DuplicateGroup] = []
        var members = [UInt64](repeating: 0, count: (n + 63) >> 6)
        var i = 0
        while i < candidates.count {
            var j = i + 1
            let first = candidates[i]
            while j < candidates.count, phoneOf[candidates[j]] == phoneOf[first],
                  modelOf[candidates[j]] == modelOf[first] {
                j += 1
            }
            if j - i >= 2 {
                let rows = Array(candidates[i..<j])
                for c in rows { members[c >> 6] |= 1 << UInt64(c & 63) }
                groups.append(DuplicateGroup(phone: phones.string(at: first) ?? "",
                                             model: models.string(at: first) ?? "", cards: rows))
            }
            i = j
        }
        groups.sort { a, b in
            let x = a.cards[0], y = b.cards[0]
            return created[x] != created[y] ? created[x] < created[y] : x < y
        }
        self.groups = groups
        cards = Bitmap(words: members, count: n)
    }
}
