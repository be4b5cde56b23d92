#include "routeros/sim/itemtable.h"

#include <algorithm>

namespace lango::routeros::sim {

ItemTable::ItemTable(QString keyProperty, quint32 firstId) : m_key(std::move(keyProperty)), m_nextId(firstId) {}

quint32 ItemTable::insert(Properties props)
{
    const quint32 id = m_nextId++;
    if (!m_key.isEmpty() && props.contains(m_key))
        m_index.insert(props.value(m_key), id);
    const Item &item = m_items.emplace(id, Item{id, std::move(props)}).first->second;
    indexItem(item);
    notify(id, false);
    return id;
}

bool ItemTable::update(quint32 id, const Properties &changes)
{
    auto it = m_items.find(id);
    if (it == m_items.end())
        return false;
    Properties &props = it->second.props;
    unindexItem(it->second);
    if (!m_key.isEmpty() && changes.contains(m_key)) {
        m_index.remove(props.value(m_key), id);
        m_index.insert(changes.value(m_key), id);
    }
    for (auto c = changes.cbegin(); c != changes.cend(); ++c)
        props.insert(c.key(), c.value());
    indexItem(it->second);
    notify(id, false);
    return true;
}

bool ItemTable::unset(quint32 id, const QString &property)
{
    auto it = m_items.find(id);
    if (it == m_items.end())
        return false;
    if (property == m_key)
        m_index.remove(it->second.props.value(m_key), id);
    unindexItem(it->second);
    it->second.props.remove(property);
    indexItem(it->second);
    notify(id, false);
    return true;
}

bool ItemTable::remove(quint32 id)
{
    auto it = m_items.find(id);
    if (it == m_items.end())
        return false;
    if (!m_key.isEmpty())
        m_index.remove(it->second.props.value(m_key), id);
    unindexItem(it->second);
    m_items.erase(it);
    notify(id, true);
    return true;
}

const Item *ItemTable::item(quint32 id) const
{
    auto it = m_items.find(id);
    return it == m_items.end() ? nullptr : &it->second;
}

QList<quint32> ItemTable::ids() const
{
    QList<quint32> out;
    out.reserve(static_cast<qsizetype>(m_items.size()));
    for (const auto &entry : m_items)
        out.append(entry.first);
    return out;
}

QList<quint32> ItemTable::findByKey(const QString &value) const
{
    if (m_key.isEmpty())
        return {};
    QList<quint32> out = m_index.values(value);
    std::sort(out.begin(), out.end());
    return out;
}

QList<quint32> ItemTable::findBy(const QString &property, const QString &value) const
{
    if (property == m_key)
        return findByKey(value);
    auto index = m_byProperty.find(property);
    if (index == m_byProperty.end()) {
        index = m_byProperty.insert(property, {});
        for (const auto &entry : m_items)
            index->insert(entry.second.props.value(property), entry.first);
    }
    QList<quint32> out = index->values(value);
    std::sort(out.begin(), out.end());
    return out;
}

void ItemTable::indexItem(const Item &item)
{
    for (auto index = m_byProperty.begin(); index != m_byProperty.end(); ++index)
        index->insert(item.props.value(index.key()), item.id);
}

void ItemTable::unindexItem(const Item &item)
{
    for (auto index = m_byProperty.begin(); index != m_byProperty.end(); ++index)
        index->remove(item.props.value(index.key()), item.id);
}

QString ItemTable::formatId(quint32 id)
{
    return QLatin1Char('*') + QString::number(id, 16).toUpper();
}

std::optional<quint32> ItemTable::parseId(QStringView text)
{
    if (!text.startsWith(QLatin1Char('*')))
        return std::nullopt;
    bool ok = false;
    const quint32 id = text.sliced(1).toUInt(&ok, 16);
    return ok ? std::optional<quint32>(id) : std::nullopt;
}

void ItemTable::notify(quint32 id, bool removed)
{
    if (m_onChange)
        m_onChange(id, removed);
}

} // namespace lango::routeros::sim
