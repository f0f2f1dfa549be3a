#include "every_match.h"

namespace plenary {

Xapian::MSet every_match_weighed(const Xapian::Enquire& enquire, const Xapian::Database& db, Xapian::doccount count) {
    return enquire.get_mset(0, count, db.get_doccount());
}

} // namespace plenary
