#pragma once

// One API sentence as words. Replies are read through it (type, attributes,
// tag); the emulator reads commands through it as well.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace lango::routeros {

class Sentence final
{
public:
    enum class Type { Re, Done, Trap, Fatal, Empty, Command, Unknown };

    Sentence() = default;
    explicit Sentence(QList<QByteArray> words);

    [[nodiscard]] const QList<QByteArray> &words() const { return m_words; }
    [[nodiscard]] bool isEmpty() const { return m_words.isEmpty(); }
    // The first word: "!re", "!done"... in replies, the command path in commands.
    [[nodiscard]] QByteArray first() const { return m_words.value(0); }
    [[nodiscard]] Type type() const;

    // `=name=value` words. The value is everything after the second '='.
    [[nodiscard]] std::optional<QByteArray> rawAttribute(QByteArrayView name) const;
    [[nodiscard]] bool hasAttribute(QByteArrayView name) const { return rawAttribute(name).has_value(); }
    [[nodiscard]] QString attribute(QByteArrayView name, const QString &fallback = {}) const;
    // All attributes in word order; later duplicates win.
    [[nodiscard]] QMap<QString, QString> attributes() const;
    // The `.tag=` value, empty when untagged.
    [[nodiscard]] QByteArray tag() const;
    // Query words (`?...`) without the leading '?', in order.
    [[nodiscard]] QList<QByteArray> queries() const;
    // The reason of a !fatal: its bare second word (or =message= on some builds).
    [[nodiscard]] QString fatalReason() const;

    // Router text is not guaranteed UTF-8 (Winbox writes the local code page):
    // decode UTF-8 when valid, else Latin-1.
    [[nodiscard]] static QString decode(QByteArrayView bytes);
    // Splits "=name=value" (or "name=value") at the first '=' after the name.
    static bool splitAttribute(QByteArrayView word, QByteArrayView &name, QByteArrayView &value);

private:
    QList<QByteArray> m_words;
};

} // namespace lango::routeros
