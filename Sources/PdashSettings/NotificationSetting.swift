/// The `notifications` setting: how pdash tells you something finished.
public enum NotificationSetting: String, CaseIterable, Sendable {
    case off, bell, desktop, both
}
