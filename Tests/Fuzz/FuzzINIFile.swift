// libFuzzer entry for the AWS shared config parser (Sources/AWSCore/Config/INIFile.swift), compiled by
// .ci/fuzz with that file alone: any bytes must parse or fail with a ParseError, never crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzINIFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? INIFile(parsing: text, file: "fuzz.ini")
    return 0
}
