// A tool started as a child process, for tests that kill it, race it or measure it.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

extern char** environ;

namespace plenary::testing {

class ChildProcess {
public:
    // Starts program (a path) with arguments; its stdout and stderr go to output_file.
    ChildProcess(const fs::path& program, const std::vector<std::string>& arguments, const fs::path& output_file) {
        std::vector<std::string> argv_strings{program.string()};
        argv_strings.insert(argv_strings.end(), arguments.begin(), arguments.end());
        std::vector<char*> argv;
        for (auto& argument : argv_strings) argv.push_back(argument.data());
        argv.push_back(nullptr);

        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
        int error = posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        if (error != 0) throw std::runtime_error("cannot start " + argv_strings[0]);
    }
    ~ChildProcess() {
        if (running_) {
            kill(pid_, SIGKILL);
            wait();
        }
    }
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return pid_; }

    // Whether it is still running (not yet waited for and not exited).
    bool running() {
        if (!running_) return false;
        rusage usage{};
        if (wait4(pid_, &status_, WNOHANG, &usage) == pid_) {
            peak_rss_kb_ = usage.ru_maxrss;
            running_ = false;
        }
        return running_;
    }

    void kill_now() { kill(pid_, SIGKILL); }

    // Waits for it to end; returns the raw wait status.
    int wait() {
        if (running_) {
            rusage usage{};
            while (wait4(pid_, &status_, 0, &usage) < 0 && errno == EINTR) {
            }
            peak_rss_kb_ = usage.ru_maxrss;
            running_ = false;
        }
        return status_;
    }

    bool killed() { return WIFSIGNALED(wait()) && WTERMSIG(status_) == SIGKILL; }
    int exit_status() { return WIFEXITED(wait()) ? WEXITSTATUS(status_) : 128 + WTERMSIG(status_); }
    long peak_rss_kb() { wait(); return peak_rss_kb_; }

private:
    pid_t pid_ = -1;
    bool running_ = true;
    int status_ = 0;
    long peak_rss_kb_ = 0;
};

} // namespace plenary::testing
