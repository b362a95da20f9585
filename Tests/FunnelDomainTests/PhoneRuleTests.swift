import FunnelDomain
import Testing

/// domain.md §3 `complete`: a valid phone is an 11-digit mobile starting with 1, or a
/// landline of 7-12 digits with optional area code and dash (see `PhoneRule` for the
/// exact reading).
@Suite struct PhoneRuleTests {
    @Test("valid phones", arguments: [
        "13812345678", "18600001111", "19912345678", "10000000000",
        "87654321", "8765432",
        "010-87654321", "021-6543210", "0755-87654321", "0571-8765432",
        "01087654321", "0755876543", "075587654321",
        " 13812345678", "13812345678 ", "\t010-87654321",
    ])
    func valid(phone: String) {
        #expect(PhoneRule.isValid(phone))
    }

    @Test("invalid phones", arguments: [
        "", " ", "1381234567", "138123456789", "23812345678", "03812345678x",
        "138-1234-5678", "138 1234 5678", "+8613812345678", "8613812345678",
        "123456", "0123456", "012345678", "07558765432100",
        "010-0654321", "10-87654321", "01-87654321", "01087-654321", "010-123456", "010-123456789",
        "010--87654321", "-87654321", "87654321-", "(010)87654321", "010 87654321",
        "87654321-123", "1381234567８", "１３８１２３４５６７８", "abcdefghijk", "9876543210",
        "0123456789012",
    ])
    func invalid(phone: String) {
        #expect(!PhoneRule.isValid(phone))
    }
}
