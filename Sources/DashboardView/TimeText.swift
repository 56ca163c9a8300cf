import Foundation

/// Short, human time texts: "4m", "today 09:12", "Nov 19 14:02". Pure: the time zone is a parameter.
public struct TimeText: Sendable {
    public var timeZone: TimeZone
    private var calendar: Calendar

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// "12s", "4m", "3h", "2d", "5w" (largest unit only, as k9s shows AGE).
    public static func duration(_ seconds: TimeInterval) -> String {
        let s = max(0, Int(seconds))
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60)m" }
        if s < 86_400 { return "\(s / 3600)h" }
        if s < 86_400 * 14 { return "\(s / 86_400)d" }
        return "\(s / (86_400 * 7))w"
    }

    /// "47s", "12m", "1h05m", "2d03h": precise enough to watch a training run.
    public static func elapsed(_ seconds: TimeInterval) -> String {
        let s = max(0, Int(seconds))
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60)m" + (s < 600 ? String(format: "%02ds", s % 60) : "") }
        if s < 86_400 { return "\(s / 3600)h" + String(format: "%02dm", s % 3600 / 60) }
        return "\(s / 86_400)d" + String(format: "%02dh", s % 86_400 / 3600)
    }

    /// "today 09:12", "yesterday 03:00", "Nov 19 14:02", or "2025 Nov 19" for another year.
    public func moment(_ date: Date, now: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let clock = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        if calendar.isDate(date, inSameDayAs: now) { return "today \(clock)" }
        if let yesterday = calendar.date(byAdding: .day, value: -1, to: now), calendar.isDate(date, inSameDayAs: yesterday) {
            return "yesterday \(clock)"
        }
        let month = Self.months[max(0, min(11, (parts.month ?? 1) - 1))]
        let day = parts.day ?? 1
        if parts.year == calendar.component(.year, from: now) { return "\(month) \(day) \(clock)" }
        return "\(parts.year ?? 0) \(month) \(day)"
    }

    /// "14:02:09" in the display time zone.
    public func clock(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        return String(format: "%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
