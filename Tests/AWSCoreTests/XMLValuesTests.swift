import Foundation
import Testing
@testable import AWSCore

private func read(_ text: String) -> [String: String]? {
    XMLValues(Data(text.utf8))?.values
}

@Suite("XMLValues: STS answers")
struct XMLValuesAnswerTests {
    @Test func assumeRoleCredentials() throws {
        let answer = try #require(XMLValues(Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <AssumeRoleResult>
                <SourceIdentity>nightly-build</SourceIdentity>
                <AssumedRoleUser>
                  <Arn>arn:aws:sts::111122223333:assumed-role/Trainer/nightly</Arn>
                  <AssumedRoleId>AROA3XFRBF535PLBIFPI4:nightly</AssumedRoleId>
                </AssumedRoleUser>
                <Credentials>
                  <AccessKeyId>ASIAQWERTYUIOPASDFGH</AccessKeyId>
                  <SecretAccessKey>fXk2+Lq8/Zr0pYt4wE6nB1mC3vH5jK7sD9gA0uIo</SecretAccessKey>
                  <SessionToken>IQoJb3JpZ2luX2VjEHoaCXVzLWVhc3QtMSJHMEUCIQD/5+aB==</SessionToken>
                  <Expiration>2026-11-24T13:34:41Z</Expiration>
                </Credentials>
                <PackedPolicySize>6</PackedPolicySize>
              </AssumeRoleResult>
              <ResponseMetadata>
                <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
              </ResponseMetadata>
            </AssumeRoleResponse>

            """.utf8)))
        #expect(answer.values.count == 9)
        #expect(answer.values["AssumeRoleResponse/AssumeRoleResult/Credentials/AccessKeyId"] == "ASIAQWERTYUIOPASDFGH")
        #expect(answer.value("Credentials/SecretAccessKey") == "fXk2+Lq8/Zr0pYt4wE6nB1mC3vH5jK7sD9gA0uIo")
        #expect(answer.value("Credentials/SessionToken") == "IQoJb3JpZ2luX2VjEHoaCXVzLWVhc3QtMSJHMEUCIQD/5+aB==")
        #expect(answer.value("Credentials/Expiration") == "2026-11-24T13:34:41Z")
        #expect(answer.value("AssumedRoleUser/Arn") == "arn:aws:sts::111122223333:assumed-role/Trainer/nightly")
        #expect(answer.value("RequestId") == "c6104cbe-af31-11e0-8154-cbc7ccf896c7")
        #expect(answer.values["AssumeRoleResponse/AssumeRoleResult"] == nil, "no text after the last child")
    }

    @Test func errorResponse() throws {
        let answer = try #require(XMLValues(Data("""
            <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <Error>
                <Type>Sender</Type>
                <Code>AccessDenied</Code>
                <Message>User: arn:aws:iam::111122223333:user/demo is not authorized to perform: sts:AssumeRole on \
            resource: arn:aws:iam::111122223333:role/Trainer</Message>
              </Error>
              <RequestId>8f1ad3a6-0c9b-4c4e-9d6a-5b2a1e0f7c31</RequestId>
            </ErrorResponse>
            """.utf8)))
        #expect(answer.value("Error/Code") == "AccessDenied")
        #expect(answer.value("Error/Type") == "Sender")
        #expect(answer.value("Error/Message")?.hasSuffix("role/Trainer") == true)
        #expect(answer.value("RequestId") == "8f1ad3a6-0c9b-4c4e-9d6a-5b2a1e0f7c31")
    }

    @Test func callerIdentityOnOneLine() {
        let values = read(
            #"<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>"#
                + "<Arn>arn:aws:iam::111122223333:user/demo</Arn><UserId>AIDAJQABLZS4A3QDU576Q</UserId>"
                + "<Account>111122223333</Account></GetCallerIdentityResult></GetCallerIdentityResponse>")
        #expect(values == [
            "GetCallerIdentityResponse/GetCallerIdentityResult/Arn": "arn:aws:iam::111122223333:user/demo",
            "GetCallerIdentityResponse/GetCallerIdentityResult/UserId": "AIDAJQABLZS4A3QDU576Q",
            "GetCallerIdentityResponse/GetCallerIdentityResult/Account": "111122223333",
        ])
    }

    @Test func webIdentityWithAPrefixedNamespace() {
        let values = read("""
            <sts:AssumeRoleWithWebIdentityResponse xmlns:sts="https://sts.amazonaws.com/doc/2011-06-15/">
              <sts:AssumeRoleWithWebIdentityResult><sts:Provider>www.amazon.com</sts:Provider>
              </sts:AssumeRoleWithWebIdentityResult>
            </sts:AssumeRoleWithWebIdentityResponse>
            """)
        #expect(values == ["AssumeRoleWithWebIdentityResponse/AssumeRoleWithWebIdentityResult/Provider": "www.amazon.com"])
    }

    @Test func escapedTextReadsBack() {
        let text = "a < b & \"c\" > 'd' <\u{301} &\u{301}"
        #expect(read("<a>\(XMLText.escape(text))</a>") == ["a": text])
        #expect(XMLText.escape("<\u{747}") == "&lt;\u{747}", "a combining mark does not hide the `<`")
    }
}

@Suite("XMLValues: what the reader accepts")
struct XMLValuesSyntaxTests {
    @Test func declarationsAndMiscellany() {
        #expect(read(#"<?xml version="1.0"?><a>v</a>"#) == ["a": "v"])
        #expect(read("<?xml version='1.1' encoding='utf-8' standalone='no' ?>\n<a>v</a>\n") == ["a": "v"])
        #expect(read("\u{FEFF}<a>v</a>") == ["a": "v"], "a byte order mark")
        #expect(read("<!-- before --><?style sheet?>\n<a>v</a><!-- after -->\n<?after?>  ") == ["a": "v"])
        #expect(read("<?xml-stylesheet href='x'?><a>v</a>") == ["a": "v"], "only the target xml itself is reserved")
    }

    @Test func attributesAreIgnored() {
        #expect(read(#"<a xmlns="urn:x" id='1' q="x > y / z" r='&amp;&#65;"' ><b s = "/>">v</b></a>"#) == ["a/b": "v"])
        #expect(read("<a\n\tid='1'\r\n/>") == [:])
    }

    @Test func namespacePrefixesAreDropped() {
        #expect(read("<p:a xmlns:p='urn:p'><q:b xmlns:q='urn:q'>v</q:b><c>w</c></p:a>") == ["a/b": "v", "a/c": "w"])
        #expect(read("<a:b:c>v</a:b:c>") == ["c": "v"])
        #expect(read("<p:a><p:\u{301}b>v</p:\u{301}b></p:a>") == ["a/\u{301}b": "v"], "split by scalar")
    }

    @Test func selfClosingAndEmptyElements() {
        #expect(read("<a/>") == [:])
        #expect(read("<a><b/><c></c><d> \n\t</d><e>v</e></a>") == ["a/e": "v"])
    }

    @Test func textIsTrimmedAndTheFirstOfAPathWins() {
        #expect(read("<a><b>  one two \n</b><b>second</b><c/><c>third</c></a>") == ["a/b": "one two", "a/c": "third"])
        #expect(read("<a>\u{A0}\u{3000}v\u{2028}</a>") == ["a": "v"], "Unicode white space too")
        #expect(read("<a>before<b>v</b>after</a>") == ["a/b": "v", "a": "after"], "text after the last child")
    }

    @Test func commentsAndCDATA() {
        #expect(read("<a>x<!-- a - comment -->y</a>") == ["a": "xy"])
        #expect(read("<a><![CDATA[<not> &amp; a tag]]]></a>") == ["a": "<not> &amp; a tag]"])
        #expect(read("<a>x<![CDATA[]]>y<![CDATA[ z ]]></a>") == ["a": "xy z"])
        #expect(read("<a><?pi with data?>v<?bare?></a>") == ["a": "v"])
    }

    @Test func references() {
        #expect(read("<a>&amp;&lt;&gt;&quot;&apos;</a>") == ["a": "&<>\"'"])
        #expect(read("<a>&#65;&#x42;&#x00043;&#x1F600;&#12354;&#xE9;</a>") == ["a": "ABC😀あé"])
        #expect(read("<a>q&#13;r&#x9;s</a>") == ["a": "q\rr\ts"], "a CR by reference stays")
        #expect(read("<a>&#x10FFFF;</a>") == ["a": "\u{10FFFF}"])
    }

    @Test func utf8Text() {
        #expect(read("<名前>東京 🗼 café</名前>") == ["名前": "東京 🗼 café"])
        #expect(read("<a>👩‍👩‍👧 ok</a>") == ["a": "👩‍👩‍👧 ok"])
    }

    @Test func lineEndsAreNormalised() {
        #expect(read("<a>l1\r\nl2\rl3\nl4</a>") == ["a": "l1\nl2\nl3\nl4"])
        #expect(read("<a><![CDATA[x\r\ny]]></a>") == ["a": "x\ny"])
    }

    @Test func nestingUpToTheLimit() {
        let depth = XMLReader.maximumDepth
        let deepest = String(repeating: "<e>", count: depth) + "v" + String(repeating: "</e>", count: depth)
        #expect(read(deepest)?.first?.key == Array(repeating: "e", count: depth).joined(separator: "/"))
        let deeper = String(repeating: "<e>", count: depth + 1) + "v" + String(repeating: "</e>", count: depth + 1)
        #expect(read(deeper) == nil)
    }

    @Test func aLargeAnswerReadsWhole() {
        let items = (0..<20_000).map { "<member><Id>id-\($0)</Id><Tag k='\($0)'>&#x263A; \($0)</Tag></member>" }
        let values = read("<R><Items>" + items.joined() + "</Items></R>")
        #expect(values == ["R/Items/member/Id": "id-0", "R/Items/member/Tag": "☺ 0"])
    }
}

@Suite("XMLValues: malformed input gives nil")
struct XMLValuesMalformedTests {
    @Test(arguments: [
        // Tags
        "<a><b></a></b>", "<a>v</b>", "<a><b>v</b>", "<a>", "<a", "<a/", "<a>v</a", "< a>v</a>", "<a>v</ a>",
        "<-a>v</-a>", "<1a/>", "</a>", "<a></a></a>", "<a b></a>", "<a b=1></a>", "<a b='1'c='2'/>",
        "<a b='1' b='2'/>", "<a b='x<y'/>", "<a b='&bogus;'/>", "<a b='unterminated/>",
        // Text
        "<a>x < y</a>", "<a>]]></a>", "<a>v</a>trailing", "<a>v</a><b/>", "text<a/>", "", "   ", "<!-- only -->",
        // References
        "<a>&bogus;</a>", "<a>&amp</a>", "<a>& amp;</a>", "<a>&;</a>", "<a>&#;</a>", "<a>&#x;</a>", "<a>&#65</a>",
        "<a>&#X41;</a>", "<a>&#0;</a>", "<a>&#x0;</a>", "<a>&#1;</a>", "<a>&#xD800;</a>", "<a>&#xDFFF;</a>",
        "<a>&#xFFFE;</a>", "<a>&#x110000;</a>", "<a>&#99999999999999999999999999;</a>", "<a>&#xFFFFFFFFFF;</a>",
        // Document type declarations, in any form
        "<!DOCTYPE a><a/>", #"<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>"#, "<?xml version='1.0'?><!DOCTYPE a SYSTEM 'a.dtd'><a/>",
        // Declarations
        " <?xml version='1.0'?><a/>", "<?xml?><a/>", "<?xml encoding='UTF-8'?><a/>", "<?xml version='2.0'?><a/>",
        "<?xml version='1.0'encoding='UTF-8'?><a/>", "<?xml version='1.0' encoding='ISO-8859-1'?><a/>",
        "<a/><?xml version='1.0'?>", "<a><?XML x?></a>", "<a><?xml version='1.0'?></a>", "<a><?pi", "<a><?pi?</a>",
        // Comments and CDATA
        "<a><!-- x -- y --></a>", "<a><!-- x ---></a>", "<a><!-- x</a>", "<a><![CDATA[x</a>", "<![CDATA[x]]><a/>",
        "<a><![cdata[x]]></a>", "<a><!ELEMENT a ANY></a>",
        // Characters
        "<a>\u{1}</a>", "<a>\u{0}</a>", "<a>\u{FFFF}</a>", "<a>\u{1B}[31m</a>",
    ])
    func malformed(_ text: String) {
        #expect(read(text) == nil)
    }

    @Test func invalidUTF8() {
        for bytes: [UInt8] in [[0xFF], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                               [0xE3, 0x81], [0x80], [0xFE, 0xFF]] {
            #expect(XMLValues(Data(Array("<a>".utf8) + bytes + Array("</a>".utf8))) == nil, "\(bytes)")
        }
        #expect(XMLValues(Data([0xFE, 0xFF, 0x00, 0x3C, 0x00, 0x61, 0x00, 0x2F, 0x00, 0x3E])) == nil, "UTF-16")
    }

    @Test func everyTruncationOfAnAnswer() {
        let whole = Array(#"<?xml version="1.0"?><R xmlns="urn:x"><A><B k='v'>t &amp; &#x41;<![CDATA[c]]></B><!--n--></A></R>"#.utf8)
        #expect(XMLValues(Data(whole)) != nil)
        for end in 0..<whole.count {
            #expect(XMLValues(Data(whole[..<end])) == nil, "cut at \(end)")
        }
    }

    @Test func nestingFarTooDeepFailsWithoutRecursion() {
        #expect(read(String(repeating: "<a>", count: 1_000_000)) == nil)
    }

    @Test func keysCannotOutgrowTheInputWithoutBound() {
        // A long name repeated down 60 levels, then many siblings: each key would be ~60 KB.
        let name = String(repeating: "n", count: 1_000)
        let opening = String(repeating: "<\(name)>", count: 60), closing = String(repeating: "</\(name)>", count: 60)
        let siblings = (0..<2_000).map { "<s\($0)>v</s\($0)>" }.joined()
        #expect(read(opening + siblings + closing) == nil)
        #expect(read(opening + "<s>v</s>" + closing)?.count == 1, "one such key is fine")
    }
}
