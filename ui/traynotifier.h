#pragma once

#include <QDateTime>
#include <QObject>

class QSystemTrayIcon;

namespace lango::ui {

struct Desk;

// The tray icon, and a notification when a payment problem appears:
// recorded by this desk's services (problemRecorded) or by anyone else
// (the change feed on "problems", e.g. the headless server). Where no tray
// exists (offscreen, some desktops) notices still reach the status bar.
class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    explicit TrayNotifier(Desk &desk, QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool hasTray() const { return m_tray != nullptr; }
    int notified() const { return m_notified; }

public Q_SLOTS:
    void problemRecorded(const QString &message);

Q_SIGNALS:
    void activated();                          // the icon or a notice was clicked
    void noticeShown(const QString &message);  // also for the status bar

private:
    void countProblems();
    void notify(const QString &message);

    Desk &m_desk;
    QSystemTrayIcon *m_tray = nullptr;
    int m_openProblems = -1;   // -1: not counted yet
    int m_notified = 0;
    QDateTime m_lastNotice;
};

} // namespace lango::ui
