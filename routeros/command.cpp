#include "routeros/command.h"

#include "routeros/sentence.h"

namespace lango::routeros {

Command::Command(QStringView path)
{
    m_words.reserve(8);
    m_words.append(path.toUtf8());
}

Command &Command::attr(QStringView name, QStringView value)
{
    QByteArray w;
    w.reserve(name.size() + value.size() * 3 + 2);
    w.append('=').append(name.toUtf8()).append('=').append(value.toUtf8());
    m_words.append(std::move(w));
    return *this;
}

Command &Command::attr(QStringView name, qint64 value)
{
    return attr(name, QString::number(value));
}

Command &Command::attrBool(QStringView name, bool value)
{
    return attr(name, value ? u"yes" : u"no");
}

Command &Command::where(QStringView name, QStringView value)
{
    QByteArray w;
    w.append('?').append(name.toUtf8()).append('=').append(value.toUtf8());
    m_words.append(std::move(w));
    return *this;
}

Command &Command::query(QStringView expression)
{
    m_words.append(QByteArray(1, '?') + expression.toUtf8());
    return *this;
}

Command &Command::proplist(const QStringList &properties)
{
    return attr(u".proplist", properties.join(QLatin1Char(',')));
}

Command &Command::word(QByteArray word)
{
    m_words.append(std::move(word));
    return *this;
}

Command Command::fromArguments(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return {};
    Command command(arguments.first());
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(QLatin1Char('=')) || a.startsWith(QLatin1Char('?')) || a.startsWith(QLatin1Char('.')))
            command.word(a.toUtf8());
        else
            command.word(QByteArray(1, '=') + a.toUtf8());
    }
    return command;
}

QString Command::describe(const QList<QByteArray> &words)
{
    QStringList parts;
    for (const QByteArray &w : words) {
        // Never log secrets (STYLE.md 2.6): passwords, login responses, WireGuard keys.
        if (w.startsWith("=password=") || w.startsWith("=response=") || w.startsWith("=private-key="))
            parts.append(Sentence::decode(w.left(w.indexOf('=', 1) + 1)) + QStringLiteral("***"));
        else
            parts.append(Sentence::decode(w.size() > 200 ? w.left(200) + "..." : w));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace lango::routeros
