#include "ui/text_wrap.hpp"

#include <algorithm>

namespace smo::ui {

namespace {

bool is_soft_break(std::string_view s, std::size_t i) {
    return s[i] == '\n' && i > 0 && s[i - 1] == ' ';
}

} // namespace

std::string normalise_for_wrap(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '\n')
            while (!out.empty() && out.back() == ' ')
                out.pop_back();
        out += c;
    }
    return out;
}

std::string ellipsize(std::string_view text, float width, const MeasureText& measure) {
    if (measure(text) <= width) return std::string(text);
    static constexpr std::string_view kEllipsis = "\xE2\x80\xA6"; // …
    auto fits = [&](std::size_t n) {
        std::string candidate(text.substr(0, n));
        candidate += kEllipsis;
        return measure(candidate) <= width;
    };
    auto is_boundary = [&](std::size_t n) {
        return n >= text.size() || (static_cast<unsigned char>(text[n]) & 0xC0u) != 0x80u;
    };
    // Binary search for the longest fitting prefix, then step back to a character boundary.
    std::size_t lo = 0, hi = text.size();
    while (lo < hi) {
        const std::size_t mid = (lo + hi + 1) / 2;
        if (fits(mid)) lo = mid;
        else hi = mid - 1;
    }
    while (lo > 0 && !is_boundary(lo))
        --lo;
    std::string out(text.substr(0, lo));
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out + std::string(kEllipsis);
}

std::string remove_soft_breaks(std::string_view shown) {
    std::string out;
    out.reserve(shown.size());
    for (std::size_t i = 0; i < shown.size(); ++i)
        if (!is_soft_break(shown, i)) out += shown[i];
    return out;
}

std::string soft_wrap(std::string_view text, float width, const MeasureText& measure) {
    std::string out;
    out.reserve(text.size() + text.size() / 16);
    std::size_t line_start = 0;
    for (;;) {
        const std::size_t hard = text.find('\n', line_start);
        const std::size_t line_end = hard == std::string_view::npos ? text.size() : hard;
        // Break this hard line into pieces that fit, each ending after a space.
        std::size_t piece = line_start;
        while (piece < line_end) {
            if (measure(text.substr(piece, line_end - piece)) <= width) {
                out.append(text.substr(piece, line_end - piece));
                break;
            }
            std::size_t fit = std::string_view::npos; // end (after a space) of the longest piece that fits
            for (std::size_t sp = text.find(' ', piece); sp < line_end; sp = text.find(' ', sp + 1)) {
                if (sp > piece && measure(text.substr(piece, sp - piece)) > width) break;
                fit = sp + 1;
            }
            if (fit == std::string_view::npos) { // the first word alone is too wide: break after it
                const std::size_t sp = text.find(' ', piece);
                fit = sp < line_end ? sp + 1 : line_end;
            }
            if (fit >= line_end) { // only spaces are left after the piece
                out.append(text.substr(piece, line_end - piece));
                break;
            }
            out.append(text.substr(piece, fit - piece));
            out += '\n';
            piece = fit;
        }
        if (hard == std::string_view::npos) break;
        out += '\n';
        line_start = hard + 1;
    }
    return out;
}

WrappedEdit rewrap_after_edit(std::string_view shown_before, std::string_view edited, std::size_t cursor,
                              float width, const MeasureText& measure) {
    // The edit is what differs between the old buffer and the new one; soft breaks outside it
    // are the old ones, everything inside it was typed (so a typed "\n" is hard).
    const std::size_t n_old = shown_before.size();
    const std::size_t n_new = edited.size();
    const std::size_t shorter = std::min(n_old, n_new);
    std::size_t p = 0;
    while (p < shorter && shown_before[p] == edited[p])
        ++p;
    std::size_t q = 0;
    while (q < shorter - p && shown_before[n_old - 1 - q] == edited[n_new - 1 - q])
        ++q;
    auto text_of = [&](std::size_t from, std::size_t to) { // old bytes [from, to) without soft breaks
        std::string out;
        for (std::size_t i = from; i < to; ++i)
            if (!is_soft_break(shown_before, i)) out += shown_before[i];
        return out;
    };
    std::string head = text_of(0, p);
    const std::string_view inserted = edited.substr(p, n_new - p - q);
    const std::string tail = text_of(n_old - q, n_old);
    bool only_soft_removed = inserted.empty() && n_old - q > p;
    for (std::size_t i = p; i < n_old - q; ++i)
        only_soft_removed = only_soft_removed && is_soft_break(shown_before, i);

    std::size_t offset; // cursor, in bytes of head + inserted + tail
    cursor = std::min(cursor, n_new);
    if (cursor <= p)
        offset = text_of(0, cursor).size();
    else if (cursor <= p + inserted.size())
        offset = head.size() + (cursor - p);
    else
        offset = head.size() + inserted.size() +
                 text_of(n_old - q, n_old - q + (cursor - p - inserted.size())).size();
    if (only_soft_removed && !head.empty() && head.back() == ' ') {
        head.pop_back();
        if (offset > head.size()) --offset;
    }
    const std::string raw = head + std::string(inserted) + tail;

    // A space before a hard break would read as a soft one: drop it (and keep the cursor in place).
    WrappedEdit out;
    std::size_t new_offset = 0;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\n')
            while (!out.text.empty() && out.text.back() == ' ') {
                out.text.pop_back();
                if (new_offset > out.text.size()) new_offset = out.text.size();
            }
        out.text += raw[i];
        if (i < offset) new_offset = out.text.size();
    }
    out.shown = soft_wrap(out.text, width, measure);
    std::size_t n = 0;
    std::size_t i = 0;
    for (; i < out.shown.size(); ++i) {
        if (is_soft_break(out.shown, i)) continue;
        if (n == new_offset) break;
        ++n;
    }
    while (i < out.shown.size() && is_soft_break(out.shown, i)) // typing continues on the new line
        ++i;
    out.cursor = i;
    return out;
}

} // namespace smo::ui
