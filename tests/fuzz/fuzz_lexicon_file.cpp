// libFuzzer target: any bytes as a lexicon file and as a rules file.
#include "scoring/lexicon.hpp"
#include "scoring/matcher.hpp"
#include "scoring/rulebase.hpp"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace smo::scoring;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    std::vector<smo::json::Diagnostic> errors;
    Lexicon lex;
    parse_lexicon_file(text, "fuzz.json", lex, errors);
    if (!lex.entries.empty()) {
        Matcher m(lex);
        NormalisedText n;
        normalise("Hij heeft een burn-out en slikt oxazepam.", n);
        std::vector<Match> out;
        m.find(n, out);
    }
    parse_rulebase(text, "fuzz.json", errors);
    for (const auto& e : errors)
        (void)e.format();
    return 0;
}
