#pragma once

// Evaluates API query words (?name=x, ?-name, ?<name=5, ?#|&!. ...) against
// an item's printed properties, left to right on a boolean stack; whatever
// is left on the stack is ANDed (an empty stack matches everything).

#include "routeros/sim/itemtable.h"

#include <QByteArray>
#include <QList>

namespace lango::routeros::sim {

class QueryMatcher final
{
public:
    // `queries` are the query words without their leading '?'.
    explicit QueryMatcher(QList<QByteArray> queries);

    [[nodiscard]] bool isEmpty() const { return m_queries.isEmpty(); }
    [[nodiscard]] bool matches(const Properties &view) const;
    // A malformed query (bad stack operation): print answers with a trap.
    [[nodiscard]] bool isValid() const;

private:
    QList<QByteArray> m_queries;
};

} // namespace lango::routeros::sim
