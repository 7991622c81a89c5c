package patterns

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// phoneValidCase is a valid number and what kpii must read from it.
type phoneValidCase struct {
	in       string
	typ      PhoneType
	national string // FormatPhone / National()
	digits   string // CompactPhone / Digits()
	region   string // English region name; "" for none
	legacy   bool
}

// The valid examples of korean-pii-formats.md §4.5, with their types.
var phoneReferenceValid = []phoneValidCase{
	{"010-1234-5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"01012345678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"010 1234 5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"010.1234.5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"０１０－１２３４－５６７８", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"+82 10-1234-5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"+821012345678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"011-123-4567", PhoneMobile, "011-123-4567", "0111234567", "", true},
	{"016-234-5678", PhoneMobile, "016-234-5678", "0162345678", "", true},
	{"019-9123-4567", PhoneMobile, "019-9123-4567", "01991234567", "", true},
	{"02-123-4567", PhoneLandline, "02-123-4567", "021234567", "Seoul", false},
	{"02-1234-5678", PhoneLandline, "02-1234-5678", "0212345678", "Seoul", false},
	{"02)123-4567", PhoneLandline, "02-123-4567", "021234567", "Seoul", false},
	{"(031) 123-4567", PhoneLandline, "031-123-4567", "0311234567", "Gyeonggi", false},
	{"031-1234-5678", PhoneLandline, "031-1234-5678", "03112345678", "Gyeonggi", false},
	{"044-123-4567", PhoneLandline, "044-123-4567", "0441234567", "Sejong City", false},
	{"064-712-3456", PhoneLandline, "064-712-3456", "0647123456", "Jeju", false},
	{"070-1234-5678", PhoneVoIP, "070-1234-5678", "07012345678", "", false},
	{"0505-123-4567", PhonePersonal, "0505-123-4567", "05051234567", "", false},
	{"0504-1234-5678", PhonePersonal, "0504-1234-5678", "050412345678", "", false},
	{"080-123-4567", PhoneTollFree, "080-123-4567", "0801234567", "", false},
	{"060-700-1234", PhonePremiumRate, "060-700-1234", "0607001234", "", false},
	{"1588-1234", PhoneRepresentative, "1588-1234", "15881234", "", false},
	{"1544-1234", PhoneRepresentative, "1544-1234", "15441234", "", false},
	{"1600-1234", PhoneRepresentative, "1600-1234", "16001234", "", false},
	{"1661-1234", PhoneRepresentative, "1661-1234", "16611234", "", false},
	{"1800-1234", PhoneRepresentative, "1800-1234", "18001234", "", false},
	{"1899-1234", PhoneRepresentative, "1899-1234", "18991234", "", false},
	{"+82 1588 1234", PhoneRepresentative, "1588-1234", "15881234", "", false},
	{"015-123-4567", PhonePager, "015-123-4567", "0151234567", "", false},
}

// Valid numbers and forms derived from the plan and §1.1/§4.3.
var phoneDerivedValid = []phoneValidCase{
	// Ranges.
	{"010-123-4567", PhoneMobile, "010-123-4567", "0101234567", "", true},
	{"010-5960-1234", PhoneMobile, "010-5960-1234", "01059601234", "", false},
	{"017-1234-5678", PhoneMobile, "017-1234-5678", "01712345678", "", true},
	{"018-123-4567", PhoneMobile, "018-123-4567", "0181234567", "", true},
	{"012-3456-7890", PhoneM2M, "012-3456-7890", "01234567890", "", false},
	{"012-2123-4567", PhoneM2M, "012-2123-4567", "01221234567", "", false},
	{"015-1234-5678", PhonePager, "015-1234-5678", "01512345678", "", false},
	{"031-120", PhoneAreaShortCode, "031-120", "031120", "Gyeonggi", false},
	{"051-1234", PhoneAreaShortCode, "051-1234", "0511234", "Busan", false},
	{"062-123-4567", PhoneLandline, "062-123-4567", "0621234567", "Gwangju", false},
	{"0502-1234-5678", PhonePersonal, "0502-1234-5678", "050212345678", "", false},
	{"030-123-4567", PhoneTollFree, "030-123-4567", "0301234567", "", false},
	{"00308-123-456", PhoneTollFree, "00308-123-456", "00308123456", "", false},
	{"00308-123-4567", PhoneTollFree, "00308-123-4567", "003081234567", "", false},
	{"00368-123-4567", PhoneTollFree, "00368-123-4567", "003681234567", "", false},
	{"00798-123-4567", PhoneTollFree, "00798-123-4567", "007981234567", "", false},
	{"00798-1234-5678", PhoneTollFree, "00798-1234-5678", "0079812345678", "", false},
	{"00798-14-800-1234", PhoneTollFree, "00798-14-800-1234", "00798148001234", "", false},
	{"060-200-1234", PhonePremiumRate, "060-200-1234", "0602001234", "", false},
	{"1551-1234", PhoneRepresentative, "1551-1234", "15511234", "", false},
	{"1866-1234", PhoneRepresentative, "1866-1234", "18661234", "", false},
	{"1670-1234", PhoneRepresentative, "1670-1234", "16701234", "", false},
	// International forms.
	{"+82 010 1234 5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"+82 (0)10 1234 5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"+82(0)10-1234-5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"(+82) 10-1234-5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"( +82 ) 10-1234-5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"82-10-1234-5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"821012345678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"001-82-10-1234-5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"00700-82-10-1234-5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"008-82-10-1234-5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"0082-10-1234-5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"0082 2 123 4567", PhoneLandline, "02-123-4567", "021234567", "Seoul", false},
	{"+82-2-123-4567", PhoneLandline, "02-123-4567", "021234567", "Seoul", false},
	{"+82 2 1234 5678", PhoneLandline, "02-1234-5678", "0212345678", "Seoul", false},
	{"+82 2)1234-5678", PhoneLandline, "02-1234-5678", "0212345678", "Seoul", false},
	{"+82 (31) 123-4567", PhoneLandline, "031-123-4567", "0311234567", "Gyeonggi", false},
	{"+82-70-1234-5678", PhoneVoIP, "070-1234-5678", "07012345678", "", false},
	{"+82 505 123 4567", PhonePersonal, "0505-123-4567", "05051234567", "", false},
	{"+82 (0)1588-1234", PhoneRepresentative, "1588-1234", "15881234", "", false},
	{"+8201588 1234", PhoneRepresentative, "1588-1234", "15881234", "", false},
	{"+82 00798 123 4567", PhoneTollFree, "00798-123-4567", "007981234567", "", false},
	{"＋８２ １０－１２３４－５６７８", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	// Separators and look-alikes.
	{"  010-1234-5678\t", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"010 - 1234 - 5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"010–1234–5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"010—1234—5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"010ー1234ー5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"010ㅡ1234ㅡ5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"010―1234―5678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"010\u30001234\u30005678", PhoneMobile, "010-1234-5678", "01012345678", "", false},
	{"010-1234-567", PhoneMobile, "010-123-4567", "0101234567", "", true},
	{"(02)123-4567", PhoneLandline, "02-123-4567", "021234567", "Seoul", false},
	{"(02) 1234 5678", PhoneLandline, "02-1234-5678", "0212345678", "Seoul", false},
	{"02) 471-1644", PhoneLandline, "02-471-1644", "024711644", "Seoul", false},
	{"02)2610.0600", PhoneLandline, "02-2610-0600", "0226100600", "Seoul", false},
	{"(0505) 123-4567", PhonePersonal, "0505-123-4567", "05051234567", "", false},
}

func TestPhoneValid(t *testing.T) {
	for _, set := range []struct {
		name  string
		cases []phoneValidCase
	}{{"reference", phoneReferenceValid}, {"derived", phoneDerivedValid}} {
		t.Run(set.name, func(t *testing.T) {
			for _, tt := range set.cases {
				t.Run(tt.in, func(t *testing.T) {
					err := ValidatePhone(tt.in)
					require.NoError(t, err)
					assert.True(t, err == nil, "a valid number must give an untyped nil error")
					assert.True(t, IsValidPhone(tt.in))
					assert.Equal(t, tt.digits, CompactPhone(tt.in))

					f, err := FormatPhone(tt.in)
					require.NoError(t, err)
					assert.Equal(t, tt.national, f)

					info, err := ParsePhone(tt.in)
					require.NoError(t, err)
					assert.Equal(t, tt.typ, info.Type())
					assert.Equal(t, tt.digits, info.Digits())
					assert.Equal(t, tt.national, info.National())
					assert.Equal(t, tt.legacy, info.Legacy())
					assert.True(t, strings.HasPrefix(info.Digits(), info.Prefix()))
					r, ok := info.Region()
					assert.Equal(t, tt.region != "", ok)
					if ok {
						assert.Equal(t, tt.region, r.English())
						assert.Equal(t, r.AreaCode(), info.Prefix())
					}
					phoneAssertRoundTrips(t, info)
				})
			}
		})
	}
}

// phoneAssertRoundTrips checks that every form ParsePhone produces parses
// back to the same number.
func phoneAssertRoundTrips(t *testing.T, info PhoneInfo) {
	t.Helper()
	for _, form := range []string{info.Digits(), info.National(), info.International(), info.E164()} {
		back, err := ParsePhone(form)
		if assert.NoError(t, err, "form %q", form) {
			assert.Equal(t, info, back, "form %q", form)
		}
	}
	assert.True(t, strings.HasPrefix(info.E164(), "+82"))
	assert.NotContains(t, info.E164()[1:], "+")
	assert.True(t, strings.HasPrefix(info.International(), "+82 "))
}

func TestPhoneInternationalForms(t *testing.T) {
	tests := []struct{ in, e164, intl string }{
		{"010-1234-5678", "+821012345678", "+82 10-1234-5678"},
		{"02-123-4567", "+8221234567", "+82 2-123-4567"},
		{"031-1234-5678", "+823112345678", "+82 31-1234-5678"},
		{"031-120", "+8231120", "+82 31-120"},
		{"0505-123-4567", "+825051234567", "+82 505-123-4567"},
		{"070-1234-5678", "+827012345678", "+82 70-1234-5678"},
		{"1588-1234", "+8215881234", "+82 1588-1234"},
		{"00798-123-4567", "+82007981234567", "+82 00798-123-4567"},
	}
	for _, tt := range tests {
		info, err := ParsePhone(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.e164, info.E164(), tt.in)
		assert.Equal(t, tt.intl, info.International(), tt.in)
	}
}

// TestPhoneEveryAreaCode: each of the 17 area codes, in both subscriber
// lengths, with its region.
func TestPhoneEveryAreaCode(t *testing.T) {
	seen := map[string]bool{}
	for r := phoneRegionSeoul; r < phoneRegionCount; r++ {
		ac := r.AreaCode()
		require.NotEmpty(t, ac)
		require.False(t, seen[ac], "area code listed twice")
		seen[ac] = true
		for _, sub := range []string{"-123-4567", "-2345-6789", "-999-9999"} {
			info, err := ParsePhone(ac + sub)
			require.NoError(t, err, ac+sub)
			assert.Equal(t, PhoneLandline, info.Type())
			got, ok := info.Region()
			assert.True(t, ok)
			assert.Equal(t, r, got)
			assert.Equal(t, ac, info.Prefix())
		}
		assert.NotEmpty(t, r.Korean())
		assert.NotEmpty(t, r.English())
		assert.NotEmpty(t, r.OfficialName())
		assert.Equal(t, r.English(), r.String())
	}
	assert.Len(t, seen, 17)
}

func TestPhoneInvalid(t *testing.T) {
	tests := []struct {
		in   string
		rule error
		why  string
	}{
		// korean-pii-formats.md §4.5.
		{"070-123-4567", ErrLength, "VoIP needs 8 subscriber digits"},
		{"080-1234-5678", ErrLength, "toll-free 080 has 7 subscriber digits"},
		{"02-0123-4567", ErrComponent, "subscriber number may not begin with 0"},
		{"049-123-4567", ErrComponent, "049 not in the plan"},
		{"013-1234-5678", ErrComponent, "013 not a mobile prefix"},
		{"0130-123-4567", ErrComponent, "013 not a mobile prefix"},
		{"010-1234-56789", ErrLength, "12 digits"},
		{"1234-5678", ErrComponent, "1234 not a representative-number prefix"},
		{"0303-123-4567", ErrLength, "030 has 7 subscriber digits only"},
		{"112", ErrLength, "short code"},
		{"119", ErrLength, "short code"},
		{"1330", ErrLength, "short code"},
		{"2024-0315", ErrComponent, "a date: no trunk prefix"},
		{"1588", ErrLength, "partial"},
		{"10-1234-5678", ErrComponent, "no trunk prefix"},
		// Derived: the plan.
		{"014-123-4567", ErrComponent, "014 not in the plan"},
		{"090-123-4567", ErrComponent, "09x not in the plan"},
		{"071-1234-5678", ErrComponent, "071 not in the plan"},
		{"010-5970-1234", ErrComponent, "010-597x not in libphonenumber's plan"},
		{"010-5999-1234", ErrComponent, "010-599x not in libphonenumber's plan"},
		{"012-2012-3456", ErrComponent, "012-2 must continue with 1 or 3"},
		{"060-100-1234", ErrComponent, "060 subscriber numbers begin 2-9"},
		{"02-120", ErrLength, "Seoul has no area short codes"},
		{"02-12-3456", ErrLength, "6 subscriber digits"},
		{"031-023", ErrLength, "area short codes begin with 1"},
		{"031-12", ErrLength, "short code too short"},
		{"031-12345", ErrLength, "5 subscriber digits"},
		{"050-123-4567", ErrLength, "050X needs 7 digits after the fourth"},
		{"0505-1234-56789", ErrLength, "050X with 9 digits"},
		{"00798-123-456", ErrLength, "00798 needs 7 digits"},
		{"00368-123-456", ErrLength, "00368 needs 7 digits"},
		{"00399-123-4567", ErrComponent, "not an international toll-free prefix"},
		{"0821012345678", ErrComponent, "domestic carrier-selection code"},
		{"01588-1234", ErrLength, "trunk 0 before a representative number in national form"},
		{"1588-12345", ErrComponent, "nine digits beginning with 1"},
		{"1588-123", ErrLength, "seven digits"},
		{"15881-23456", ErrComponent, "ten digits beginning with 1: a number without its trunk 0"},
		{"1588-1234-5678", ErrLength, "twelve digits beginning with 1"},
		{"2-123-4567", ErrComponent, "Seoul without its trunk 0"},
		{"0", ErrLength, "one digit"},
		{"01", ErrLength, "two digits"},
		{"010", ErrLength, "prefix only"},
		{"0101234567890123", ErrLength, "too long"},
		{"0101234567890123456789012345", ErrLength, "longer than any written number"},
		// Derived: international forms.
		{"+1 202 555 0100", ErrComponent, "not Korea"},
		{"+8", ErrComponent, "incomplete country code"},
		{"+82", ErrLength, "country code only"},
		{"82", ErrLength, "country code only"},
		{"+82 10", ErrLength, "too short"},
		{"+82 99-123-4567", ErrComponent, "prefix not in the plan"},
		{"+82 1234 5678", ErrComponent, "not a representative-number prefix"},
		{"0083-10-1234-5678", ErrComponent, "00 83 is not Korea"},
		// Derived: characters and layout.
		{"", ErrFormat, "empty"},
		{"   ", ErrFormat, "blank"},
		{"+", ErrFormat, "plus only"},
		{"abc", ErrFormat, "letters"},
		{"010-1234-567a", ErrFormat, "letter"},
		{"010/1234/5678", ErrFormat, "slash"},
		{"010-1234-5678~9", ErrFormat, "range"},
		{"Tel. 02-123-4567", ErrFormat, "label"},
		{"010-1234-5678 ext. 12", ErrFormat, "extension"},
		{"010+1234-5678", ErrFormat, "plus inside"},
		{"++82 10-1234-5678", ErrFormat, "two plus signs"},
		{"-010-1234-5678", ErrFormat, "leading dash"},
		{"010-1234-5678-", ErrFormat, "trailing dash"},
		{"010--1234-5678", ErrFormat, "double dash"},
		{"010.-1234-5678", ErrFormat, "dot and dash"},
		{"010 1234 5678.", ErrFormat, "trailing dot"},
		{"(031 123-4567", ErrFormat, "unclosed parenthesis"},
		{"031) 123)4567", ErrFormat, "two closing parentheses"},
		{"()010-1234-5678", ErrFormat, "empty parentheses"},
		{"010-(1234)-5678", ErrFormat, "parentheses around the middle group"},
		{"((02))123-4567", ErrFormat, "nested parentheses"},
		{"(+82)(0)10-1234-5678", ErrFormat, "two pairs"},
		{"0 2)123-4567", ErrFormat, "')' after a split group"},
		{"02 )123-4567", ErrFormat, "')' after a space"},
		{"+(82) 10-1234-5678", ErrFormat, "'(' after '+'"},
		{"010-1234-5678)", ErrFormat, "')' after the last group"},
		{"010\x001234", ErrFormat, "NUL"},
		{"010-1234-\xff5678", ErrFormat, "invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			err := ValidatePhone(tt.in)
			require.Error(t, err, tt.why)
			assert.ErrorIs(t, err, tt.rule, tt.why)
			assert.False(t, IsValidPhone(tt.in))

			var ve *ValidationError
			require.ErrorAs(t, err, &ve)
			assert.Equal(t, Phone, ve.Kind)
			assert.False(t, strings.ContainsAny(err.Error(), "0123456789"), "error text holds a digit: %q", err.Error())
			assert.Same(t, ve, ValidatePhone(tt.in).(*ValidationError), "errors are shared values")

			_, ferr := FormatPhone(tt.in)
			assert.Equal(t, err, ferr)
			info, perr := ParsePhone(tt.in)
			assert.Equal(t, err, perr)
			assert.Equal(t, PhoneInfo{}, info)
		})
	}
}

// TestPhoneErrorValues: every shared error is a Phone *ValidationError
// whose text has no digit at all, so it cannot carry one of the number's.
func TestPhoneErrorValues(t *testing.T) {
	all := []*ValidationError{
		phoneErrEmpty, phoneErrChar, phoneErrDigits, phoneErrPlus, phoneErrParen, phoneErrSep,
		phoneErrCountry, phoneErrTrunk, phoneErrPrefix, phoneErrUAN, phoneErrLeadingZero,
		phoneErrSubscriber, phoneErrTooShort, phoneErrTooLong, phoneErrShortCode,
	}
	details := map[string]bool{}
	for _, e := range all {
		require.NotNil(t, e)
		assert.Equal(t, Phone, e.Kind)
		assert.NotEmpty(t, e.Detail)
		assert.False(t, details[e.Detail], "duplicate detail %q", e.Detail)
		details[e.Detail] = true
		assert.False(t, strings.ContainsAny(e.Error(), "0123456789"), e.Error())
		assert.NotNil(t, errors.Unwrap(e))
	}
}

func TestPhoneValidateReturnsUntypedNil(t *testing.T) {
	var err error = ValidatePhone("010-1234-5678")
	assert.True(t, err == nil)
	_, err = FormatPhone("02-123-4567")
	assert.True(t, err == nil)
	_, err = ParsePhone("1588-1234")
	assert.True(t, err == nil)
}

func TestPhoneCompactInvalid(t *testing.T) {
	tests := []struct{ in, want string }{
		{"+1 (202) 555-0100", "+12025550100"},
		{"０１０－１２３４－５６７Ａ", "0101234567A"},
		{"Tel. 02-123-4567", "Tel021234567"},
		{"010/1234/5678", "010/1234/5678"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, CompactPhone(tt.in), tt.in)
		assert.False(t, IsValidPhone(CompactPhone(tt.in)), tt.in)
	}
}

func TestPhoneClassify(t *testing.T) {
	tests := []struct {
		d         string
		typ       PhoneType
		prefixLen int
		region    PhoneRegion
		legacy    bool
		err       *ValidationError
	}{
		{"01012345678", PhoneMobile, 3, phoneRegionNone, false, nil},
		{"0101234567", PhoneMobile, 3, phoneRegionNone, true, nil},
		{"0111234567", PhoneMobile, 3, phoneRegionNone, true, nil},
		{"01234567890", PhoneM2M, 3, phoneRegionNone, false, nil},
		{"0151234567", PhonePager, 3, phoneRegionNone, false, nil},
		{"021234567", PhoneLandline, 2, phoneRegionSeoul, false, nil},
		{"0212345678", PhoneLandline, 2, phoneRegionSeoul, false, nil},
		{"0311234567", PhoneLandline, 3, phoneRegionGyeonggi, false, nil},
		{"0647123456", PhoneLandline, 3, phoneRegionJeju, false, nil},
		{"031120", PhoneAreaShortCode, 3, phoneRegionGyeonggi, false, nil},
		{"07012345678", PhoneVoIP, 3, phoneRegionNone, false, nil},
		{"05051234567", PhonePersonal, 4, phoneRegionNone, false, nil},
		{"050412345678", PhonePersonal, 4, phoneRegionNone, false, nil},
		{"0801234567", PhoneTollFree, 3, phoneRegionNone, false, nil},
		{"0301234567", PhoneTollFree, 3, phoneRegionNone, false, nil},
		{"0079812345678", PhoneTollFree, 5, phoneRegionNone, false, nil},
		{"00308123456", PhoneTollFree, 5, phoneRegionNone, false, nil},
		{"0607001234", PhonePremiumRate, 3, phoneRegionNone, false, nil},
		{"15881234", PhoneRepresentative, 4, phoneRegionNone, false, nil},
		{"18661234", PhoneRepresentative, 4, phoneRegionNone, false, nil},
		{"", 0, 0, 0, false, phoneErrEmpty},
		{"010-1234", 0, 0, 0, false, phoneErrDigits},
		{"０１０", 0, 0, 0, false, phoneErrDigits},
		{"0", 0, 0, 0, false, phoneErrTooShort},
		{"02", 0, 0, 0, false, phoneErrTooShort},
		{"050", 0, 0, 0, false, phoneErrTooShort},
		{"0201234567", 0, 0, 0, false, phoneErrLeadingZero},
		{"0491234567", 0, 0, 0, false, phoneErrPrefix},
		{"0821012345678", 0, 0, 0, false, phoneErrPrefix},
		{"0701234567", 0, 0, 0, false, phoneErrTooShort},
		{"08012345678", 0, 0, 0, false, phoneErrTooLong},
		{"012345678901234", 0, 0, 0, false, phoneErrTooLong},
		{"01059701234", 0, 0, 0, false, phoneErrSubscriber},
		{"01220123456", 0, 0, 0, false, phoneErrSubscriber},
		{"0601001234", 0, 0, 0, false, phoneErrSubscriber},
		{"112", 0, 0, 0, false, phoneErrShortCode},
		{"12345678", 0, 0, 0, false, phoneErrUAN},
		{"15891234", 0, 0, 0, false, phoneErrUAN},
		{"1012345678", 0, 0, 0, false, phoneErrTrunk},
		{"21234567", 0, 0, 0, false, phoneErrTrunk},
		{"1588123", 0, 0, 0, false, phoneErrTooShort},
		{"15881234567", 0, 0, 0, false, phoneErrTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.d, func(t *testing.T) {
			c, err := phoneClassify([]byte(tt.d))
			assert.Same(t, tt.err, err)
			want := phoneClass{typ: tt.typ, prefixLen: tt.prefixLen, region: tt.region, legacy: tt.legacy}
			assert.Equal(t, want, c)
		})
	}
}

// TestPhonePlanTable: every range of the plan is reachable through the
// index and classifies its numbers with its own type, at every allowed
// length, and rejects one digit more or less.
func TestPhonePlanTable(t *testing.T) {
	for _, r := range phonePlan {
		t.Run(r.prefix, func(t *testing.T) {
			p := r.prefix
			for len(p) < int(r.prefixLen) {
				p += "5"
			}
			for l := int(r.minSub) - 1; l <= int(r.maxSub)+1; l++ {
				d := p + strings.Repeat("3", l)
				c, err := phoneClassify([]byte(d))
				if l < int(r.minSub) || l > int(r.maxSub) {
					if r.rule == phoneRuleArea && (l == 3 || l == 4) && len(p) == 3 {
						continue
					}
					assert.Error(t, err, d)
					continue
				}
				require.Nil(t, err, d)
				assert.Equal(t, r.typ, c.typ, d)
				assert.Equal(t, int(r.prefixLen), c.prefixLen, d)
				assert.Equal(t, r.region, c.region, d)
				assert.LessOrEqual(t, len(d), phoneMaxNational)
			}
		})
	}
	// The index holds exactly the plan's three-digit keys.
	keys := 0
	for k, v := range phoneIndex {
		if v == 0 {
			continue
		}
		keys++
		r := phonePlan[v-1]
		key := fmt.Sprintf("%03d", k)
		assert.True(t, strings.HasPrefix(key, r.prefix) || strings.HasPrefix(r.prefix, key), "key %s → %s", key, r.prefix)
	}
	assert.Positive(t, keys)
	for _, p := range phoneShortOnlyUAN {
		c, err := phoneClassify([]byte(p + "1234"))
		require.Nil(t, err, p)
		assert.Equal(t, PhoneRepresentative, c.typ)
	}
}

func TestPhoneZeroAllocs(t *testing.T) {
	nationals := [][]byte{
		[]byte("01012345678"), []byte("021234567"), []byte("0311234567"), []byte("05051234567"),
		[]byte("15881234"), []byte("0079812345678"), []byte("0491234567"), []byte("12345678"), []byte(""),
	}
	for _, d := range nationals {
		allocs := testing.AllocsPerRun(200, func() {
			_, _ = phoneClassify(d)
		})
		assert.Zero(t, allocs, "phoneClassify(%s)", d)
	}
	for _, s := range []string{
		"010-1234-5678", "+82 10-1234-5678", "０１０－１２３４－５６７８", "(031) 123-4567",
		"0082-2-123-4567", "070-123-4567", "abc", "",
	} {
		allocs := testing.AllocsPerRun(200, func() {
			_ = ValidatePhone(s)
			_ = IsValidPhone(s)
		})
		assert.Zero(t, allocs, "ValidatePhone(%q)", s)
	}
}

func TestPhoneInfoZeroValue(t *testing.T) {
	var p PhoneInfo
	assert.Equal(t, PhoneUnknown, p.Type())
	assert.Empty(t, p.Digits())
	assert.Empty(t, p.Prefix())
	assert.Empty(t, p.National())
	assert.Empty(t, p.International())
	assert.Empty(t, p.E164())
	assert.False(t, p.Legacy())
	r, ok := p.Region()
	assert.False(t, ok)
	assert.Equal(t, "none", r.String())
	assert.Equal(t, "PhoneInfo(unknown)", p.String())
}

// TestPhoneInfoDoesNotLeak: printing or marshalling a PhoneInfo shows no
// digit of the number.
func TestPhoneInfoDoesNotLeak(t *testing.T) {
	for _, s := range []string{"010-1234-5678", "02-123-4567", "1588-1234", "0505-123-4567"} {
		info, err := ParsePhone(s)
		require.NoError(t, err)
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q"} {
			out := fmt.Sprintf(verb, info)
			assert.False(t, strings.ContainsAny(out, "0123456789"), "%s of %s: %s", verb, s, out)
		}
		js, err := json.Marshal(info)
		require.NoError(t, err)
		assert.Equal(t, "{}", string(js))
	}
	info, err := ParsePhone("02-123-4567")
	require.NoError(t, err)
	assert.Equal(t, "PhoneInfo(landline, Seoul)", info.String())
	assert.Equal(t, info.String(), info.GoString())
}

func TestPhoneTypeNames(t *testing.T) {
	seen := map[string]bool{}
	for ty := PhoneUnknown; ty < phoneTypeCount; ty++ {
		assert.NotEmpty(t, ty.String())
		assert.NotEmpty(t, ty.KoreanName())
		assert.False(t, seen[ty.String()], ty.String())
		seen[ty.String()] = true
	}
	assert.Equal(t, "unknown", PhoneType(200).String())
	assert.Equal(t, PhoneUnknown.KoreanName(), PhoneType(200).KoreanName())
	assert.Equal(t, "representative", PhoneRepresentative.String())
	assert.Equal(t, "전국대표번호", PhoneRepresentative.KoreanName())

	bad := PhoneRegion(200)
	assert.Equal(t, "none", bad.String())
	assert.Empty(t, bad.Korean())
	assert.Empty(t, bad.English())
	assert.Empty(t, bad.OfficialName())
	assert.Empty(t, bad.AreaCode())
	assert.Equal(t, "서울", phoneRegionSeoul.Korean())
	assert.Equal(t, "서울특별시", phoneRegionSeoul.OfficialName())
}

func BenchmarkPhoneClassify(b *testing.B) {
	inputs := [][]byte{
		[]byte("01012345678"), []byte("021234567"), []byte("0311234567"),
		[]byte("05051234567"), []byte("15881234"), []byte("0491234567"),
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, _ = phoneClassify(inputs[i%len(inputs)])
	}
}

func BenchmarkValidatePhone(b *testing.B) {
	inputs := []string{"010-1234-5678", "+82 2-123-4567", "(031) 123-4567", "1588-1234"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = ValidatePhone(inputs[i%len(inputs)])
	}
}

func BenchmarkParsePhone(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, _ = ParsePhone("010-1234-5678")
	}
}

// FuzzParsePhone: no panic on any string; ValidatePhone, IsValidPhone,
// FormatPhone and ParsePhone agree; a valid number round-trips through
// Format → Compact → Validate and through its E.164 and international
// forms, and phoneClassify says of its digits what ParsePhone said.
func FuzzParsePhone(f *testing.F) {
	for _, c := range phoneReferenceValid {
		f.Add(c.in)
	}
	for _, s := range []string{"070-123-4567", "+82 (0)10 1234 5678", "0082-10-1234-5678", "02)123-4567", "１５８８－１２３４", "(+82) 2-123-4567", "00798-14-800-1234"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := ValidatePhone(s)
		valid := IsValidPhone(s)
		if valid != (err == nil) {
			t.Fatalf("IsValidPhone=%v but ValidatePhone=%v", valid, err)
		}
		info, perr := ParsePhone(s)
		formatted, ferr := FormatPhone(s)
		compact := CompactPhone(s)
		if (perr == nil) != valid || (ferr == nil) != valid {
			t.Fatalf("ParsePhone=%v FormatPhone=%v ValidatePhone=%v", perr, ferr, err)
		}
		if !valid {
			var ve *ValidationError
			if !errors.As(err, &ve) || ve.Kind != Phone {
				t.Fatalf("error %v is not a phone *ValidationError", err)
			}
			if strings.ContainsAny(err.Error(), "0123456789") {
				t.Fatalf("error text holds a digit: %q", err.Error())
			}
			if info != (PhoneInfo{}) {
				t.Fatalf("invalid input gave a non-zero PhoneInfo")
			}
			if !utf8.ValidString(compact) && utf8.ValidString(s) {
				t.Fatalf("CompactPhone made valid UTF-8 invalid: %q", compact)
			}
			return
		}
		if compact != info.Digits() {
			t.Fatalf("CompactPhone=%q, Digits=%q", compact, info.Digits())
		}
		if formatted != info.National() {
			t.Fatalf("FormatPhone=%q, National=%q", formatted, info.National())
		}
		again := CompactPhone(formatted)
		if again != info.Digits() || ValidatePhone(again) != nil {
			t.Fatalf("Format → Compact → Validate: %q → %q → %v", formatted, again, ValidatePhone(again))
		}
		c, cerr := phoneClassify([]byte(info.Digits()))
		if cerr != nil || c.typ != info.Type() || c.prefixLen != len(info.Prefix()) || c.legacy != info.Legacy() {
			t.Fatalf("phoneClassify(%q) = %+v, %v; ParsePhone type %v prefix %q", info.Digits(), c, cerr, info.Type(), info.Prefix())
		}
		if r, ok := info.Region(); c.region != r || ok != (r != phoneRegionNone) {
			t.Fatalf("phoneClassify region %v, ParsePhone %v", c.region, r)
		}
		for _, form := range []string{info.E164(), info.International(), info.National(), info.Digits()} {
			back, err := ParsePhone(form)
			if err != nil || back != info {
				t.Fatalf("form %q of %q parses to %v, %v", form, s, back, err)
			}
		}
	})
}
