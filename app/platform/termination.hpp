#pragma once
// SIGTERM, SIGINT and SIGHUP end the app like closing the window: the handler only sets a flag
// (async-signal-safe); the main loop sees it after the current frame, so a write that has begun
// finishes, and the normal shutdown removes the scratch folder.

namespace smo::platform {

/// Installs the handlers (a signal that was ignored when the app started stays ignored). A second
/// signal of the same kind ends the process at once (the handler resets itself), for when the
/// clean exit hangs.
void install_termination_handlers();

/// True once one of the signals arrived.
bool termination_requested();

/// The signal that arrived (0 if none); run_gui exits with 128 + it, like a shell.
int termination_signal();

/// Blocks the termination signals in this thread while it lives, so threads started meanwhile
/// (the GL driver's) inherit the block and the signal reaches the main thread, interrupting its
/// wait for events.
class TerminationSignalsBlocked {
  public:
    TerminationSignalsBlocked();
    ~TerminationSignalsBlocked();
    TerminationSignalsBlocked(const TerminationSignalsBlocked&) = delete;
    TerminationSignalsBlocked& operator=(const TerminationSignalsBlocked&) = delete;

  private:
    unsigned char m_old[128]; // a sigset_t, kept opaque so this header needs no <signal.h>
};

} // namespace smo::platform
