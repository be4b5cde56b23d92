#include "app/cli/cliutil.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>

namespace lango::app::cli {

void TablePrinter::print(QTextStream &out) const
{
    QList<int> widths;
    for (const QString &header : m_headers)
        widths << int(header.size());
    for (const QStringList &row : m_rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths.at(i), int(row.at(i).size()));
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.value(i) + 2) : cells.at(i);
        out << text << Qt::endl;
    };
    line(m_headers);
    for (const QStringList &row : m_rows)
        line(row);
}

QString readLineFromStdin()
{
    std::string line;
    std::getline(std::cin, line);
    QString text = QString::fromStdString(line);
    while (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace lango::app::cli
