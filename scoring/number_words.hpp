#pragma once
// Dutch numbers written as one word: "vijfenzestig", "honderdtwintig", "tweeënveertigste" (normalised,
// so "tweeenveertig"). The lexicon lists the short ones; compounds are read here.

#include <optional>
#include <string_view>

namespace smo::scoring {

struct NumberWord {
    int value = 0;
    bool ordinal = false; ///< "tweeenveertigste", "honderdste"
};

/// The number a compound Dutch number word stands for (10 to 9999), or nullopt. Plain units ("een",
/// "drie") are left to the lexicon, where "een" is also the article.
std::optional<NumberWord> parse_number_word(std::string_view word);

} // namespace smo::scoring
