#include "communique_names.h"

#include "plenary/index_schema.h"

namespace plenary {

namespace {

// Every filter term under prefix, by the words of its value ("XCbuenos-aires": buenos, aires).
void add_filters(const Xapian::Database& db, std::string_view prefix, std::map<std::string, std::vector<std::string>>& into) {
    std::string start(prefix);
    for (auto term = db.allterms_begin(start); term != db.allterms_end(start); ++term) {
        std::string value = (*term).substr(prefix.size());
        std::size_t begin = 0;
        for (std::size_t dash = value.find('-'); begin <= value.size(); dash = value.find('-', begin)) {
            if (dash == std::string::npos) dash = value.size();
            if (dash > begin) into[value.substr(begin, dash - begin)].push_back(*term);
            begin = dash + 1;
        }
    }
}

} // namespace

CommuniqueNames::CommuniqueNames(const Xapian::Database& db) {
    add_filters(db, schema::city_prefix, filters_by_word_);
    add_filters(db, schema::year_prefix, filters_by_word_);
}

Xapian::Query CommuniqueNames::named_by(const Token& token) const {
    auto found = filters_by_word_.find(token.term);
    if (found == filters_by_word_.end()) return {};
    return Xapian::Query(Xapian::Query::OP_OR, found->second.begin(), found->second.end());
}

} // namespace plenary
