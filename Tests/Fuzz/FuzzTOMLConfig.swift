// libFuzzer entry for the config loader (Sources/PdashSettings), compiled by .ci/fuzz together with that
// target's sources: any bytes must parse or fail with a ConfigError, never crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTOMLConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let config = try? PdashConfig.parse(text, file: "fuzz.toml", knownActions: ["train", "stop", "quit"]) {
        _ = config.effective(profile: "prod")
    }
    return 0
}
