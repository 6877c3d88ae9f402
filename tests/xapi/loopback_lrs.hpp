#pragma once
// A tiny LRS for the sender tests: plain POSIX sockets on 127.0.0.1, an ephemeral port, one
// thread, every wait bounded. It checks the xAPI version header, the content type and Basic auth
// of each POST to /statements, answers the scripted replies in order (then 200), and logs which
// statement ids it stored (200, or 409 which the sender must count as stored).

#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace smo::test {

inline std::string base64(const std::string& in) {
    static constexpr char kTable[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        const unsigned n = (static_cast<unsigned char>(in[i]) << 16) |
                           (static_cast<unsigned char>(in[i + 1]) << 8) |
                           static_cast<unsigned char>(in[i + 2]);
        out += {kTable[(n >> 18) & 63], kTable[(n >> 12) & 63], kTable[(n >> 6) & 63], kTable[n & 63]};
    }
    if (i + 1 == in.size()) {
        const unsigned n = static_cast<unsigned char>(in[i]) << 16;
        out += {kTable[(n >> 18) & 63], kTable[(n >> 12) & 63], '=', '='};
    } else if (i + 2 == in.size()) {
        const unsigned n =
            (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8);
        out += {kTable[(n >> 18) & 63], kTable[(n >> 12) & 63], kTable[(n >> 6) & 63], '='};
    }
    return out;
}

class LoopbackLrs {
  public:
    enum class Reply { Ok, Conflict, ServerError, Slow, Drop };

    struct Request {
        std::string id; ///< the statement's id ("" when the body was not a statement)
        Reply reply = Reply::Ok;
        bool headers_ok = false;
        std::string problem; ///< what was wrong with the request
    };

    /// `slow_ms`: how long a Slow reply waits before answering (longer than the client's timeout).
    LoopbackLrs(std::string key, std::string secret, std::vector<Reply> script, int slow_ms)
        : m_auth("Basic " + base64(key + ":" + secret)), m_script(std::move(script)), m_slow_ms(slow_ms) {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        if (m_listen < 0) throw std::runtime_error("socket");
        int one = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // never reachable from outside
        addr.sin_port = 0;                             // ephemeral
        if (::bind(m_listen, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
            ::listen(m_listen, 8) != 0)
            throw std::runtime_error("bind/listen");
        socklen_t len = sizeof addr;
        ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&addr), &len);
        m_port = ntohs(addr.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~LoopbackLrs() {
        m_stop = true;
        m_thread.join();
        ::close(m_listen);
    }

    std::string endpoint() const { return "http://127.0.0.1:" + std::to_string(m_port) + "/xapi/"; }

    std::vector<Request> requests() const {
        std::lock_guard lock(m_mutex);
        return m_requests;
    }
    /// Statement id -> how many times it was stored (200 or 409 answered to it).
    std::map<std::string, int> stored() const {
        std::lock_guard lock(m_mutex);
        return m_stored;
    }

  private:
    // Waits at most `ms` for `fd` to be readable; false on timeout or stop.
    bool readable(int fd, int ms) {
        const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
        while (!m_stop && std::chrono::steady_clock::now() < until) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 50) > 0) return true;
        }
        return false;
    }

    // Reads one HTTP request (headers and Content-Length body), each read bounded by 2 s.
    bool read_request(int fd, std::string& head, std::string& body) {
        std::string data;
        char buf[4096];
        std::size_t header_end = std::string::npos;
        while (header_end == std::string::npos) {
            if (!readable(fd, 2000)) return false;
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0) return false;
            data.append(buf, static_cast<std::size_t>(n));
            header_end = data.find("\r\n\r\n");
        }
        head = data.substr(0, header_end);
        body = data.substr(header_end + 4);
        std::size_t length = 0;
        const std::string lower = lowercase(head);
        if (auto at = lower.find("\r\ncontent-length:"); at != std::string::npos)
            length = std::stoul(head.substr(at + 17));
        while (body.size() < length) {
            if (!readable(fd, 2000)) return false;
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0) return false;
            body.append(buf, static_cast<std::size_t>(n));
        }
        return true;
    }

    static std::string lowercase(std::string s) {
        for (char& c : s)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return s;
    }

    static std::string header(const std::string& head, const std::string& name) {
        const std::string lower = lowercase(head);
        const auto at = lower.find("\r\n" + name + ":");
        if (at == std::string::npos) return {};
        std::size_t start = at + 3 + name.size();
        while (start < head.size() && head[start] == ' ')
            ++start;
        return head.substr(start, head.find("\r\n", start) - start);
    }

    void answer(int fd, int status, const std::string& reason, const std::string& body) {
        const std::string response =
            "HTTP/1.1 " + std::to_string(status) + " " + reason +
            "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
            "\r\nConnection: close\r\n\r\n" + body;
        ::send(fd, response.data(), response.size(), MSG_NOSIGNAL);
    }

    void handle(int fd) {
        std::string head, body;
        if (!read_request(fd, head, body)) return;
        Request r;
        if (head.rfind("POST /xapi/statements HTTP/1.1", 0) != 0)
            r.problem += "request line: " + head.substr(0, head.find("\r\n")) + "; ";
        if (header(head, "x-experience-api-version") != "1.0.3") r.problem += "version header missing; ";
        if (header(head, "content-type") != "application/json") r.problem += "content type; ";
        if (header(head, "authorization") != m_auth) r.problem += "authorization; ";
        try {
            r.id = nlohmann::json::parse(body).at("id").get<std::string>();
        } catch (const std::exception&) {
            r.problem += "body is not a statement with an id; ";
        }
        r.headers_ok = r.problem.empty();
        {
            std::lock_guard lock(m_mutex);
            r.reply = m_next < m_script.size() ? m_script[m_next] : Reply::Ok;
            ++m_next;
            m_requests.push_back(r);
        }
        if (!r.headers_ok) {
            answer(fd, 401, "Unauthorized", "{\"message\":\"" + r.problem + "\"}");
            return;
        }
        switch (r.reply) {
        case Reply::Ok:
        case Reply::Conflict: {
            std::lock_guard lock(m_mutex);
            ++m_stored[r.id];
        }
            if (r.reply == Reply::Ok)
                answer(fd, 200, "OK", "[\"" + r.id + "\"]");
            else
                answer(fd, 409, "Conflict", "{\"message\":\"statement exists\"}");
            break;
        case Reply::ServerError:
            answer(fd, 500, "Internal Server Error", "{\"message\":\"database down\"}");
            break;
        case Reply::Slow:
            // Longer than the client waits: the client must give up and retry later.
            readable(-1, m_slow_ms);
            answer(fd, 200, "OK", "[\"" + r.id + "\"]");
            break;
        case Reply::Drop:
            break; // close without a word
        }
    }

    void serve() {
        while (!m_stop) {
            pollfd p{m_listen, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0) continue;
            const int fd = ::accept(m_listen, nullptr, nullptr);
            if (fd < 0) continue;
            handle(fd);
            ::close(fd);
        }
    }

    std::string m_auth;
    std::vector<Reply> m_script;
    int m_slow_ms;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    std::size_t m_next = 0;
    std::vector<Request> m_requests;
    std::map<std::string, int> m_stored;
    std::thread m_thread;
};

} // namespace smo::test
