#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QFuture>
#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

namespace lango::app::cli {

// Waits for a future in the CLI, which has no GUI to keep responsive.
template <typename T>
T await(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        auto watcher = future.then([&loop](T value) {
            QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
            return value;
        });
        loop.exec();
        return watcher.result();
    }
    return future.result();
}

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
