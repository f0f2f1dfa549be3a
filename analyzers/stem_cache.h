// The stems of the words an analyzer has seen, looked up once per token. An
// open-addressing table with a power-of-two size: std::unordered_map spent a
// division per probe and dominated the profile of highlighting.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "plenary/strings.h"

namespace plenary {

class StemCache {
public:
    // The cached stem of term, or nullptr.
    const std::string* find(std::string_view term) const {
        std::uint64_t hash = hash_of(term);
        for (std::size_t i = hash & mask(); slots_[i].used; i = (i + 1) & mask()) {
            if (slots_[i].hash == hash && slots_[i].term == term) return &slots_[i].stem;
        }
        return nullptr;
    }

    const std::string& insert(std::string_view term, std::string stem) {
        if ((size_ + 1) * 4 > slots_.size() * 3) grow();
        std::uint64_t hash = hash_of(term);
        std::size_t i = hash & mask();
        while (slots_[i].used) i = (i + 1) & mask();
        slots_[i] = Slot{hash, std::string(term), std::move(stem), true};
        ++size_;
        return slots_[i].stem;
    }

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::string term;
        std::string stem;
        bool used = false;
    };

    static std::uint64_t hash_of(std::string_view term) {
        std::uint64_t hash = fnv1a(term);
        return hash ^ (hash >> 29);  // the low bits index the table: fold the high ones in
    }
    std::size_t mask() const { return slots_.size() - 1; }

    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        for (auto& slot : old) {
            if (!slot.used) continue;
            std::size_t i = slot.hash & mask();
            while (slots_[i].used) i = (i + 1) & mask();
            slots_[i] = std::move(slot);
        }
    }

    std::vector<Slot> slots_ = std::vector<Slot>(1024);
    std::size_t size_ = 0;
};

} // namespace plenary
