// plenary-trace --plot: a formula's timeline as a small SVG chart.
#pragma once

#include <ostream>

#include "plenary/formula_trace.h"

namespace plenary {

// A bar per communiqué in time order, as high as the number of its passages that carry the
// formula, labelled with its year and city; a communiqué without it has an empty mark and "absent";
// the first and last appearance are named under the title.
void write_trace_svg(std::ostream& out, const FormulaTrace& trace);

} // namespace plenary
