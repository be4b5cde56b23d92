#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace lango::ui {

struct Desk;

// The office's window: a navigation list on the left, one panel at a time,
// menus holding every action with its shortcut, and a status bar that shows
// the database and the services' health. Layout is remembered per desk.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Desk &desk, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a panel to the navigation; its actions join the panel's menu.
    void addPanel(const QString &key, const QString &title, const QIcon &icon, QWidget *panel,
                  const QList<QAction *> &actions = {});
    void showPanel(const QString &key);
    QWidget *panel(const QString &key) const;
    QStringList panelKeys() const { return m_keys; }
    void setPermanentStatus(const QString &key, const QString &text, const QString &tooltip = {});

public Q_SLOTS:
    void showStatusMessage(const QString &message);

Q_SIGNALS:
    void changeDatabaseRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreLayout();

    Desk &m_desk;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QStringList m_keys;
    QHash<QString, QLabel *> m_statusLabels;
};

} // namespace lango::ui
