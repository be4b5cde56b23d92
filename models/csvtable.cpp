#include "models/csvtable.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace lango::models {

QString CsvTable::cell(const QString &text)
{
    QString value = text;
    // "=HYPERLINK(...)" typed as an M-Pesa account name must not run in Excel.
    static const QString risky = QStringLiteral("=+-@\t\r");
    bool number = false;
    value.toDouble(&number);
    if (!value.isEmpty() && risky.contains(value.front()) && !number)
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r')))
        value = QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return value;
}

QString CsvTable::fromModel(const QAbstractItemModel &model)
{
    QString csv;
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells << cell(model.headerData(c, Qt::Horizontal).toString());
    csv += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < model.columnCount(); ++c)
            cells << cell(model.data(model.index(r, c)).toString());
        csv += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv;
}

} // namespace lango::models
