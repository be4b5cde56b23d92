#include "routeros/sim/itemtable.h"

namespace lango::routeros::sim {

ItemTable::ItemTable(QString keyProperty, quint32 firstId) : m_key(std::move(keyProperty)), m_nextId(firstId) {}

quint32 ItemTable::insert(Properties props)
{
    const quint32 id = m_nextId++;
    if (!m_key.isEmpty() && props.contains(m_key))
        m_index.insert(props.value(m_key), id);
    m_items.emplace(id, Item{id, std::move(props)});
    notify(id, false);
    return id;
}

bool ItemTable::update(quint32 id, const Properties &changes)
{
    auto it = m_items.find(id);
    if (it == m_items.end())
        return false;
    Properties &props = it->second.props;
    if (!m_key.isEmpty() && changes.contains(m_key)) {
        m_index.remove(props.value(m_key), id);
        m_index.insert(changes.value(m_key), id);
    }
    for (auto c = changes.cbegin(); c != changes.cend(); ++c)
        props.insert(c.key(), c.value());
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
    it->second.props.remove(property);
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
    QList<quint32> out;
    for (const auto &entry : m_items) {
        if (entry.second.props.value(property) == value)
            out.append(entry.first);
    }
    return out;
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
