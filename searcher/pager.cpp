#include "pager.h"

#include <signal.h>
#include <spawn.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <system_error>
#include <vector>

extern char** environ;

namespace plenary::cli {

namespace {

namespace fs = std::filesystem;

std::size_t terminal_rows() {
    winsize size{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_row > 0) return size.ws_row;
    if (const char* lines = std::getenv("LINES")) {
        long value = std::strtol(lines, nullptr, 10);
        if (value > 0) return static_cast<std::size_t>(value);
    }
    return 24;
}

bool on_path(const std::string& program) {
    std::error_code error;
    if (program.find('/') != std::string::npos) return access(program.c_str(), X_OK) == 0;
    const char* path = std::getenv("PATH");
    std::istringstream folders(path ? path : "");
    for (std::string folder; std::getline(folders, folder, ':');) {
        if (!folder.empty() && access((fs::path(folder) / program).c_str(), X_OK) == 0) return true;
    }
    return false;
}

// Writes all of text to fd; stops quietly when the reader has gone.
void write_all(int fd, const std::string& text) {
    std::size_t written = 0;
    while (written < text.size()) {
        ssize_t n = write(fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        written += static_cast<std::size_t>(n);
    }
}

// The pager's environment: ours, with LESS=FRX unless LESS is set.
std::vector<char*> pager_environment(std::string& less) {
    std::vector<char*> environment;
    for (char** variable = environ; *variable; ++variable) environment.push_back(*variable);
    if (!std::getenv("LESS")) environment.push_back(less.data());
    environment.push_back(nullptr);
    return environment;
}

} // namespace

std::string pager_command() {
    const char* chosen = std::getenv("PLENARY_PAGER");
    if (!chosen) chosen = std::getenv("PAGER");
    std::string command = chosen ? chosen : "less";
    std::string program = command.substr(0, command.find_first_of(" \t"));
    if (program.empty() || program == "cat" || !on_path(program)) return "";
    return command;
}

void write_paged(const std::string& text, const std::string& pager) {
    auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    int pipe_ends[2];
    if (pager.empty() || lines < terminal_rows() || pipe(pipe_ends) != 0) {
        std::cout << text;
        return;
    }
    std::cout.flush();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipe_ends[0], STDIN_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipe_ends[1]);
    std::string shell = "/bin/sh", dash_c = "-c", command = pager, less = "LESS=FRX";
    char* argv[] = {shell.data(), dash_c.data(), command.data(), nullptr};
    std::vector<char*> environment = pager_environment(less);
    pid_t pid = -1;
    int error = posix_spawn(&pid, argv[0], &actions, nullptr, argv, environment.data());
    posix_spawn_file_actions_destroy(&actions);
    close(pipe_ends[0]);
    if (error != 0) {
        close(pipe_ends[1]);
        std::cout << text;
        return;
    }
    // A pager quit early closes the pipe; Ctrl-C is the pager's to handle until it exits.
    struct sigaction ignore{}, previous_pipe{}, previous_interrupt{};
    ignore.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &ignore, &previous_pipe);
    sigaction(SIGINT, &ignore, &previous_interrupt);
    write_all(pipe_ends[1], text);
    close(pipe_ends[1]);
    while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
    }
    sigaction(SIGPIPE, &previous_pipe, nullptr);
    sigaction(SIGINT, &previous_interrupt, nullptr);
}

} // namespace plenary::cli
