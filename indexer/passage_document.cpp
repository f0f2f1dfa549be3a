#include "passage_document.h"

#include <fmt/format.h>

#include "plenary/index_schema.h"
#include "plenary/passage_tagger.h"

namespace plenary {

std::string analysis_fingerprint() {
    return fmt::format("tags {}; slots year city tags; words dotless-abbreviations glued-numbers",
                       PassageTagger::standard().fingerprint());
}

std::string passage_id(const Communique& communique, const Passage& passage) {
    return fmt::format("{}#{}", communique.id, passage.ordinal);
}

std::vector<std::string> communique_field_terms(const Communique& communique, Analyzer& analyzer) {
    std::string fields = fmt::format("{} {} {}", communique.metadata.title, communique.metadata.city, communique.metadata.country);
    if (communique.metadata.year) fields += fmt::format(" {}", *communique.metadata.year);
    std::vector<std::string> terms;
    analyzer.analyze(fields, [&](const Token& token) { terms.push_back(std::string(schema::meta_prefix) + token.stem); });
    return terms;
}

Xapian::Document passage_document(const Communique& communique, const Passage& passage,
                                  const std::vector<std::string>& field_terms, Analyzer& analyzer,
                                  SpellingRecorder* spelling) {
    Xapian::Document document;
    std::vector<AnalyzedWord> words;
    analyzer.analyze(passage.text, [&](const Token& token) {
        document.add_posting(token.stem, token.position + 1);
        if (!token.marked_stem.empty()) document.add_posting(token.marked_stem, token.position + 1);
        words.push_back({token.stem, token.position});
        if (spelling) spelling->add(token);
    });
    for (const auto& term : field_terms) document.add_term(term, 1);

    schema::PassageRecord record{passage_id(communique, passage), communique.id, passage.start, passage.end,
                                 PassageTagger::standard().tags(words), passage.text};
    for (const auto& tag : record.tags) document.add_boolean_term(std::string(schema::tag_prefix) + tag);
    document.add_value(schema::tags_slot, schema::tags_value(record.tags));
    document.add_boolean_term(std::string(schema::passage_prefix) + record.passage_id);
    document.add_boolean_term(std::string(schema::doc_prefix) + communique.id);
    document.add_value(schema::sort_slot, schema::sort_value(communique.id, passage.ordinal));
    if (communique.metadata.year) {
        document.add_boolean_term(fmt::format("{}{}", schema::year_prefix, *communique.metadata.year));
        document.add_value(schema::year_slot, schema::year_value(*communique.metadata.year));
    }
    if (!communique.metadata.city.empty()) {
        std::string city;
        analyzer.analyze(communique.metadata.city, [&](const Token& token) {
            if (!city.empty()) city += ' ';
            city += token.term;
        });
        document.add_boolean_term(schema::city_term(city));
        document.add_value(schema::city_slot, communique.metadata.city);
    }
    document.set_data(schema::encode(record));
    return document;
}

} // namespace plenary
