import AWSCore
import AWSServices
import Foundation

/// SageMaker's image operations (ListImages, ListImageVersions, DescribeImageVersion) with its own error style:
/// `ValidationException` for bad input and `ResourceNotFound` (with `Message`) for missing images.
struct SageMakerService: Sendable {
    var store: WorldStore
    var tokens: PageTokenCodec

    func handle(operation: String, body: [UInt8], region: String, now: Date) throws(EmulatorError) -> [UInt8] {
        switch operation {
        case "ListImages": return try encode(listImages(try decode(ListImagesRequest.self, body), region: region, now: now))
        case "ListImageVersions": return try encode(listImageVersions(try decode(ListImageVersionsRequest.self, body), region: region, now: now))
        case "DescribeImageVersion": return try encode(describeImageVersion(try decode(DescribeImageVersionRequest.self, body), region: region, now: now))
        default: throw .unknownOperation("SageMaker.\(operation)")
        }
    }

    func listImages(_ request: ListImagesRequest, region: String, now: Date) throws(EmulatorError) -> ListImagesResponse {
        let size = try pageSize(request.MaxResults)
        var images: [Image] = store.snapshot.images.filter { $0.created <= now }.map { record in
            var image = Image()
            image.ImageName = record.name
            image.ImageArn = imageArn(record.name, region: region)
            image.Description = record.description
            image.DisplayName = record.name
            image.ImageStatus = "CREATED"
            image.CreationTime = record.created
            image.LastModifiedTime = record.versions.compactMap { $0.observe(at: now)?.lastModified }.max() ?? record.created
            return image
        }
        if let fragment = request.NameContains { images = images.filter { $0.ImageName?.contains(fragment) == true } }
        images = images.filter { within($0.CreationTime, request.CreationTimeAfter, request.CreationTimeBefore)
            && within($0.LastModifiedTime, request.LastModifiedTimeAfter, request.LastModifiedTimeBefore) }
        let by = try enumValue(request.SortBy, member: "sortBy", allowed: ["CREATION_TIME", "LAST_MODIFIED_TIME", "IMAGE_NAME"]) ?? "CREATION_TIME"
        let ascending = try enumValue(request.SortOrder, member: "sortOrder", allowed: ["ASCENDING", "DESCENDING"]) == "ASCENDING"
        images.sort { lhs, rhs in
            let ordered: Bool
            switch by {
            case "IMAGE_NAME": ordered = (lhs.ImageName ?? "") < (rhs.ImageName ?? "")
            case "LAST_MODIFIED_TIME": ordered = (lhs.LastModifiedTime ?? .distantPast) < (rhs.LastModifiedTime ?? .distantPast)
            default: ordered = (lhs.CreationTime ?? .distantPast) < (rhs.CreationTime ?? .distantPast)
            }
            return ascending ? ordered : !ordered
        }
        let query = "ListImages|\(region)|\(by)|\(ascending)|\(request.NameContains ?? "")"
        let (page, next) = try slice(images, token: request.NextToken, query: query, size: size)
        return ListImagesResponse(Images: page, NextToken: next)
    }

    func listImageVersions(_ request: ListImageVersionsRequest, region: String, now: Date) throws(EmulatorError) -> ListImageVersionsResponse {
        let name = try imageName(request.ImageName)
        let size = try pageSize(request.MaxResults)
        guard let record = store.snapshot.images.first(where: { $0.name == name && $0.created <= now }) else {
            throw notFound("Image \(imageArn(name, region: region)) does not exist.")
        }
        var versions: [ImageVersion] = record.versions.compactMap { version in
            guard let observed = version.observe(at: now) else { return nil }
            var item = ImageVersion()
            item.ImageArn = imageArn(name, region: region)
            item.ImageVersionArn = versionArn(name, version.version, region: region)
            item.ImageVersionStatus = observed.status
            item.FailureReason = observed.failureReason
            item.CreationTime = version.created
            item.LastModifiedTime = observed.lastModified
            item.Version = version.version
            return item
        }
        versions = versions.filter { within($0.CreationTime, request.CreationTimeAfter, request.CreationTimeBefore)
            && within($0.LastModifiedTime, request.LastModifiedTimeAfter, request.LastModifiedTimeBefore) }
        let by = try enumValue(request.SortBy, member: "sortBy", allowed: ["CREATION_TIME", "LAST_MODIFIED_TIME", "VERSION"]) ?? "CREATION_TIME"
        let ascending = try enumValue(request.SortOrder, member: "sortOrder", allowed: ["ASCENDING", "DESCENDING"]) == "ASCENDING"
        versions.sort { lhs, rhs in
            let ordered: Bool
            switch by {
            case "VERSION": ordered = (lhs.Version ?? 0) < (rhs.Version ?? 0)
            case "LAST_MODIFIED_TIME": ordered = (lhs.LastModifiedTime ?? .distantPast) < (rhs.LastModifiedTime ?? .distantPast)
            default: ordered = (lhs.CreationTime ?? .distantPast) < (rhs.CreationTime ?? .distantPast)
            }
            return ascending ? ordered : !ordered
        }
        let query = "ListImageVersions|\(region)|\(name)|\(by)|\(ascending)"
        let (page, next) = try slice(versions, token: request.NextToken, query: query, size: size)
        return ListImageVersionsResponse(ImageVersions: page, NextToken: next)
    }

    func describeImageVersion(_ request: DescribeImageVersionRequest, region: String, now: Date) throws(EmulatorError) -> DescribeImageVersionResponse {
        let name = try imageName(request.ImageName)
        if let version = request.Version, version < 0 {
            throw validation("Value '\(version)' at 'version' failed to satisfy constraint: Member must have value greater than or equal to 0")
        }
        guard let record = store.snapshot.images.first(where: { $0.name == name && $0.created <= now }) else {
            throw notFound("Image \(imageArn(name, region: region)) does not exist.")
        }
        let candidates = record.versions.filter { $0.observe(at: now) != nil }
        let chosen = request.Version.map { wanted in candidates.first { $0.version == wanted } } ?? candidates.max { $0.version < $1.version }
        guard let version = chosen, let observed = version.observe(at: now) else {
            throw notFound("Image version \(versionArn(name, request.Version ?? 0, region: region)) does not exist.")
        }
        var answer = DescribeImageVersionResponse()
        answer.BaseImage = version.baseImage
        answer.ContainerImage = version.baseImage + "@sha256:" + String(repeating: "ab", count: 32)
        answer.CreationTime = version.created
        answer.FailureReason = observed.failureReason
        answer.ImageArn = imageArn(name, region: region)
        answer.ImageVersionArn = versionArn(name, version.version, region: region)
        answer.ImageVersionStatus = observed.status
        answer.LastModifiedTime = observed.lastModified
        answer.Version = version.version
        return answer
    }

    // MARK: - Helpers

    private func imageArn(_ name: String, region: String) -> String {
        "arn:aws:sagemaker:\(region):\(store.snapshot.accountId):image/\(name)"
    }

    private func versionArn(_ name: String, _ version: Int, region: String) -> String {
        "arn:aws:sagemaker:\(region):\(store.snapshot.accountId):image-version/\(name)/\(version)"
    }

    /// `[a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}`, 1-63 characters.
    private func imageName(_ name: String?) throws(EmulatorError) -> String {
        guard let name else { throw validation("Value null at 'imageName' failed to satisfy constraint: Member must not be null") }
        let characters = Array(name)
        var valid = (1...63).contains(characters.count)
        for (index, character) in characters.enumerated() where valid {
            let alphanumeric = character.isASCII && (character.isLetter || character.isNumber)
            if character == "-" || character == "." {
                valid = index > 0 && index < characters.count - 1 && characters[index - 1] != "-" && characters[index - 1] != "."
            } else {
                valid = alphanumeric
            }
        }
        guard valid else {
            throw validation("Value '\(name)' at 'imageName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}$")
        }
        return name
    }

    private func enumValue(_ value: String?, member: String, allowed: [String]) throws(EmulatorError) -> String? {
        guard let value else { return nil }
        guard allowed.contains(value) else {
            throw validation("Value '\(value)' at '\(member)' failed to satisfy constraint: Member must satisfy enum value set: [\(allowed.joined(separator: ", "))]")
        }
        return value
    }

    private func within(_ date: Date?, _ after: Date?, _ before: Date?) -> Bool {
        guard let date else { return after == nil && before == nil }
        if let after, date <= after { return false }
        if let before, date >= before { return false }
        return true
    }

    private func pageSize(_ value: Int?) throws(EmulatorError) -> Int {
        guard let value else { return 100 }
        guard (1...100).contains(value) else {
            throw validation("Value '\(value)' at 'maxResults' failed to satisfy constraint: Member must have value "
                + (value < 1 ? "greater than or equal to 1" : "less than or equal to 100"))
        }
        return value
    }

    /// Offset pages over a sorted list; the token is bound to the query (sort included).
    private func slice<Item>(_ items: [Item], token: String?, query: String, size: Int) throws(EmulatorError) -> ([Item], String?) {
        var offset = 0
        if let token {
            guard let position = tokens.decode(token, query: query), position.arn == "#offset" else {
                throw validation("Invalid pagination token")
            }
            offset = Int(position.created.timeIntervalSince1970)
        }
        let page = Array(items.dropFirst(offset).prefix(size))
        let end = offset + page.count
        let next = end < items.count
            ? tokens.encode(PageTokenCodec.Position(created: Date(timeIntervalSince1970: Double(end)), arn: "#offset"), query: query) : nil
        return (page, next)
    }

    private func validation(_ detail: String) -> EmulatorError {
        EmulatorError(status: 400, code: "ValidationException", message: "1 validation error detected: \(detail)")
    }

    private func notFound(_ message: String) -> EmulatorError {
        EmulatorError(status: 400, code: "ResourceNotFound", message: message, messageKey: "Message")
    }

    private func decode<T: Decodable>(_ type: T.Type, _ body: [UInt8]) throws(EmulatorError) -> T {
        do {
            return try JSON11Coding.decoder.decode(type, from: body.isEmpty ? Data("{}".utf8) : Data(body))
        } catch {
            throw EmulatorError(status: 400, code: "SerializationException", message: "The request body could not be read: \(type)")
        }
    }

    private func encode(_ value: some Encodable) throws(EmulatorError) -> [UInt8] {
        do { return Array(try JSON11Coding.encoder.encode(value)) } catch {
            throw EmulatorError(status: 500, code: "InternalFailure", message: "could not encode the response")
        }
    }
}
