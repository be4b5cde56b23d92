#pragma once

// Evaluates API query words (?name=x, ?-name, ?<name=5, ?#|&!. ...) against
// an item's printed properties, left to right on a boolean stack; whatever
// is left on the stack is ANDed (an empty stack matches everything).

#include "routeros/sim/itemtable.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>

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
    // A `name=value` every match must have, when the query is a plain AND
    // (no '#' operations): print looks items up by it instead of reading
    // them all, and still runs the whole query on each.
    [[nodiscard]] std::optional<std::pair<QString, QString>> requiredEquality() const;

private:
    QList<QByteArray> m_queries;
};

} // namespace lango::routeros::sim
