#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace lango::models {

// A table of rows keyed by their `id`. setRows() applies a fresh load as a
// diff: removed rows are removed, new rows appended, kept rows updated in
// place, so views keep selection and scroll position across refreshes
// (STYLE.md 2.9). Sort and filter with a QSortFilterProxyModel on top.
template <typename Row>
class RowTableModel : public QAbstractTableModel
{
public:
    using Same = std::function<bool(const Row &, const Row &)>;

    explicit RowTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const Row &row(int index) const { return m_rows.at(index); }
    const QList<Row> &rows() const { return m_rows; }
    int indexOfId(qint64 id) const { return m_index.value(id, -1); }

    void setRows(const QList<Row> &fresh)
    {
        QHash<qint64, int> wanted;
        for (int i = 0; i < fresh.size(); ++i)
            wanted.insert(fresh.at(i).id, i);

        // 1. remove rows that are gone, in contiguous runs from the end
        for (int i = int(m_rows.size()) - 1; i >= 0;) {
            if (wanted.contains(m_rows.at(i).id)) {
                --i;
                continue;
            }
            int first = i;
            while (first > 0 && !wanted.contains(m_rows.at(first - 1).id))
                --first;
            beginRemoveRows({}, first, i);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + i + 1);
            endRemoveRows();
            i = first - 1;
        }
        // 2. update kept rows in place
        reindex();
        int changedFirst = -1, changedLast = -1;
        for (int i = 0; i < m_rows.size(); ++i) {
            const Row &incoming = fresh.at(wanted.value(m_rows.at(i).id));
            if (m_same && m_same(m_rows.at(i), incoming))
                continue;
            m_rows[i] = incoming;
            if (changedFirst < 0)
                changedFirst = i;
            changedLast = i;
        }
        if (changedFirst >= 0)
            Q_EMIT dataChanged(index(changedFirst, 0), index(changedLast, columnCount() - 1));
        // 3. append new rows
        QList<Row> added;
        for (const Row &row : fresh) {
            if (!m_index.contains(row.id))
                added << row;
        }
        if (!added.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
            m_rows += added;
            endInsertRows();
            reindex();
        }
    }

protected:
    // Tells unchanged rows apart so only changed ones are signalled; without
    // it every kept row is reported changed (fine for short tables).
    void setSameRow(Same same) { m_same = std::move(same); }

private:
    void reindex()
    {
        m_index.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_index.insert(m_rows.at(i).id, i);
    }

    QList<Row> m_rows;
    QHash<qint64, int> m_index;
    Same m_same;
};

} // namespace lango::models
