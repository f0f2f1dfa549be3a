#include "document_builder.h"

#include <fmt/format.h>

#include "plenary/index_schema.h"

namespace plenary {

namespace {

// Words of the communiqué's title, city, country, organisation (its name and full name) and year,
// each under its field's prefix, indexed with every passage so that "Sochi outreach" finds Sochi's
// outreach passage.
std::vector<std::string> field_terms(const CommuniqueMetadata& metadata, Analyzer& analyzer) {
    const std::pair<std::string_view, std::string> fields[] = {
        {schema::title_word_prefix, metadata.title},
        {schema::city_word_prefix, metadata.city},
        {schema::country_word_prefix, metadata.country},
        {schema::org_word_prefix, metadata.org + " " + organisation_full_name(metadata.org)},
        {schema::year_word_prefix, metadata.year ? std::to_string(*metadata.year) : std::string()},
    };
    std::vector<std::string> terms;
    for (const auto& [prefix, text] : fields)
        analyzer.analyze(text, [&](const Token& token) { terms.push_back(std::string(prefix) + token.stem); });
    return terms;
}

} // namespace

std::string analysis_fingerprint(const PassageTagger& tagger) {
    return fmt::format("tags {}; metadata {}; fields S XP XN XO XY; slots year city tags; "
                       "words dotless-abbreviations glued-numbers elided-particles; defined-terms",
                       tagger.fingerprint(), metadata_rules_fingerprint());
}

std::string passage_id(const Communique& communique, const Passage& passage) {
    return fmt::format("{}#{}", communique.id, passage.ordinal);
}

void DocumentBuilder::build(const Communique& communique, const std::function<void(const Xapian::Document&)>& add) {
    auto fields = field_terms(communique.metadata, analyzer_);
    for (const auto& passage : communique.passages) add(passage_document(communique, passage, fields));
}

Xapian::Document DocumentBuilder::passage_document(const Communique& communique, const Passage& passage,
                                                   const std::vector<std::string>& field_terms) {
    Xapian::Document document;
    auto words = add_body(document, passage.text);
    for (const auto& term : field_terms) document.add_term(term, 1);
    schema::PassageRecord record{passage_id(communique, passage), communique.id, passage.start, passage.end,
                                 passage.line, passage.column, passage.page,
                                 tagger_.tags(words, text_source(communique.metadata)), passage.text};
    for (const auto& tag : record.tags) document.add_boolean_term(std::string(schema::tag_prefix) + tag);
    document.add_value(schema::tags_slot, schema::tags_value(record.tags));
    document.add_boolean_term(std::string(schema::passage_prefix) + record.passage_id);
    document.add_value(schema::sort_slot, schema::sort_value(communique.id, passage.ordinal));
    add_communique_terms(document, communique);
    document.set_data(schema::encode(record));
    return document;
}

// The passage's stems at their positions, and its words for the spelling dictionary.
std::vector<AnalyzedWord> DocumentBuilder::add_body(Xapian::Document& document, const std::string& text) {
    std::vector<AnalyzedWord> words;
    analyzer_.analyze(text, [&](const Token& token) {
        document.add_posting(token.stem, token.position + 1);
        if (!token.marked_stem.empty()) document.add_posting(token.marked_stem, token.position + 1);
        words.push_back({token.stem, token.position});
        spelling_.add(token);
    });
    return words;
}

// The communiqué's filter terms and values: its id, year and city.
void DocumentBuilder::add_communique_terms(Xapian::Document& document, const Communique& communique) {
    document.add_boolean_term(std::string(schema::doc_prefix) + communique.id);
    const auto& metadata = communique.metadata;
    if (metadata.year) {
        document.add_boolean_term(fmt::format("{}{}", schema::year_prefix, *metadata.year));
        document.add_value(schema::year_slot, schema::year_value(*metadata.year));
    }
    if (!metadata.city.empty()) {
        std::string city;
        analyzer_.analyze(metadata.city, [&](const Token& token) {
            if (!city.empty()) city += ' ';
            city += token.term;
        });
        document.add_boolean_term(schema::city_term(city));
        document.add_value(schema::city_slot, metadata.city);
    }
}

} // namespace plenary
