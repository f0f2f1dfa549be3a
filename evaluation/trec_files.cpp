#include "plenary/eval/trec_files.h"

#include "plenary/files.h"
#include "plenary/strings.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <system_error>

namespace plenary::eval {

namespace fs = std::filesystem;

namespace {

std::vector<std::string_view> fields_of(std::string_view line) {
    std::vector<std::string_view> fields;
    std::size_t pos = 0;
    while (true) {
        pos = line.find_first_not_of(" \t\r", pos);
        if (pos == std::string_view::npos) break;
        auto end = line.find_first_of(" \t\r", pos);
        if (end == std::string_view::npos) end = line.size();
        fields.push_back(line.substr(pos, end - pos));
        pos = end;
    }
    return fields;
}

template <typename Number>
bool parse_number(std::string_view text, Number& value) {
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

// Calls each(line number, fields) for every non-blank line.
template <typename Each>
void for_each_line(std::string_view text, Each each) {
    std::size_t number = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        ++number;
        auto fields = fields_of(text.substr(pos, end - pos));
        if (!fields.empty()) each(number, fields);
        pos = end + 1;
    }
}

std::string read_text(const fs::path& file) {
    try {
        return read_text_file(file);
    } catch (const FileReadError& error) {
        throw InputError(error.what());
    }
}

InputError line_error(const fs::path& file, std::size_t line, const std::string& reason) {
    return InputError(fmt::format("{}:{}: {}", file.string(), line, reason));
}

// A control character in an id would be written raw into reports and runs, and a NUL cuts messages short.
void check_printable(const fs::path& file, std::size_t line, const std::vector<std::string_view>& fields,
                     const std::vector<std::string_view>& names) {
    for (std::size_t i = 0; i < fields.size() && i < names.size(); ++i) {
        if (has_control_character(fields[i])) {
            throw line_error(file, line, fmt::format("{} '{}' contains a control character", names[i], printable(fields[i])));
        }
    }
}

} // namespace

Qrels parse_qrels(std::string_view text, const fs::path& file) {
    Qrels qrels;
    std::map<std::pair<std::string, std::string>, std::size_t> first_line;
    for_each_line(text, [&](std::size_t line, const std::vector<std::string_view>& fields) {
        if (fields.size() != 4) {
            throw line_error(file, line, fmt::format("expected 4 fields (qid iter docno grade), found {}", fields.size()));
        }
        check_printable(file, line, fields, {"qid", "iter", "docno", "grade"});
        int grade = 0;
        if (!parse_number(fields[3], grade)) {
            throw line_error(file, line, fmt::format("grade '{}' is not an integer", printable(fields[3])));
        }
        std::string qid(fields[0]);
        std::string docno(fields[2]);
        auto [seen, inserted] = first_line.emplace(std::pair{qid, docno}, line);
        if (!inserted) {
            throw line_error(file, line, fmt::format("{} judged twice for topic {} (first on line {})", docno, qid,
                                                     seen->second));
        }
        qrels[qid][docno] = grade;
    });
    return qrels;
}

Run parse_run(std::string_view text, const fs::path& file) {
    Run run;
    std::map<std::pair<std::string, std::string>, std::size_t> first_line;
    for_each_line(text, [&](std::size_t line, const std::vector<std::string_view>& fields) {
        if (fields.size() != 6) {
            throw line_error(file, line,
                             fmt::format("expected 6 fields (qid Q0 docno rank score tag), found {}", fields.size()));
        }
        check_printable(file, line, fields, {"qid", "Q0", "docno", "rank", "score", "tag"});
        long rank = 0;
        if (!parse_number(fields[3], rank)) throw line_error(file, line, fmt::format("rank '{}' is not an integer", printable(fields[3])));
        double score = 0;
        if (!parse_number(fields[4], score)) throw line_error(file, line, fmt::format("score '{}' is not a number", printable(fields[4])));
        // NaN would break the sort below (no strict weak order); infinities tie with each other.
        if (!std::isfinite(score)) throw line_error(file, line, fmt::format("score '{}' is not a finite number", printable(fields[4])));
        std::string qid(fields[0]);
        std::string docno(fields[2]);
        auto [seen, inserted] = first_line.emplace(std::pair{qid, docno}, line);
        if (!inserted) {
            throw line_error(file, line, fmt::format("{} retrieved twice for topic {} (first on line {})", docno, qid,
                                                     seen->second));
        }
        if (run.tag.empty()) run.tag = std::string(fields[5]);
        run.topics[qid].push_back({docno, score});
    });
    if (run.tag.empty()) run.tag = file.filename().string();
    for (auto& [qid, retrieved] : run.topics) {
        std::sort(retrieved.begin(), retrieved.end(), [](const Retrieved& a, const Retrieved& b) {
            if (a.score != b.score) return a.score > b.score;
            return a.docno > b.docno;
        });
    }
    return run;
}

Qrels read_qrels(const fs::path& file) {
    Qrels qrels = parse_qrels(read_text(file), file);
    if (qrels.empty()) throw InputError(fmt::format("{}: no relevance judgments in the file", file.string()));
    return qrels;
}
Run read_run(const fs::path& file) { return parse_run(read_text(file), file); }

} // namespace plenary::eval
