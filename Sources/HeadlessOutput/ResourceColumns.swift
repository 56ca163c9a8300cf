/// The columns `pdash list` prints for each resource in table and CSV output.
public enum ResourceColumns {
    public static let datasetGroups = [
        ListingColumn("NAME", .member("name")), ListingColumn("STATUS", .member("status")),
        ListingColumn("DOMAIN", .member("domain")), ListingColumn("CREATED", .member("creationDateTime")),
        ListingColumn("UPDATED", .member("lastUpdatedDateTime")), ListingColumn("ARN", .member("datasetGroupArn")),
    ]
    public static let solutions = [
        ListingColumn("NAME", .member("name")), ListingColumn("STATUS", .member("status")),
        ListingColumn("RECIPE", .arnTail("recipeArn")), ListingColumn("CREATED", .member("creationDateTime")),
        ListingColumn("UPDATED", .member("lastUpdatedDateTime")), ListingColumn("ARN", .member("solutionArn")),
    ]
    public static let solutionVersions = [
        ListingColumn("VERSION", .arnTail("solutionVersionArn")), ListingColumn("STATUS", .member("status")),
        ListingColumn("MODE", .member("trainingMode")), ListingColumn("TYPE", .member("trainingType")),
        ListingColumn("CREATED", .member("creationDateTime")), ListingColumn("UPDATED", .member("lastUpdatedDateTime")),
        ListingColumn("FAILURE", .member("failureReason"), tableWidth: 60), ListingColumn("ARN", .member("solutionVersionArn")),
    ]
    public static let batchSegmentJobs = [
        ListingColumn("JOB", .member("jobName")), ListingColumn("STATUS", .member("status")),
        ListingColumn("VERSION", .arnTail("solutionVersionArn")), ListingColumn("CREATED", .member("creationDateTime")),
        ListingColumn("UPDATED", .member("lastUpdatedDateTime")), ListingColumn("FAILURE", .member("failureReason"), tableWidth: 60),
        ListingColumn("ARN", .member("batchSegmentJobArn")),
    ]
    public static let batchInferenceJobs = [
        ListingColumn("JOB", .member("jobName")), ListingColumn("STATUS", .member("status")),
        ListingColumn("VERSION", .arnTail("solutionVersionArn")), ListingColumn("MODE", .member("batchInferenceJobMode")),
        ListingColumn("CREATED", .member("creationDateTime")), ListingColumn("UPDATED", .member("lastUpdatedDateTime")),
        ListingColumn("FAILURE", .member("failureReason"), tableWidth: 60), ListingColumn("ARN", .member("batchInferenceJobArn")),
    ]
    public static let campaigns = [
        ListingColumn("NAME", .member("name")), ListingColumn("STATUS", .member("status")),
        ListingColumn("CREATED", .member("creationDateTime")), ListingColumn("UPDATED", .member("lastUpdatedDateTime")),
        ListingColumn("FAILURE", .member("failureReason"), tableWidth: 60), ListingColumn("ARN", .member("campaignArn")),
    ]
    public static let images = [
        ListingColumn("NAME", .member("ImageName")), ListingColumn("STATUS", .member("ImageStatus")),
        ListingColumn("CREATED", .member("CreationTime")), ListingColumn("MODIFIED", .member("LastModifiedTime")),
        ListingColumn("DESCRIPTION", .member("Description"), tableWidth: 50), ListingColumn("ARN", .member("ImageArn")),
    ]
    public static let imageVersions = [
        ListingColumn("VERSION", .member("Version")), ListingColumn("STATUS", .member("ImageVersionStatus")),
        ListingColumn("CREATED", .member("CreationTime")), ListingColumn("MODIFIED", .member("LastModifiedTime")),
        ListingColumn("FAILURE", .member("FailureReason"), tableWidth: 60), ListingColumn("ARN", .member("ImageVersionArn")),
    ]
}
