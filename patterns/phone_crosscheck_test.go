package patterns

import (
	"strconv"
	"strings"
	"testing"

	"github.com/nyaruka/phonenumbers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The cross-check: numbers generated from every range of phonePlan (every
// prefix × every allowed subscriber length, with varied subscriber digits),
// deliberately wrong lengths, and every unassigned prefix, each judged by
// kpii and by libphonenumber (github.com/nyaruka/phonenumbers, parsed with
// default region KR). Verdict and type must agree; where kpii deliberately
// disagrees the number must fall under one of the exceptions below, each
// with its reason, and each exception is counted.

// phoneXException names a deliberate disagreement with libphonenumber.
type phoneXException int

const (
	phoneXNone phoneXException = iota
	// 1551, 1555, 1811, 1844, 1866 + 4 digits: libphonenumber has them in
	// ShortNumberMetadata only; kpii accepts them as representative numbers
	// (working 대표번호 ranges). Checked: libphonenumber calls them valid
	// short numbers.
	phoneXShortOnlyUAN
	// 081–084, 086–088 and 085XX before a number: libphonenumber strips a
	// domestic carrier-selection code (national_prefix_for_parsing
	// 0(8(?:[1-46-8]|5\d\d))?) and judges the rest; kpii rejects the
	// prefix, which nobody writes in a contact number.
	phoneXCarrierCode
	// 0 + an 8-digit representative number (01588-1234) in national form:
	// libphonenumber strips the 0 as a trunk prefix; kpii rejects it in
	// national form (it accepts +82 (0)1588-1234, where the 0 is plainly a
	// trunk prefix).
	phoneXTrunkUAN
	// A national number without its trunk 0 (10-1234-5678, 2-123-4567,
	// 15-123-4567): libphonenumber treats the national prefix as optional
	// and accepts it; kpii requires it (or +82), because in Korean text a
	// digit run without it is a fragment — a date, an amount, an id —
	// and accepting it would make most 8–10-digit runs phone numbers. The
	// reference's "10-1234-5678 invalid" is kpii's verdict, not
	// libphonenumber's. Checked: kpii accepts the number with the 0.
	phoneXNoTrunk
	// 00 82 and a number: kpii accepts the bare ITU international prefix
	// 00 that most countries use (0082-10-1234-5678); libphonenumber, with
	// KR as default region, knows only the Korean carriers' prefixes (001,
	// 002, 00700 …) and fails with "invalid country code". Checked: kpii
	// reads the same national number as from 001-82-….
	phoneXBareIDD
	phoneXCount
)

var phoneXReasons = [phoneXCount]string{
	phoneXNone:         "none",
	phoneXShortOnlyUAN: "short-number-only representative range",
	phoneXCarrierCode:  "domestic carrier-selection code",
	phoneXTrunkUAN:     "trunk 0 before a representative number",
	phoneXNoTrunk:      "national number without its trunk 0",
	phoneXBareIDD:      "bare 00 international prefix",
}

// phoneXClassify says which exception, if any, explains a disagreement
// about the national digit string n.
func phoneXClassify(n string) phoneXException {
	if len(n) == 8 {
		for _, p := range phoneShortOnlyUAN {
			if strings.HasPrefix(n, p) {
				return phoneXShortOnlyUAN
			}
		}
	}
	if strings.HasPrefix(n, "0082") {
		return phoneXBareIDD
	}
	if len(n) >= 3 && n[0] == '0' && n[1] == '8' && n[2] != '0' && n[2] != '9' {
		return phoneXCarrierCode
	}
	if len(n) == 9 && n[0] == '0' && phoneIsUAN([]byte(n[1:])) {
		return phoneXTrunkUAN
	}
	if n != "" && n[0] != '0' && IsValidPhone("0"+n) {
		return phoneXNoTrunk
	}
	return phoneXNone
}

// phoneLibType maps a kpii type to the libphonenumber type it must agree with.
var phoneLibType = map[PhoneType]phonenumbers.PhoneNumberType{
	PhoneMobile:         phonenumbers.MOBILE,
	PhoneM2M:            phonenumbers.MOBILE,
	PhonePager:          phonenumbers.PAGER,
	PhoneLandline:       phonenumbers.FIXED_LINE,
	PhoneAreaShortCode:  phonenumbers.FIXED_LINE,
	PhoneVoIP:           phonenumbers.VOIP,
	PhonePersonal:       phonenumbers.PERSONAL_NUMBER,
	PhoneTollFree:       phonenumbers.TOLL_FREE,
	PhonePremiumRate:    phonenumbers.PREMIUM_RATE,
	PhoneRepresentative: phonenumbers.UAN,
}

// phoneLibVerdict is libphonenumber's judgement of s with default region KR.
func phoneLibVerdict(s string) (*phonenumbers.PhoneNumber, bool) {
	num, err := phonenumbers.Parse(s, "KR")
	if err != nil {
		return nil, false
	}
	return num, phonenumbers.IsValidNumberForRegion(num, "KR")
}

// phoneXFormatsDiffer reports whether kpii's display forms deliberately
// differ from libphonenumber's for the national number n: 050X (Korean
// 0505-123-4567 grouping, libphonenumber 050-5123-4567) and the
// international toll-free 00308/00368/00798 ranges (kpii groups with '-',
// libphonenumber with spaces nationally and not at all internationally).
func phoneXFormatsDiffer(n string) bool {
	return strings.HasPrefix(n, "050") || strings.HasPrefix(n, "00")
}

// phoneXNumbers generates the national digit strings of the cross-check:
// every prefix of the plan (050 expanded to 0500–0509) with every
// subscriber length from one below the minimum to one above the maximum
// (and, for area codes, the 3–4-digit short codes), every pair of leading
// subscriber digits 00–99 followed by three fills; and every unassigned
// three-digit 0-prefix and four-digit 1-prefix with the lengths numbers
// have.
func phoneXNumbers() []string {
	fills := []string{"00000000", "34567890", "99999999"}
	var out []string
	add := func(prefix string, subLen int) {
		for lead := 0; lead < 100; lead++ {
			for _, f := range fills {
				sub := []byte(strconv.Itoa(100 + lead)[1:] + f)
				if subLen < 2 {
					continue
				}
				out = append(out, prefix+string(sub[:subLen]))
			}
		}
	}
	for _, r := range phonePlan {
		prefixes := []string{r.prefix}
		if int(r.prefixLen) > len(r.prefix) {
			prefixes = prefixes[:0]
			for d := '0'; d <= '9'; d++ {
				prefixes = append(prefixes, r.prefix+string(d))
			}
		}
		for _, p := range prefixes {
			lo, hi := int(r.minSub)-1, int(r.maxSub)+1
			if r.rule == phoneRuleArea {
				lo = 2
			}
			for l := lo; l <= hi; l++ {
				add(p, l)
			}
		}
	}
	// Unassigned prefixes.
	for k := 0; k < 100; k++ {
		p := "0" + strconv.Itoa(100 + k)[1:]
		if phoneIndex[phoneKey3(p)] != 0 {
			continue
		}
		for l := 5; l <= 10; l++ { // national lengths 8–13
			add(p, l)
		}
	}
	for k := 0; k < 1000; k++ {
		p := "1" + strconv.Itoa(1000 + k)[1:]
		if _, err := phoneClassify([]byte(p + "1234")); err == nil {
			continue
		}
		out = append(out, p+"1234", p+"0000", p+"9876")
	}
	return out
}

func TestPhoneCrossCheckLibphonenumber(t *testing.T) {
	numbers := phoneXNumbers()
	require.Greater(t, len(numbers), 10000)

	var checked, valid, invalid, formats int
	var excepted [phoneXCount]int
	for _, n := range numbers {
		checked++
		info, err := ParsePhone(n)
		mine := err == nil
		num, lib := phoneLibVerdict(n)

		if mine != lib {
			ex := phoneXClassify(n)
			if ex == phoneXNone {
				t.Errorf("%s: kpii valid=%v (%v), libphonenumber valid=%v — no documented exception", n, mine, err, lib)
				continue
			}
			excepted[ex]++
			switch ex {
			case phoneXShortOnlyUAN:
				assert.True(t, mine, n)
				require.NotNil(t, num, n)
				assert.True(t, phonenumbers.IsValidShortNumberForRegion(num, "KR"), "%s: libphonenumber should call it a valid short number", n)
			case phoneXCarrierCode:
				assert.False(t, mine, n)
				require.NotNil(t, num, n)
				nsn := phonenumbers.GetNationalSignificantNumber(num)
				assert.True(t, len(nsn) < len(n)-1 && strings.HasSuffix(n, nsn), "%s: libphonenumber should have stripped a carrier code, kept %s", n, nsn)
			case phoneXTrunkUAN:
				assert.False(t, mine, n)
				require.NotNil(t, num, n)
				assert.Equal(t, n[1:], phonenumbers.GetNationalSignificantNumber(num), n)
			case phoneXBareIDD:
				assert.True(t, mine, n)
				via001, err := ParsePhone("001" + n[2:])
				require.NoError(t, err, n)
				assert.Equal(t, via001, info, n)
			case phoneXNoTrunk:
				assert.False(t, mine, n)
				assert.ErrorIs(t, err, ErrComponent, n)
				withTrunk, err := ParsePhone("0" + n)
				require.NoError(t, err, n)
				require.NotNil(t, num, n)
				assert.Equal(t, n, phonenumbers.GetNationalSignificantNumber(num), n)
				assert.Equal(t, phoneLibType[withTrunk.Type()], phonenumbers.GetNumberType(num), n)
			}
			continue
		}
		if !mine {
			invalid++
			continue
		}
		valid++
		require.NotNil(t, num, n)
		assert.Equal(t, phoneLibType[info.Type()], phonenumbers.GetNumberType(num), "%s: type %v", n, info.Type())
		assert.Equal(t, phonenumbers.Format(num, phonenumbers.E164), info.E164(), n)
		if !phoneXFormatsDiffer(n) {
			formats++
			assert.Equal(t, phonenumbers.Format(num, phonenumbers.NATIONAL), info.National(), n)
			assert.Equal(t, phonenumbers.Format(num, phonenumbers.INTERNATIONAL), info.International(), n)
		}
		if r, ok := info.Region(); ok {
			en, err := phonenumbers.GetGeocodingForNumber(num, "en")
			require.NoError(t, err, n)
			assert.Equal(t, en, r.English(), n)
		}

		// The international form must get the same verdict from both.
		intl := info.International()
		_, libIntl := phoneLibVerdict(intl)
		assert.True(t, libIntl, "%s: libphonenumber rejects %s", n, intl)
		back, err := ParsePhone(intl)
		if assert.NoError(t, err, intl) {
			assert.Equal(t, n, back.Digits(), intl)
		}
	}
	t.Logf("libphonenumber cross-check: %d numbers: %d valid and %d invalid by both, %d with identical national/international formatting", checked, valid, invalid, formats)
	for ex := phoneXShortOnlyUAN; ex < phoneXCount; ex++ {
		t.Logf("  documented disagreement %q: %d numbers", phoneXReasons[ex], excepted[ex])
	}
	assert.Positive(t, excepted[phoneXShortOnlyUAN])
}

// TestPhoneCrossCheckGeocoding: the region names are libphonenumber's
// geocoder's, in Korean and English.
func TestPhoneCrossCheckGeocoding(t *testing.T) {
	for r := phoneRegionSeoul; r < phoneRegionCount; r++ {
		n := r.AreaCode() + "1234567"
		num, ok := phoneLibVerdict(n)
		require.True(t, ok, n)
		ko, err := phonenumbers.GetGeocodingForNumber(num, "ko")
		require.NoError(t, err, n)
		en, err := phonenumbers.GetGeocodingForNumber(num, "en")
		require.NoError(t, err, n)
		assert.Equal(t, ko, r.Korean(), n)
		assert.Equal(t, en, r.English(), n)
	}
}

// TestPhoneCrossCheckExceptions lists, one by one, the written forms on
// which kpii deliberately disagrees with libphonenumber, and checks that
// libphonenumber still says what the reason claims.
func TestPhoneCrossCheckExceptions(t *testing.T) {
	tests := []struct {
		in       string
		kpii     bool
		lib      bool
		reason   string
		national string // kpii's National(), when valid
		libNat   string // libphonenumber's NATIONAL format, when valid
	}{
		{"1551-1234", true, false, "short-number-only representative range", "1551-1234", ""},
		{"1555-1234", true, false, "short-number-only representative range", "1555-1234", ""},
		{"1811-1234", true, false, "short-number-only representative range", "1811-1234", ""},
		{"1844-1234", true, false, "short-number-only representative range", "1844-1234", ""},
		{"1866-1234", true, false, "short-number-only representative range", "1866-1234", ""},
		{"081-1588-1234", false, true, "domestic carrier-selection code", "", "1588-1234"},
		{"082-10-1234-5678", false, true, "domestic carrier-selection code", "", "010-1234-5678"},
		{"08512-2-123-4567", false, true, "domestic carrier-selection code", "", "02-123-4567"},
		{"01588-1234", false, true, "trunk 0 before a representative number in national form", "", "1588-1234"},
		{"10-1234-5678", false, true, "national number without its trunk 0", "", "010-1234-5678"},
		{"2-123-4567", false, true, "national number without its trunk 0", "", "02-123-4567"},
		{"70-1234-5678", false, true, "national number without its trunk 0", "", "070-1234-5678"},
		{"0082-10-1234-5678", true, false, "bare 00 international prefix (libphonenumber: invalid country code)", "010-1234-5678", ""},
		{"0505-123-4567", true, true, "Korean 050X grouping", "0505-123-4567", "050-5123-4567"},
		{"0504-1234-5678", true, true, "Korean 050X grouping", "0504-1234-5678", "050-41234-5678"},
		{"00798-123-4567", true, true, "'-' grouping of international toll-free numbers", "00798-123-4567", "00798 123 4567"},
		{"00308-123-456", true, true, "'-' grouping of international toll-free numbers", "00308-123-456", "00308 123 456"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			info, err := ParsePhone(tt.in)
			assert.Equal(t, tt.kpii, err == nil, "kpii verdict (%s): %v", tt.reason, err)
			num, lib := phoneLibVerdict(tt.in)
			assert.Equal(t, tt.lib, lib, "libphonenumber verdict (%s)", tt.reason)
			if tt.kpii {
				assert.Equal(t, tt.national, info.National())
			}
			if tt.lib {
				assert.Equal(t, tt.libNat, phonenumbers.Format(num, phonenumbers.NATIONAL))
			}
		})
	}
}

// TestPhoneCrossCheckWrittenForms: the accepted written forms get
// libphonenumber's verdict and national digits.
func TestPhoneCrossCheckWrittenForms(t *testing.T) {
	forms := []string{
		"010-1234-5678", "010 1234 5678", "010.1234.5678", "０１０－１２３４－５６７８",
		"+82 10-1234-5678", "+821012345678", "+82 010 1234 5678", "+82 (0)10 1234 5678",
		"(+82) 10-1234-5678", "82-10-1234-5678", "001-82-10-1234-5678", "00700-82-10-1234-5678",
		"02)123-4567", "(031) 123-4567", "+82-2-123-4567", "+82 2 1234 5678",
		"+82 1588 1234", "+82 (0)1588-1234", "+82-70-1234-5678", "+82 00798 123 4567",
		"010–1234–5678", "010ー1234ー5678",
	}
	for _, s := range forms {
		info, err := ParsePhone(s)
		require.NoError(t, err, s)
		num, lib := phoneLibVerdict(s)
		require.True(t, lib, s)
		assert.Equal(t, phonenumbers.Format(num, phonenumbers.E164), info.E164(), s)
	}
}
