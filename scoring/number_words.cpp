#include "scoring/number_words.hpp"

#include <array>

namespace smo::scoring {
namespace {

struct Word {
    std::string_view text;
    int value;
};

constexpr std::array<Word, 9> kUnits{{{"een", 1}, {"twee", 2}, {"drie", 3}, {"vier", 4}, {"vijf", 5}, {"zes", 6},
                                      {"zeven", 7}, {"acht", 8}, {"negen", 9}}};
constexpr std::array<Word, 10> kTeens{{{"tien", 10}, {"elf", 11}, {"twaalf", 12}, {"dertien", 13}, {"veertien", 14},
                                       {"vijftien", 15}, {"zestien", 16}, {"zeventien", 17}, {"achttien", 18},
                                       {"negentien", 19}}};
constexpr std::array<Word, 8> kTens{{{"twintig", 20}, {"dertig", 30}, {"veertig", 40}, {"vijftig", 50},
                                     {"zestig", 60}, {"zeventig", 70}, {"tachtig", 80}, {"negentig", 90}}};

template <std::size_t N>
std::optional<int> exactly(std::string_view s, const std::array<Word, N>& words) {
    for (const Word& w : words)
        if (s == w.text) return w.value;
    return std::nullopt;
}

// 1..99: "zeven", "zeventien", "zeventig", "zevenenzeventig" (normalised "ë" is "e": "tweeenveertig").
std::optional<int> below_hundred(std::string_view s) {
    if (auto v = exactly(s, kUnits)) return v;
    if (auto v = exactly(s, kTeens)) return v;
    if (auto v = exactly(s, kTens)) return v;
    for (const Word& unit : kUnits) {
        if (!s.starts_with(unit.text)) continue;
        std::string_view rest = s.substr(unit.text.size());
        if (rest.starts_with("een")) rest.remove_prefix(3); // "tweeën" normalised
        else if (rest.starts_with("en")) rest.remove_prefix(2);
        else continue;
        if (auto tens = exactly(rest, kTens)) return unit.value + *tens;
    }
    return std::nullopt;
}

// 1..999: "honderd", "driehonderd", "honderdtwintig", "tweehonderdvijftig".
std::optional<int> below_thousand(std::string_view s) {
    const std::size_t at = s.find("honderd");
    if (at == std::string_view::npos) return below_hundred(s);
    int hundreds = 1;
    if (at > 0) {
        // "driehonderd", and "veertienhonderd" (1400) the way Dutch counts thousands in hundreds.
        auto unit = exactly(s.substr(0, at), kUnits);
        if (!unit) unit = exactly(s.substr(0, at), kTeens);
        if (!unit) return std::nullopt;
        hundreds = *unit;
    }
    std::string_view rest = s.substr(at + 7);
    if (rest.empty()) return hundreds * 100;
    auto tail = below_hundred(rest);
    if (!tail) return std::nullopt;
    return hundreds * 100 + *tail;
}

// Every number from ten up ends in a ten, a teen or a hundred's part, or holds "honderd"/"duizend";
// most words are rejected here, cheaply (this runs for every word of a statement).
// Byte by byte: these run per word, and a library compare is a call each.
bool ends(std::string_view w, std::string_view tail) {
    if (w.size() < tail.size()) return false;
    for (std::size_t i = 0; i < tail.size(); ++i)
        if (w[w.size() - tail.size() + i] != tail[i]) return false;
    return true;
}

bool could_be_a_number(std::string_view w) {
    if (w.size() < 3) return false;
    // Below seven letters there is no "honderd" or "duizend": the word ends in a ten, a teen or an
    // ordinal's "-ste"/"-de", so in 'g', 'n', 'f' or 'e'. One compare rejects most words.
    if (w.size() < 7 && w.back() != 'g' && w.back() != 'n' && w.back() != 'f' && w.back() != 'e')
        return false;
    if (ends(w, "ste"))
        w.remove_suffix(3);
    else if (ends(w, "de"))
        w.remove_suffix(2);
    if (ends(w, "tig") || ends(w, "tien") || ends(w, "elf") || ends(w, "twaalf")) return true;
    return w.size() >= 7 && (w.find("honderd") != std::string_view::npos || w.find("duizend") != std::string_view::npos);
}

} // namespace

std::optional<NumberWord> parse_number_word(std::string_view word) {
    if (!could_be_a_number(word)) return std::nullopt;
    NumberWord out;
    // Ordinals: "tweeenveertigste", "honderdste", "achtste" ("-de" after some: "negende").
    for (std::string_view suffix : {"ste", "de"}) {
        if (word.size() > suffix.size() + 3 && word.ends_with(suffix)) {
            std::string_view stem = word.substr(0, word.size() - suffix.size());
            if (auto v = parse_number_word(stem); v && !v->ordinal) return NumberWord{v->value, true};
        }
    }
    std::optional<int> value;
    const std::size_t at = word.find("duizend");
    if (at == std::string_view::npos) {
        value = below_thousand(word);
    } else {
        int thousands = 1;
        if (at > 0) {
            auto head = below_thousand(word.substr(0, at));
            if (!head || *head > 9) return std::nullopt;
            thousands = *head;
        }
        std::string_view rest = word.substr(at + 7);
        int tail = 0;
        if (!rest.empty()) {
            auto t = below_thousand(rest);
            if (!t) return std::nullopt;
            tail = *t;
        }
        value = thousands * 1000 + tail;
    }
    if (!value || *value < 10) return std::nullopt;
    out.value = *value;
    return out;
}

} // namespace smo::scoring
