#pragma once

#include <QSortFilterProxyModel>
#include <QWidget>

class QLineEdit;
class QTableView;
class QLabel;
class QAbstractItemModel;

namespace lango::ui {

// A table with a search field above it: every panel's list. Sorting uses the
// model's sort role; the column layout is remembered per table.
class SearchableTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchableTable)

public:
    SearchableTable(const QString &settingsKey, QAbstractItemModel *model, int sortRole, QWidget *parent = nullptr);
    ~SearchableTable() override;

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() { return &m_proxy; }
    QLineEdit *searchField() const { return m_search; }
    // Source row of the current selection, or -1.
    int currentSourceRow() const;
    QList<int> selectedSourceRows() const;
    void setPlaceholderText(const QString &text);

Q_SIGNALS:
    void activated(int sourceRow);
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();
    // Sizes the columns to what they show, until someone resizes or sorts
    // by hand (or a saved layout was restored): then their choice stays.
    void fitColumns();

    QString m_settingsKey;
    bool m_autoFit = true;
    bool m_fitQueued = false;
    QList<int> m_fittedWidths;   // what fitColumns() chose last
    QSortFilterProxyModel m_proxy;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace lango::ui
