#include "routeros/sim/querymatcher.h"

#include "routeros/sentence.h"

#include <vector>

namespace lango::routeros::sim {

namespace {

bool less(const QString &a, const QString &b)
{
    bool okA = false;
    bool okB = false;
    const qint64 na = a.toLongLong(&okA);
    const qint64 nb = b.toLongLong(&okB);
    return okA && okB ? na < nb : a < b;
}

// Runs one '#' operation string; false on a stack underflow.
bool applyOperations(std::vector<bool> &stack, QByteArrayView ops)
{
    for (const char op : ops) {
        const size_t n = stack.size();
        if (op >= '0' && op <= '9') {
            const size_t back = static_cast<size_t>(op - '0');
            if (back >= n)
                return false;
            stack.push_back(stack[n - 1 - back]);
        } else if (op == '!') {
            if (n < 1)
                return false;
            stack.back() = !stack.back();
        } else if (op == '.') {
            if (n < 1)
                return false;
            stack.push_back(stack.back());
        } else if (op == '|' || op == '&') {
            if (n < 2)
                return false;
            const bool b = stack.back();
            stack.pop_back();
            const bool a = stack.back();
            stack.back() = op == '|' ? (a || b) : (a && b);
        } else {
            return false;
        }
    }
    return true;
}

} // namespace

QueryMatcher::QueryMatcher(QList<QByteArray> queries) : m_queries(std::move(queries)) {}

bool QueryMatcher::isValid() const
{
    std::vector<bool> stack;
    for (const QByteArray &q : m_queries) {
        if (q.startsWith('#')) {
            if (!applyOperations(stack, QByteArrayView(q).sliced(1)))
                return false;
        } else {
            stack.push_back(true);
        }
    }
    return true;
}

std::optional<std::pair<QString, QString>> QueryMatcher::requiredEquality() const
{
    std::optional<std::pair<QString, QString>> found;
    for (const QByteArray &q : m_queries) {
        if (q.startsWith('#'))
            return std::nullopt;   // operations may make any word optional
        QByteArrayView word(q);
        if (word.startsWith('='))
            word = word.sliced(1);
        const qsizetype eq = word.indexOf('=');
        if (found || eq <= 0 || word.startsWith('-') || word.startsWith('<') || word.startsWith('>'))
            continue;
        found = std::make_pair(Sentence::decode(word.first(eq)), Sentence::decode(word.sliced(eq + 1)));
    }
    return found;
}

bool QueryMatcher::matches(const Properties &view) const
{
    std::vector<bool> stack;
    stack.reserve(static_cast<size_t>(m_queries.size()));
    for (const QByteArray &q : m_queries) {
        QByteArrayView word(q);
        if (word.startsWith('#')) {
            if (!applyOperations(stack, word.sliced(1)))
                return false;
            continue;
        }
        char op = '=';
        if (word.startsWith('-') || word.startsWith('<') || word.startsWith('>')) {
            op = word[0];
            word = word.sliced(1);
        } else if (word.startsWith('=')) {
            word = word.sliced(1);  // "?=name=value" is the long form of "?name=value"
        }
        const qsizetype eq = word.indexOf('=');
        const QString name = Sentence::decode(eq < 0 ? word : word.first(eq));
        const auto it = view.constFind(name);
        const bool has = it != view.cend();
        if (op == '-') {
            stack.push_back(!has);
        } else if (eq < 0) {
            stack.push_back(has);  // "?name": the item has the property
        } else {
            const QString value = Sentence::decode(word.sliced(eq + 1));
            const QString actual = has ? it.value() : QString();
            if (op == '<')
                stack.push_back(has && less(actual, value));
            else if (op == '>')
                stack.push_back(has && less(value, actual));
            else
                stack.push_back(actual == value);  // absent equals empty, as on a router
        }
    }
    for (const bool b : stack) {
        if (!b)
            return false;
    }
    return true;
}

} // namespace lango::routeros::sim
