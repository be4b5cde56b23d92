#pragma once

// A command sentence being built: the path word, then attribute and query
// words. The connection adds the `.tag=` word when it sends it.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace lango::routeros {

class Command final
{
public:
    Command() = default;
    // `path` is the API form, e.g. "/ip/hotspot/user/print".
    explicit Command(QStringView path);

    // `=name=value`
    Command &attr(QStringView name, QStringView value);
    Command &attr(QStringView name, qint64 value);
    Command &attrBool(QStringView name, bool value);  // yes/no
    // `=.id=*1A`
    Command &id(QStringView itemId) { return attr(u".id", itemId); }
    // `?name=value` (property equals value)
    Command &where(QStringView name, QStringView value);
    // A raw query without its '?': "name", "-name", "<name=5", "#|" ...
    Command &query(QStringView expression);
    // `=.proplist=a,b,c`
    Command &proplist(const QStringList &properties);
    // A raw word, sent as given.
    Command &word(QByteArray word);

    [[nodiscard]] QByteArray path() const { return m_words.value(0); }
    [[nodiscard]] const QList<QByteArray> &words() const { return m_words; }
    [[nodiscard]] bool isValid() const { return !m_words.isEmpty() && m_words.first().startsWith('/'); }

    // Builds a command from console-style arguments: the path, then words as
    // they go on the wire ("=name=x", "?name=x", ".proplist=..."). A bare
    // "name=value" argument is taken as an attribute. For `lango ros`.
    [[nodiscard]] static Command fromArguments(const QStringList &arguments);

    // Text for logs: the words joined by spaces with secrets masked.
    [[nodiscard]] static QString describe(const QList<QByteArray> &words);

private:
    QList<QByteArray> m_words;
};

} // namespace lango::routeros
