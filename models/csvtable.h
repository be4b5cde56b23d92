#pragma once

#include <QString>

class QAbstractItemModel;

namespace lango::models {

// A table model as CSV (RFC 4180, the header row first), what the view
// shows, in the view's order. Cells that a spreadsheet would run as a
// formula are written as text.
struct CsvTable
{
    static QString fromModel(const QAbstractItemModel &model);
    static QString cell(const QString &text);
};

} // namespace lango::models
