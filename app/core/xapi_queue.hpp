#pragma once
// The durable outbox of xAPI statements: $XDG_STATE_HOME/smo-trainer/xapi-queue, one file per
// statement. `pending/<seq>-<id>.json` waits to be sent; `sent/<id>` (empty) marks one the LRS
// has; `rejected/<id>.json` one the LRS refused as malformed (400). Every file is written
// atomically (atomic_file.hpp), so a kill mid-send or mid-enqueue loses nothing: a statement is
// pending until its sent marker exists, and one that is both is treated as sent. Thread-safe
// within a process (the UI enqueues, the sender thread takes).

#include "core/xapi_statements.hpp"

#include <cstddef>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace smo::core {

/// "<state dir>/xapi-queue".
std::filesystem::path xapi_queue_dir(const std::filesystem::path& state_dir);

class XapiQueue {
  public:
    /// A queue in `dir` (created with mode 0700 on the first enqueue). What is already there,
    /// from an earlier run, is pending or sent as its files say.
    explicit XapiQueue(std::filesystem::path dir);

    /// Adds the statements that are neither pending nor sent yet (same id = same statement), in
    /// order. `added` (when given) counts the new ones. Returns the first write error, or nullopt.
    std::optional<std::string> enqueue(const std::vector<XapiStatement>& statements,
                                       std::size_t* added = nullptr);

    struct Item {
        std::string id;
        std::string json;
    };
    /// Pending statements in the order they were enqueued (at most `limit`). Unreadable files are skipped.
    std::vector<Item> pending(std::size_t limit = 1000) const;

    /// The LRS has it: writes the sent marker, then drops the pending file.
    std::optional<std::string> mark_sent(const std::string& id);
    /// The LRS refused it for good: moves it to rejected/ so it no longer blocks the queue.
    std::optional<std::string> mark_rejected(const std::string& id);

    std::size_t pending_count() const;
    std::size_t sent_count() const;
    std::size_t rejected_count() const;
    bool is_sent(const std::string& id) const;
    const std::filesystem::path& dir() const { return m_dir; }

  private:
    std::vector<std::filesystem::path> pending_files_locked() const;
    std::filesystem::path m_dir;
    mutable std::mutex m_mutex;
    unsigned long long m_last_seq = 0;
};

} // namespace smo::core
