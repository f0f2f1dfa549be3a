// Pseudo-relevance feedback, RM3's part in the usual evaluation runs (Anserini's BM25+RM3)
// done with Xapian's own expansion: the passages the query ranks first are taken as relevant
// (an RSet), and the words that set them apart (an ESet, by Xapian's expansion weights) are
// added to the query, below its own words. The added words only reorder the passages the
// query matches: a passage is never a hit by them alone.
#pragma once

#include <xapian.h>

#include "plenary/query_options.h"
#include "plenary/query_parser.h"

namespace plenary {

// query with the feedback of the passages the enquire (set to query) ranks first; query itself
// when the options turn feedback off or nothing matches.
Xapian::Query with_feedback(Xapian::Enquire& enquire, const Xapian::Database& db, const Xapian::Query& query, const MatchPlan& plan,
                            const FeedbackOptions& options);

} // namespace plenary
