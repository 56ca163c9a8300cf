import Foundation
import Testing
@testable import PdashSettings

/// Where the config file is looked for, and loading it from disk.
@Suite("config location and loading")
struct ConfigLocationTests {
    let actions = TestSupport.actions

    @Test func xdgConfigHomeWinsWhenAbsolute() {
        #expect(ConfigLocation.defaultPath(environment: ["XDG_CONFIG_HOME": "/xdg", "HOME": "/home/u"]) == "/xdg/pdash/config.toml")
        #expect(ConfigLocation.defaultPath(environment: ["XDG_CONFIG_HOME": "/xdg/", "HOME": "/home/u"]) == "/xdg/pdash/config.toml")
    }

    @Test func homeIsUsedOtherwise() {
        #expect(ConfigLocation.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.config/pdash/config.toml")
        #expect(ConfigLocation.defaultPath(environment: ["XDG_CONFIG_HOME": "relative/dir", "HOME": "/home/u"])
            == "/home/u/.config/pdash/config.toml", "a relative XDG_CONFIG_HOME is ignored, as the spec says")
        #expect(ConfigLocation.defaultPath(environment: ["XDG_CONFIG_HOME": "", "HOME": "/home/u"]) == "/home/u/.config/pdash/config.toml")
    }

    @Test func withoutHomeTheProcessHomeIsUsed() {
        #expect(ConfigLocation.defaultPath(environment: [:]) == NSHomeDirectory() + "/.config/pdash/config.toml")
    }

    @Test func missingDefaultFileIsTheEmptyConfig() throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(directory) }
        #expect(try ConfigLocation.load(path: directory + "/pdash/config.toml", explicit: false, knownActions: actions) == .empty)
    }

    @Test func missingExplicitFileIsAnError() throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(directory) }
        let path = directory + "/mine.toml"
        #expect(throws: ConfigError(file: path, line: 0, message: "config file \(path) does not exist")) {
            try ConfigLocation.load(path: path, explicit: true, knownActions: actions)
        }
    }

    @Test(arguments: [false, true])
    func directoryIsAnError(explicit: Bool) throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(directory) }
        #expect(throws: ConfigError(file: directory, line: 0, message: "config file \(directory) is a directory, not a file")) {
            try ConfigLocation.load(path: directory, explicit: explicit, knownActions: actions)
        }
    }

    @Test func existingFileIsParsedWithItsPathInErrors() throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(directory) }
        let path = directory + "/config.toml"
        try "read_only = true\n[keys]\ntrain = \"T\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        let config = try ConfigLocation.load(path: path, explicit: false, knownActions: actions)
        #expect(config.readOnly == true)
        #expect(config.keys.map(\.key) == ["T"])
        try "\n[refresh]\nactive = 0\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ConfigError(file: path, line: 3, key: "refresh.active", message: "must be a number of seconds between 1 and 3600, got 0")) {
            try ConfigLocation.load(path: path, explicit: true, knownActions: actions)
        }
    }

    @Test func invalidUTF8NamesTheFile() throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(directory) }
        let path = directory + "/config.toml"
        try Data([0x61, 0x20, 0x3D, 0x20, 0x22, 0xFF, 0xFE, 0x22, 0x0A]).write(to: URL(fileURLWithPath: path))
        #expect(throws: ConfigError(file: path, line: 0, message: "config file \(path) is not valid UTF-8 text")) {
            try ConfigLocation.load(path: path, explicit: false, knownActions: actions)
        }
    }

    @Test(.enabled(if: getuid() != 0, "root can read any file"))
    func unreadableFileIsAnError() throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(directory) }
        let path = directory + "/config.toml"
        try "theme = \"dark\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        #expect(throws: ConfigError(file: path, line: 0, message: "cannot read config file \(path): permission denied")) {
            try ConfigLocation.load(path: path, explicit: false, knownActions: actions)
        }
    }
}
