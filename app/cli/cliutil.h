#pragma once

#include "app/core/await.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

namespace lango::app::cli {

// Left-aligned columns for people; --json is for machines.
class TablePrinter final
{
public:
    explicit TablePrinter(QStringList headers) : m_headers(std::move(headers)) {}
    void addRow(const QStringList &cells) { m_rows << cells; }
    void print(QTextStream &out) const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

// One line from standard input, without its line end (for --password-stdin).
QString readLineFromStdin();

void printJson(QTextStream &out, const QJsonValue &value);

} // namespace lango::app::cli
