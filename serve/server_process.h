// Running one of Xapian's servers (xapian-tcpsrv, xapian-replicate-server) under plenary-serve:
// in a process group of its own, so that stopping it also stops the processes it forked for its
// connections, and tied to plenary-serve, so that it never outlives it.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace plenary::serve {

// A free TCP port on interface (an address or a host name), found by binding port 0.
unsigned free_port(const std::string& interface);

enum class ServerEnd {
    stopped,        // plenary-serve was asked to stop (SIGTERM, SIGINT, SIGHUP) and stopped it
    failed_to_start,  // it exited before it listened on its port
    exited,         // it exited by itself after it listened
};

struct ServerOutcome {
    ServerEnd end;
    int status = 0;  // its exit status (128 + signal when a signal ended it)
};

// Runs argv, a server that listens on port, until it exits or plenary-serve gets a signal to stop;
// calls listening() once the port takes connections.
ServerOutcome run_server(const std::vector<std::string>& argv, unsigned port, const std::function<void()>& listening);

// Runs argv to its end and returns its exit status; a signal to stop plenary-serve stops it too
// (status 128 + SIGTERM, and stop_requested() then says so).
int run_to_end(const std::vector<std::string>& argv);

// Waits for duration, or less when plenary-serve is asked to stop; returns whether it was.
bool wait_or_stop(std::chrono::seconds duration);

// Whether a signal asked plenary-serve to stop during run_to_end or wait_or_stop.
bool stop_requested();

} // namespace plenary::serve
