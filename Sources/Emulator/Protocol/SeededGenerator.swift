/// SplitMix64 when seeded (reproducible runs with `--random-seed`), the system generator otherwise.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64?
    private var system = SystemRandomNumberGenerator()

    init(seed: UInt64?) {
        state = seed
    }

    mutating func next() -> UInt64 {
        guard var value = state else { return system.next() }
        value &+= 0x9e37_79b9_7f4a_7c15
        state = value
        var mixed = value
        mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
        return mixed ^ (mixed >> 31)
    }
}
