#include "platform/termination.hpp"

#include <csignal>
#include <cstring>
#include <pthread.h>

namespace smo::platform {

namespace {

volatile std::sig_atomic_t g_signal = 0;

constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};

extern "C" void on_termination_signal(int sig) {
    g_signal = sig;
}

sigset_t termination_set() {
    sigset_t set;
    sigemptyset(&set);
    for (int s : kSignals)
        sigaddset(&set, s);
    return set;
}

} // namespace

static_assert(sizeof(sigset_t) <= 128, "TerminationSignalsBlocked::m_old is too small for sigset_t");

void install_termination_handlers() {
    struct sigaction sa;
    std::memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_termination_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND; // no SA_RESTART: the event wait must return with EINTR
    for (int s : kSignals) {
        // A signal ignored by whoever started us stays ignored (nohup, background jobs).
        struct sigaction old;
        if (sigaction(s, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
        sigaction(s, &sa, nullptr);
    }
}

bool termination_requested() {
    return g_signal != 0;
}

int termination_signal() {
    return static_cast<int>(g_signal);
}

TerminationSignalsBlocked::TerminationSignalsBlocked() {
    sigset_t set = termination_set();
    sigset_t old;
    pthread_sigmask(SIG_BLOCK, &set, &old);
    std::memcpy(m_old, &old, sizeof old);
}

TerminationSignalsBlocked::~TerminationSignalsBlocked() {
    sigset_t old;
    std::memcpy(&old, m_old, sizeof old);
    pthread_sigmask(SIG_SETMASK, &old, nullptr); // a signal that came meanwhile is delivered now
}

} // namespace smo::platform
