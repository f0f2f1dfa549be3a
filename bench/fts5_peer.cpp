// fts5-peer: the peer plenary is measured against. SQLite FTS5 over the same
// passages plenary makes (the plenary loader splits the files), one row per passage,
// built in one transaction; and the same query set, timed in one process.
//
//   fts5-peer build DB PATH...
//   fts5-peer query DB QUERIES --timings FILE [--warmup N] [--repeat N] [--limit N] [--run FILE]
//
// QUERIES is bench/queries.tsv: qid, plenary query, FTS5 MATCH expression, year range
// (A..B or -). --timings writes qid<TAB>search|full<TAB>nanoseconds per executed query,
// as plenary-search --timings does; --run writes the ranked passage ids of the last pass.
#include <sqlite3.h>

#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "plenary/communique.h"
#include "plenary/indexer.h"

namespace {

namespace fs = std::filesystem;

class Db {
public:
    explicit Db(const std::string& path, int flags) {
        if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
            throw std::runtime_error(fmt::format("{}: {}", path, sqlite3_errmsg(db_)));
        }
    }
    ~Db() { sqlite3_close(db_); }
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    void exec(const std::string& sql) {
        char* message = nullptr;
        if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
            std::string text = message ? message : "unknown error";
            sqlite3_free(message);
            throw std::runtime_error(fmt::format("{}: {}", sql.substr(0, 60), text));
        }
    }
    sqlite3* get() const { return db_; }

private:
    sqlite3* db_ = nullptr;
};

class Statement {
public:
    Statement(Db& db, const std::string& sql) : db_(db) {
        if (sqlite3_prepare_v3(db.get(), sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &statement_, nullptr) != SQLITE_OK) {
            throw std::runtime_error(fmt::format("{}: {}", sql, sqlite3_errmsg(db.get())));
        }
    }
    ~Statement() { sqlite3_finalize(statement_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    sqlite3_stmt* get() const { return statement_; }
    bool step() {
        int status = sqlite3_step(statement_);
        if (status == SQLITE_ROW) return true;
        if (status != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db_.get()));
        return false;
    }
    void reset() {
        sqlite3_reset(statement_);
        sqlite3_clear_bindings(statement_);
    }
    void bind(int index, const std::string& text) {
        sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, long value) { sqlite3_bind_int64(statement_, index, value); }

private:
    Db& db_;
    sqlite3_stmt* statement_ = nullptr;
};

int build(const std::string& db_path, const std::vector<fs::path>& paths) {
    fs::remove(db_path);
    Db db(db_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    db.exec("CREATE VIRTUAL TABLE passages USING fts5(passage UNINDEXED, doc UNINDEXED, year UNINDEXED, body, "
            "tokenize='porter unicode61 remove_diacritics 2')");
    db.exec("BEGIN");
    Statement insert(db, "INSERT INTO passages(passage, doc, year, body) VALUES (?1, ?2, ?3, ?4)");
    std::size_t passages = 0;
    for (const auto& file : plenary::find_source_files(paths)) {
        plenary::Communique communique;
        try {
            communique = plenary::load_communique(file);
        } catch (const plenary::LoadError& error) {
            std::cerr << "fts5-peer: " << file.string() << ": " << error.what() << " (skipped)\n";
            continue;
        }
        for (const auto& passage : communique.passages) {
            insert.bind(1, fmt::format("{}#{}", communique.id, passage.ordinal));
            insert.bind(2, communique.id);
            if (communique.metadata.year) insert.bind(3, static_cast<long>(*communique.metadata.year));
            insert.bind(4, passage.text);
            insert.step();
            insert.reset();
            ++passages;
        }
    }
    db.exec("COMMIT");
    std::cout << passages << " passages\n";
    return 0;
}

struct Query {
    std::string qid;
    std::string match;
    long year_from = 0;
    long year_to = 0;  // 0: no year range
};

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t begin = 0;
    for (std::size_t tab; (tab = line.find('\t', begin)) != std::string::npos; begin = tab + 1) {
        fields.push_back(line.substr(begin, tab - begin));
    }
    fields.push_back(line.substr(begin));
    return fields;
}

std::vector<Query> read_queries(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot read");
    std::vector<Query> queries;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (line.empty() || line.front() == '#') continue;
        auto fields = split_tabs(line);
        if (fields.size() != 4) throw std::runtime_error(fmt::format("{}:{}: expected 4 tab-separated fields", path, number));
        Query query{fields[0], fields[2]};
        if (fields[3] != "-") {
            auto dots = fields[3].find("..");
            if (dots == std::string::npos) throw std::runtime_error(fmt::format("{}:{}: year range is A..B or -", path, number));
            query.year_from = std::stol(fields[3].substr(0, dots));
            query.year_to = std::stol(fields[3].substr(dots + 2));
        }
        queries.push_back(std::move(query));
    }
    return queries;
}

struct QueryOptions {
    std::string timings;
    std::string run;
    int warmup = 2;
    int repeat = 5;
    long limit = 10;
};

// Ranked ids only ("search"), or ids with the passage text, highlights and the
// communiqué's year ("full", what a terminal shows).
class Searcher {
public:
    explicit Searcher(Db& db)
        : search_(db, select("passage", false)), search_years_(db, select("passage", true)),
          full_(db, select(full_columns, false)), full_years_(db, select(full_columns, true)) {}

    std::vector<std::string> run(const Query& query, bool full, long limit) {
        Statement& statement = full ? (query.year_to ? full_years_ : full_) : (query.year_to ? search_years_ : search_);
        statement.bind(1, query.match);
        statement.bind(2, limit);
        if (query.year_to) {
            statement.bind(3, query.year_from);
            statement.bind(4, query.year_to);
        }
        std::vector<std::string> ids;
        while (statement.step()) {
            ids.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(statement.get(), 0)));
            if (full) {
                // What a terminal shows: the text with its matches marked, the doc and year.
                std::string shown = reinterpret_cast<const char*>(sqlite3_column_text(statement.get(), 3));
                shown += reinterpret_cast<const char*>(sqlite3_column_text(statement.get(), 1));
                shown += std::to_string(sqlite3_column_int64(statement.get(), 2));
                checksum_ += shown.size();
            }
        }
        statement.reset();
        return ids;
    }
    std::size_t checksum() const { return checksum_; }

private:
    static constexpr const char* full_columns =
        "passage, doc, year, highlight(passages, 3, char(2), char(3))";
    // ORDER BY rank is FTS5's fast path for its bm25() ranking.
    static std::string select(const std::string& columns, bool years) {
        return fmt::format("SELECT {} FROM passages WHERE passages MATCH ?1{} ORDER BY rank LIMIT ?2", columns,
                           years ? " AND year BETWEEN ?3 AND ?4" : "");
    }

    Statement search_;
    Statement search_years_;
    Statement full_;
    Statement full_years_;
    std::size_t checksum_ = 0;
};

int query(const std::string& db_path, const std::string& queries_path, const QueryOptions& options) {
    auto queries = read_queries(queries_path);
    Db db(db_path, SQLITE_OPEN_READONLY);
    Searcher searcher(db);
    std::ofstream timings(options.timings);
    if (!timings) throw std::runtime_error(options.timings + ": cannot write");
    std::vector<std::vector<std::string>> last(queries.size());
    for (int pass = 0; pass < options.warmup + options.repeat; ++pass) {
        for (bool full : {false, true}) {
            for (std::size_t i = 0; i < queries.size(); ++i) {
                auto started = std::chrono::steady_clock::now();
                auto ids = searcher.run(queries[i], full, options.limit);
                auto took = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - started);
                if (pass >= options.warmup) {
                    timings << queries[i].qid << '\t' << (full ? "full" : "search") << '\t' << took.count() << '\n';
                }
                if (!full) last[i] = std::move(ids);
            }
        }
    }
    if (!options.run.empty()) {
        std::ofstream run(options.run);
        for (std::size_t i = 0; i < queries.size(); ++i) {
            for (std::size_t rank = 0; rank < last[i].size(); ++rank) {
                run << queries[i].qid << " Q0 " << last[i][rank] << ' ' << rank + 1 << " 0 fts5\n";
            }
        }
    }
    return 0;
}

int usage() {
    std::cerr << "usage: fts5-peer build DB PATH...\n"
                 "       fts5-peer query DB QUERIES --timings FILE [--warmup N] [--repeat N] [--limit N] [--run FILE]\n";
    return 2;
}

int main_body(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() >= 3 && args[0] == "build") {
        return build(args[1], std::vector<fs::path>(args.begin() + 2, args.end()));
    }
    if (args.size() >= 3 && args[0] == "query") {
        QueryOptions options;
        for (std::size_t i = 3; i < args.size(); i += 2) {
            if (i + 1 >= args.size()) return usage();
            const std::string& value = args[i + 1];
            if (args[i] == "--timings") options.timings = value;
            else if (args[i] == "--run") options.run = value;
            else if (args[i] == "--warmup") options.warmup = std::stoi(value);
            else if (args[i] == "--repeat") options.repeat = std::stoi(value);
            else if (args[i] == "--limit") options.limit = std::stol(value);
            else return usage();
        }
        if (options.timings.empty()) return usage();
        return query(args[1], args[2], options);
    }
    return usage();
}

} // namespace

int main(int argc, char** argv) {
    try {
        return main_body(argc, argv);
    } catch (const std::exception& error) {
        std::cerr << "fts5-peer: " << error.what() << '\n';
        return 2;
    }
}
