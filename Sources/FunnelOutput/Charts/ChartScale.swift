/// A value axis from 0: a round top and round steps (1, 2, 2.5 or 5 times a power
/// of ten), so the grid reads at a glance.
struct ChartScale {
    let top: Double
    let step: Double

    /// The axis for values up to `largest`; a count's steps are whole numbers.
    init(largest: Double, wholeSteps: Bool) {
        guard largest.isFinite, largest > 0 else {
            top = wholeSteps ? 5 : 1
            step = top / 5
            return
        }
        let rough = largest / 5
        var power = 1.0
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        var step = power * 10
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where power * factor >= rough {
            step = power * factor
            break
        }
        if wholeSteps { step = max(1, step.rounded(.up)) }
        self.step = step
        var top = step
        while top < largest - step * 1e-9 { top += step }
        self.top = top
    }

    /// The tick values, 0 to the top.
    var ticks: [Double] {
        var values: [Double] = []
        var index = 0.0
        while index * step <= top + step * 1e-9, values.count < 12 {
            values.append(index * step)
            index += 1
        }
        return values
    }

    /// Where `value` falls between 0 (at 0) and 1 (at the top).
    func fraction(_ value: Double) -> Double { top > 0 ? min(1, max(0, value / top)) : 0 }
}
