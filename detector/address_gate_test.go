package detector

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kpii/kpii/patterns"
)

// The gate may only leave out numbers patterns.MatchAddress rejects: after
// a syllable roadWordEndsAt does not know, no Korean-form address starts.
func TestRoadWordsAgreeWithMatchAddress(t *testing.T) {
	require.True(t, roadWordEndsAt([]byte("테헤란로"), len("테헤란로")))
	known := 0
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		for _, sep := range []string{"", " ", "  ", "+"} {
			text := []byte("서울특별시 강남구 역삼" + string(r) + sep + "152")
			i := len(text) - 3
			k := len(text) - 3 - len(sep)
			if roadWordEndsAt(text, k) {
				known++
				continue
			}
			_, ok := patterns.MatchAddress(text, i)
			assert.False(t, ok, "%q", text)
			assert.False(t, addressMayEndAt(text, i, len(text), 0), "%q", text)
		}
	}
	assert.Equal(t, 28, known) // seven syllables, each with four separators
}

func TestAddressGateSendsFoldableNeighboursOn(t *testing.T) {
	for _, s := range []string{"역삼동\u3000123", "역삼동\u00a0123", "（123"} {
		text := []byte(s)
		i := len(text) - 3
		assert.True(t, addressMayEndAt(text, i, len(text), 0), "%q", s)
	}
	assert.False(t, addressMayEndAt([]byte("실패 0"), len("실패 "), len("실패 0"), 0))
}

// A number after a road word and before a counter is never an address
// number: the gate may skip it only because MatchAddress rejects it too.
func TestCountersAgreeWithMatchAddress(t *testing.T) {
	counters := []rune("건개명원회시분초년월세장권점주일")
	followers := []string{"", " ", "이", "에", "동", "호 뒤", "길", "로", "지", "\n"}
	for _, c := range counters {
		for _, f := range followers {
			for _, head := range []string{"서울특별시 강남구 역삼동 ", "처리 ", "테헤란로 ", "경기도 양평군 양서면 목왕리 산 "} {
				text := []byte(head + "4" + string(c) + f)
				i := len(head)
				require.True(t, counterAt(text, i+1), "%q", text)
				_, ok := patterns.MatchAddress(text, i)
				assert.False(t, ok, "%q", text)
			}
		}
	}
	// The syllables left out start words MatchAddress takes.
	for _, s := range []string{"역삼동 4번지", "역삼동 4번지에서", "중앙로 4번길 12", "역삼동 4가동"} {
		assert.False(t, counterAt([]byte(s), len("역삼동 4")), s)
	}
}

// postalMayBe may only turn away 5-digit runs patterns.MatchAddress turns
// away too (or that addressMayEndAt sends on anyway).
func TestPostalGateAgreesWithMatchAddress(t *testing.T) {
	prefixes := []string{"", " ", "우편번호 ", "우편번호: ", "(우) ", "(", "[", "zip=", "ZIP code ", "\"zipcode\":\"",
		"postcode ", "Seoul ", "Seoul, ", "INFO ", "port ", "port=", "\"port\": ", ":", "218.194.86.215:", "SKU-FM-",
		"a42298e", "서울특별시 강남구 테헤란로 152 ", "테헤란로 152, ", "152 ", "x, ", "\t", "id='", "(06236) ", "합계 "}
	suffixes := []string{"", " ", ")", "]", " 서울특별시 강남구 테헤란로 152", "서울", ", 서울", " ---", "}", "\"", " HTTP/1.1", "건", ",000원"}
	known := 0
	for _, pre := range prefixes {
		for _, suf := range suffixes {
			text := []byte(pre + "06236" + suf)
			i, j := len(pre), len(pre)+5
			var next byte
			if j < len(text) {
				next = text[j]
			}
			if postalMayBe(text, i, j) || addressMayEndAt(text, i, j, next) {
				known++
				continue
			}
			_, ok := patterns.MatchAddress(text, i)
			assert.False(t, ok, "%q", text)
		}
	}
	assert.Greater(t, known, 100)
}

// Only a number after an English road or 동 name can close a Korean-order
// English address; the gate may skip the others.
func TestEnglishRoadWordsAgreeWithMatchAddress(t *testing.T) {
	words := []string{"Teheran-ro", "Sejong-daero", "Sejongdaero", "Yeoksam-dong", "Yangsu-ri", "Jongno-ga", "Dosan-gil",
		"World Cup buk-ro", "Centum jungang-ro", "INFO", "Info", "ago", "total", "via", "Gangnam-gu", "Seoul", "TEHERAN-RO",
		"retrying", "Jung-ang", "daero", "gil", "Log", "Mapo-gu", "Teheran-roo", "buk-ro", "Gwangnaru-ro 56-gil"}
	known := 0
	for _, w := range words {
		for _, sep := range []string{" ", "  ", ", "} {
			text := []byte("Seoul, Gangnam-gu, " + w + sep + "152")
			i := len(text) - 3
			if addressMayEndAt(text, i, len(text), 0) {
				known++
				continue
			}
			_, ok := patterns.MatchAddress(text, i)
			assert.False(t, ok, "%q", text)
		}
	}
	assert.Equal(t, 14, known) // seven road and 동 names, each after one or two spaces
	m, ok := patterns.MatchAddress([]byte("Seoul, Gangnam-gu, Teheran-ro 152"), len("Seoul, Gangnam-gu, Teheran-ro "))
	require.True(t, ok)
	assert.Equal(t, 0, m.Start)
}
