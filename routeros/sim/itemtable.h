#pragma once

// One emulated menu's items: ordered by .id, with an index on the key
// property (usually name) and a hook that tells listeners about changes.

#include <QHash>
#include <QMap>
#include <QMultiHash>
#include <QString>

#include <functional>
#include <map>
#include <optional>

namespace lango::routeros::sim {

using Properties = QMap<QString, QString>;

struct Item
{
    quint32 id = 0;
    Properties props;
};

class ItemTable final
{
public:
    // Called after every insert/update (removed = false) and remove (true).
    using ChangeHandler = std::function<void(quint32 id, bool removed)>;

    explicit ItemTable(QString keyProperty = {}, quint32 firstId = 1);

    void setChangeHandler(ChangeHandler handler) { m_onChange = std::move(handler); }
    quint32 insert(Properties props);
    bool update(quint32 id, const Properties &changes);
    bool unset(quint32 id, const QString &property);
    bool remove(quint32 id);

    [[nodiscard]] const Item *item(quint32 id) const;
    [[nodiscard]] QList<quint32> ids() const;
    // Items whose key property equals `value` (indexed).
    [[nodiscard]] QList<quint32> findByKey(const QString &value) const;
    // Items whose `property` equals `value` (absent counts as ""), in id
    // order; the first search by a property indexes it, so later ones with
    // thousands of hosts and sessions stay cheap.
    [[nodiscard]] QList<quint32> findBy(const QString &property, const QString &value) const;
    [[nodiscard]] qsizetype size() const { return static_cast<qsizetype>(m_items.size()); }
    [[nodiscard]] quint32 nextId() const { return m_nextId; }

    // "*1A" <-> 0x1A
    [[nodiscard]] static QString formatId(quint32 id);
    [[nodiscard]] static std::optional<quint32> parseId(QStringView text);

private:
    void notify(quint32 id, bool removed);
    void indexItem(const Item &item);
    void unindexItem(const Item &item);

    std::map<quint32, Item> m_items;
    QMultiHash<QString, quint32> m_index;
    mutable QHash<QString, QMultiHash<QString, quint32>> m_byProperty;   // property -> value -> ids
    QString m_key;
    quint32 m_nextId;
    ChangeHandler m_onChange;
};

} // namespace lango::routeros::sim
