// Numbered tasks on a few threads, for the builds that fill several databases at once.
#pragma once

#include <cstddef>
#include <functional>

namespace plenary {

// Runs task(0) ... task(count - 1), each once, on at most `threads` threads. Once a task has
// thrown no further task starts; the first error is rethrown after every thread has finished.
void run_in_parallel(std::size_t count, std::size_t threads, const std::function<void(std::size_t)>& task);

} // namespace plenary
