#include "core/xapi_queue.hpp"

#include "core/atomic_file.hpp"
#include "core/paths.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace smo::core {

namespace fs = std::filesystem;

namespace {

// Ids name files: only our UUIDs' characters, so no id can write outside the queue.
bool is_safe_id(const std::string& id) {
    return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == '-';
    });
}

// "<20 digits>-<id>.json" -> id
std::string id_of(const fs::path& file) {
    std::string name = file.filename().string();
    const auto dash = name.find('-');
    if (dash == std::string::npos || name.size() < dash + 6) return {};
    return name.substr(dash + 1, name.size() - dash - 1 - 5);
}

std::size_t count_files(const fs::path& dir) {
    std::error_code ec;
    std::size_t n = 0;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec)) ++n;
    return n;
}

} // namespace

fs::path xapi_queue_dir(const fs::path& state_dir) {
    return state_dir / "xapi-queue";
}

XapiQueue::XapiQueue(fs::path dir) : m_dir(std::move(dir)) {}

std::vector<fs::path> XapiQueue::pending_files_locked() const {
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::directory_iterator it(m_dir / "pending", ec), end; !ec && it != end; it.increment(ec)) {
        const auto& p = it->path();
        // Skips atomic_write's temp files: only finished "<seq>-<id>.json" count.
        if (p.extension() == ".json" && it->is_regular_file(ec) && is_safe_id(id_of(p))) out.push_back(p);
    }
    std::sort(out.begin(), out.end()); // the fixed-width sequence keeps enqueue order
    return out;
}

std::optional<std::string> XapiQueue::enqueue(const std::vector<XapiStatement>& statements,
                                              std::size_t* added) {
    std::lock_guard lock(m_mutex);
    if (added) *added = 0;
    std::string error;
    for (const char* sub : {"pending", "sent"})
        if (!ensure_private_dir(m_dir / sub, error)) return error;
    std::vector<std::string> queued;
    for (const auto& p : pending_files_locked())
        queued.push_back(id_of(p));
    for (const auto& st : statements) {
        if (!is_safe_id(st.id)) return "xAPI: ongeldig statement-id '" + st.id + "'";
        std::error_code ec;
        if (std::find(queued.begin(), queued.end(), st.id) != queued.end() ||
            fs::exists(m_dir / "sent" / st.id, ec))
            continue;
        // Time in ns, strictly increasing within the process: files sort in enqueue order.
        const auto now =
            static_cast<unsigned long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                                std::chrono::system_clock::now().time_since_epoch())
                                                .count());
        m_last_seq = std::max(now, m_last_seq + 1);
        char seq[32];
        std::snprintf(seq, sizeof seq, "%020llu", m_last_seq);
        if (auto e =
                atomic_write(m_dir / "pending" / (std::string(seq) + "-" + st.id + ".json"), st.json, 0600))
            return e;
        queued.push_back(st.id);
        if (added) ++*added;
    }
    return std::nullopt;
}

std::vector<XapiQueue::Item> XapiQueue::pending(std::size_t limit) const {
    std::lock_guard lock(m_mutex);
    std::vector<Item> out;
    for (const auto& p : pending_files_locked()) {
        if (out.size() >= limit) break;
        std::string id = id_of(p);
        std::error_code ec;
        if (fs::exists(m_dir / "sent" / id, ec)) continue; // killed between marker and removal
        std::string error;
        if (auto text = read_file(p, error, 1024 * 1024)) out.push_back({std::move(id), std::move(*text)});
    }
    return out;
}

std::optional<std::string> XapiQueue::mark_sent(const std::string& id) {
    std::lock_guard lock(m_mutex);
    if (!is_safe_id(id)) return "xAPI: ongeldig statement-id '" + id + "'";
    std::string error;
    if (!ensure_private_dir(m_dir / "sent", error)) return error;
    // Marker first: a kill after it leaves a pending file that pending() already skips.
    if (auto e = atomic_write(m_dir / "sent" / id, "", 0600)) return e;
    for (const auto& p : pending_files_locked())
        if (id_of(p) == id) {
            std::error_code ec;
            fs::remove(p, ec);
        }
    return std::nullopt;
}

std::optional<std::string> XapiQueue::mark_rejected(const std::string& id) {
    std::lock_guard lock(m_mutex);
    if (!is_safe_id(id)) return "xAPI: ongeldig statement-id '" + id + "'";
    std::string error;
    if (!ensure_private_dir(m_dir / "rejected", error)) return error;
    for (const auto& p : pending_files_locked())
        if (id_of(p) == id) {
            std::error_code ec;
            fs::rename(p, m_dir / "rejected" / (id + ".json"), ec);
            if (ec) return p.string() + ": " + ec.message();
        }
    return std::nullopt;
}

std::size_t XapiQueue::pending_count() const {
    std::lock_guard lock(m_mutex);
    std::size_t n = 0;
    for (const auto& p : pending_files_locked()) {
        std::error_code ec;
        if (!fs::exists(m_dir / "sent" / id_of(p), ec)) ++n;
    }
    return n;
}

std::size_t XapiQueue::sent_count() const {
    std::lock_guard lock(m_mutex);
    return count_files(m_dir / "sent");
}

std::size_t XapiQueue::rejected_count() const {
    std::lock_guard lock(m_mutex);
    return count_files(m_dir / "rejected");
}

bool XapiQueue::is_sent(const std::string& id) const {
    std::lock_guard lock(m_mutex);
    std::error_code ec;
    return is_safe_id(id) && fs::exists(m_dir / "sent" / id, ec);
}

} // namespace smo::core
