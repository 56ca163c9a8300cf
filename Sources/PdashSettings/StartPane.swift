/// The `pane` setting: which pane the dashboard opens on.
public enum StartPane: String, CaseIterable, Sendable {
    case versions
    case segmentJobs = "segment-jobs"
    case inferenceJobs = "inference-jobs"
    case campaigns
    case images
    case timeline
}
