#include "server_process.h"

#include <netdb.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <system_error>

namespace plenary::serve {

namespace {

bool stopping = false;

// The signals plenary-serve waits for instead of dying of them; the mask before, for the server.
struct Signals {
    sigset_t waited{};
    sigset_t original{};
    Signals() {
        sigemptyset(&waited);
        for (int signal : {SIGTERM, SIGINT, SIGHUP, SIGCHLD}) sigaddset(&waited, signal);
        sigprocmask(SIG_BLOCK, &waited, &original);
    }
};

const Signals& signals() {
    static const Signals blocked;
    return blocked;
}

// The next signal within timeout, or 0.
int next_signal(std::chrono::milliseconds timeout) {
    timespec wait{static_cast<time_t>(timeout.count() / 1000), static_cast<long>(timeout.count() % 1000) * 1'000'000};
    int signal = sigtimedwait(&signals().waited, nullptr, &wait);
    if (signal == SIGTERM || signal == SIGINT || signal == SIGHUP) stopping = true;
    return signal < 0 ? 0 : signal;
}

bool is_stop(int signal) { return signal == SIGTERM || signal == SIGINT || signal == SIGHUP; }

// The server's exit status once it has exited.
std::optional<int> exited(pid_t pid) {
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) != pid) return std::nullopt;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

pid_t spawn_in_group(const std::vector<std::string>& argv) {
    std::vector<char*> arguments;
    for (const auto& argument : argv) arguments.push_back(const_cast<char*>(argument.c_str()));
    arguments.push_back(nullptr);
    const pid_t parent = getpid();
    const sigset_t original = signals().original;
    pid_t pid = fork();
    if (pid < 0) throw std::system_error(errno, std::generic_category(), "fork");
    if (pid == 0) {
        setpgid(0, 0);
        prctl(PR_SET_PDEATHSIG, SIGTERM);  // never outlive plenary-serve
        if (getppid() != parent) _exit(1);
        sigprocmask(SIG_SETMASK, &original, nullptr);
        execvp(arguments[0], arguments.data());
        std::string message = fmt::format("plenary-serve: cannot run {}: {}\n", argv[0], std::strerror(errno));
        [[maybe_unused]] auto written = write(STDERR_FILENO, message.data(), message.size());
        _exit(127);
    }
    setpgid(pid, pid);
    return pid;
}

// SIGTERM to the server and the processes it forked, SIGKILL to what is left after 5 seconds.
void stop_group(pid_t pid) {
    kill(-pid, SIGTERM);
    for (int tick = 0; tick < 100; ++tick) {
        if (exited(pid)) {
            kill(-pid, SIGKILL);  // connections it forked that outlived it
            return;
        }
        next_signal(std::chrono::milliseconds(50));
    }
    kill(-pid, SIGKILL);
    waitpid(pid, nullptr, 0);
}

// Whether a socket listens on port (Linux's tables of TCP sockets, IPv4 and IPv6).
bool port_listening(unsigned port) {
    for (const char* table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        std::ifstream in(table);
        std::string line;
        std::getline(in, line);  // the header
        while (std::getline(in, line)) {
            std::istringstream fields(line);
            std::string slot, local, remote, state;
            fields >> slot >> local >> remote >> state;
            auto colon = local.rfind(':');
            if (state == "0A" && colon != std::string::npos && std::stoul(local.substr(colon + 1), nullptr, 16) == port) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

unsigned free_port(const std::string& interface) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo* found = nullptr;
    if (int error = getaddrinfo(interface.c_str(), "0", &hints, &found); error != 0) {
        throw std::runtime_error(fmt::format("--interface {}: {}", interface, gai_strerror(error)));
    }
    int fd = socket(found->ai_family, found->ai_socktype, found->ai_protocol);
    sockaddr_storage bound{};
    socklen_t length = sizeof bound;
    bool ok = fd >= 0 && bind(fd, found->ai_addr, found->ai_addrlen) == 0 &&
              getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &length) == 0;
    int error = errno;
    freeaddrinfo(found);
    if (fd >= 0) close(fd);
    if (!ok) throw std::system_error(error, std::generic_category(), fmt::format("no free port on {}", interface));
    const auto* address = reinterpret_cast<const sockaddr_in*>(&bound);  // the port is at the same place in IPv6's
    return ntohs(address->sin_port);
}

ServerOutcome run_server(const std::vector<std::string>& argv, unsigned port, const std::function<void()>& listening) {
    signals();
    pid_t pid = spawn_in_group(argv);
    bool announced = false;
    for (;;) {
        int signal = next_signal(std::chrono::milliseconds(announced ? 1000 : 20));
        if (is_stop(signal)) {
            stop_group(pid);
            return {ServerEnd::stopped, 0};
        }
        if (auto status = exited(pid)) {
            kill(-pid, SIGKILL);
            return {announced ? ServerEnd::exited : ServerEnd::failed_to_start, *status};
        }
        if (!announced && port_listening(port)) {
            listening();
            announced = true;
        }
    }
}

int run_to_end(const std::vector<std::string>& argv) {
    signals();
    pid_t pid = spawn_in_group(argv);
    for (;;) {
        int signal = next_signal(std::chrono::milliseconds(1000));
        if (is_stop(signal)) {
            stop_group(pid);
            return 128 + SIGTERM;
        }
        if (auto status = exited(pid)) return *status;
    }
}

bool wait_or_stop(std::chrono::seconds duration) {
    signals();
    auto until = std::chrono::steady_clock::now() + duration;
    while (!stopping && std::chrono::steady_clock::now() < until) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
        next_signal(std::max(left, std::chrono::milliseconds(1)));
    }
    return stopping;
}

bool stop_requested() { return stopping; }

} // namespace plenary::serve
