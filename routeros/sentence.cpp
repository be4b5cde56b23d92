#include "routeros/sentence.h"

#include <QStringDecoder>

namespace lango::routeros {

Sentence::Sentence(QList<QByteArray> words) : m_words(std::move(words)) {}

Sentence::Type Sentence::type() const
{
    if (m_words.isEmpty())
        return Type::Unknown;
    const QByteArray &w = m_words.first();
    if (w == "!re")
        return Type::Re;
    if (w == "!done")
        return Type::Done;
    if (w == "!trap")
        return Type::Trap;
    if (w == "!fatal")
        return Type::Fatal;
    if (w == "!empty")
        return Type::Empty;
    if (w.startsWith('/'))
        return Type::Command;
    return Type::Unknown;
}

bool Sentence::splitAttribute(QByteArrayView word, QByteArrayView &name, QByteArrayView &value)
{
    if (word.startsWith('='))
        word = word.sliced(1);
    const qsizetype eq = word.indexOf('=');
    if (eq <= 0)
        return false;
    name = word.first(eq);
    value = word.sliced(eq + 1);
    return true;
}

std::optional<QByteArray> Sentence::rawAttribute(QByteArrayView name) const
{
    // Scan backwards so that a repeated attribute resolves to its last value.
    for (qsizetype i = m_words.size() - 1; i >= 1; --i) {
        const QByteArray &w = m_words.at(i);
        if (w.size() >= name.size() + 2 && w.at(0) == '=' && w.at(name.size() + 1) == '='
            && QByteArrayView(w).sliced(1, name.size()) == name)
            return w.sliced(name.size() + 2);
    }
    return std::nullopt;
}

QString Sentence::attribute(QByteArrayView name, const QString &fallback) const
{
    const auto raw = rawAttribute(name);
    return raw ? decode(*raw) : fallback;
}

QMap<QString, QString> Sentence::attributes() const
{
    QMap<QString, QString> result;
    for (qsizetype i = 1; i < m_words.size(); ++i) {
        const QByteArray &w = m_words.at(i);
        QByteArrayView name;
        QByteArrayView value;
        if (w.startsWith('=') && splitAttribute(w, name, value))
            result.insert(decode(name), decode(value));
    }
    return result;
}

QByteArray Sentence::tag() const
{
    for (qsizetype i = m_words.size() - 1; i >= 1; --i) {
        if (m_words.at(i).startsWith(".tag="))
            return m_words.at(i).sliced(5);
    }
    return {};
}

QList<QByteArray> Sentence::queries() const
{
    QList<QByteArray> result;
    for (qsizetype i = 1; i < m_words.size(); ++i) {
        if (m_words.at(i).startsWith('?'))
            result.append(m_words.at(i).sliced(1));
    }
    return result;
}

QString Sentence::fatalReason() const
{
    for (qsizetype i = 1; i < m_words.size(); ++i) {
        const QByteArray &w = m_words.at(i);
        if (!w.startsWith('.') && !w.startsWith('='))
            return decode(w);
    }
    return attribute("message");
}

QString Sentence::decode(QByteArrayView bytes)
{
    // Plain ASCII is by far the common case: skip the decoder for it.
    bool ascii = true;
    for (const char c : bytes) {
        if (static_cast<quint8>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return QString::fromLatin1(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(bytes);
}

} // namespace lango::routeros
