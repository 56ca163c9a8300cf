/// A value in the TOML subset pdash reads: strings, numbers, booleans and one-line arrays of those.
enum TOMLValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    case array([TOMLValue])

    /// The value spelled as TOML, for quoting back in error messages (`"fast"`, `-1`, `[1, 2]`).
    var tomlText: String {
        switch self {
        case let .string(text): return TOMLValue.quoted(text)
        case let .integer(number): return String(number)
        case let .float(number): return TOMLValue.floatText(number)
        case let .boolean(flag): return flag ? "true" : "false"
        case let .array(items): return "[" + items.map(\.tomlText).joined(separator: ", ") + "]"
        }
    }

    /// The numeric value of an integer or a float, nil for anything else.
    var number: Double? {
        switch self {
        case let .integer(number): return Double(number)
        case let .float(number): return number
        default: return nil
        }
    }

    /// A basic TOML string with `"`, `\` and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static func floatText(_ number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
            return String(Int(number)) + ".0"
        }
        return String(number)
    }
}
