#include "parallel_tasks.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace plenary {

void run_in_parallel(std::size_t count, std::size_t threads, const std::function<void(std::size_t)>& task) {
    std::vector<std::exception_ptr> errors(count);
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    auto worker = [&] {
        for (std::size_t number; !failed && (number = next++) < count;) {
            try {
                task(number);
            } catch (...) {
                errors[number] = std::current_exception();
                failed = true;
            }
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t i = 0; i < std::min(std::max<std::size_t>(threads, 1), count); ++i) pool.emplace_back(worker);
    for (auto& thread : pool) thread.join();
    for (const auto& error : errors) {
        if (error) std::rethrow_exception(error);
    }
}

} // namespace plenary
