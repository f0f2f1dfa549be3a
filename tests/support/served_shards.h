// Shards served on loopback by plenary-serve for the tests, on ports the servers pick free
// (--port 0), and stopped when the test ends however it ends: by the destructor, and, should the
// test program die, by the kernel (the server is told to stop when its parent dies).
#pragma once

#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

namespace plenary::testing {

class ServedShard {
public:
    // plenary-serve with arguments (--port 0 among them), its output in output_file; waits until
    // it announces its address.
    ServedShard(const std::vector<std::string>& arguments, const fs::path& output_file) : output_(output_file) {
        std::vector<std::string> argv{(bin_dir / "plenary-serve").string()};
        argv.insert(argv.end(), arguments.begin(), arguments.end());
        start(argv);
        wait_until_serving();
    }
    ~ServedShard() { stop(); }
    ServedShard(const ServedShard&) = delete;
    ServedShard& operator=(const ServedShard&) = delete;

    unsigned port() const { return port_; }
    std::string address() const { return "127.0.0.1:" + std::to_string(port_); }
    pid_t pid() const { return pid_; }

    // SIGTERM, as systemd stops it; returns plenary-serve's exit status.
    int stop() {
        if (pid_ <= 0) return status_;
        kill(pid_, SIGTERM);
        return wait();
    }

    // The server and the processes it forked for its connections die at once (SIGKILL), as in a crash.
    void crash_server() {
        std::string children = read_file("/proc/" + std::to_string(pid_) + "/task/" + std::to_string(pid_) + "/children");
        pid_t server = std::stoi(children);
        kill(-server, SIGKILL);
    }

    std::string output() const { return read_file(output_); }

private:
    void start(const std::vector<std::string>& argv) {
        const pid_t parent = getpid();
        pid_ = fork();
        if (pid_ < 0) throw std::runtime_error("cannot fork");
        if (pid_ == 0) {
            prctl(PR_SET_PDEATHSIG, SIGTERM);
            if (getppid() != parent) _exit(1);
            int fd = open(output_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            dup2(fd, STDOUT_FILENO);
            dup2(fd, STDERR_FILENO);
            std::vector<char*> arguments;
            for (const auto& argument : argv) arguments.push_back(const_cast<char*>(argument.c_str()));
            arguments.push_back(nullptr);
            execv(arguments[0], arguments.data());
            _exit(127);
        }
    }

    // The port of the line "plenary-serve: serving ... on 127.0.0.1:PORT", or 0 before it.
    static unsigned announced_port(const std::string& text) {
        auto serving = text.find("plenary-serve: serving ");
        auto address = text.find(" on 127.0.0.1:", serving == std::string::npos ? text.size() : serving);
        auto end = text.find('\n', address);
        if (address == std::string::npos || end == std::string::npos) return 0;
        return std::stoul(text.substr(address + 14, end - address - 14));
    }

    void wait_until_serving() {
        auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (std::chrono::steady_clock::now() < deadline) {
            std::string text = output();
            if ((port_ = announced_port(text)) != 0) return;
            if (waitpid(pid_, &status_, WNOHANG) == pid_) {
                pid_ = -1;
                throw std::runtime_error("plenary-serve did not start: " + text);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        stop();
        throw std::runtime_error("plenary-serve did not announce its port: " + output());
    }

    int wait() {
        int status = 0;
        while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
        }
        pid_ = -1;
        status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        return status_;
    }

    fs::path output_;
    pid_t pid_ = -1;
    int status_ = 0;
    unsigned port_ = 0;
};

} // namespace plenary::testing
