// libFuzzer target: any bytes as a statement, in each SMO type, through analyse + evaluate.
#include "fuzz_engine.hpp"

#include <cstdint>
#include <cstdlib>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace smo::scoring;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    Context ctx;
    if (size > 0) {
        static const char* kTypes[] = {"individueel_opeenvolgend", "met_werknemer", "thema_beleid"};
        ctx.smo_type = kTypes[data[0] % 3];
        if (data[0] & 4) ctx.who_present.push_back("werknemer");
        if (data[0] & 8) ctx.group_size = data[0] >> 4;
        if (data[0] & 16) ctx.kept_out = {"private", "diagnosis"};
        ctx.worker_informed = (data[0] & 32) == 0;
    }
    Analysis scratch;
    Evaluation ev = smo::fuzz::engine().evaluate_text(text, ctx, scratch);
    for (const Span& s : ev.spans)
        if (s.start > s.end || s.end > size) std::abort();
    for (const RuleHit& h : ev.hits)
        for (const Span& s : h.spans)
            if (s.start > s.end || s.end > size) std::abort();
    return 0;
}
