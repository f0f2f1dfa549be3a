// xapian-search-floor: the least a search process can do with plenary's index, to time against the
// sqlite3 shell as plenary-search is: open the index, rank the passages of one word (lowercase, stemmed
// by Xapian's English stemmer, as plenary indexes it) by BM25 and print the ten best stored records.
// Linked with Xapian alone.
//
//   xapian-search-floor INDEX WORD
#include <xapian.h>

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: xapian-search-floor INDEX WORD\n";
        return 2;
    }
    Xapian::Database db(argv[1]);
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Stem("english")(argv[2])));
    Xapian::MSet hits = enquire.get_mset(0, 10);
    for (auto hit = hits.begin(); hit != hits.end(); ++hit) std::cout << hit.get_document().get_data() << '\n';
    return hits.empty() ? 1 : 0;
}
