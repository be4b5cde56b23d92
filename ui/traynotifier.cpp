#include "ui/traynotifier.h"

#include "ui/desk.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace lango::ui {

TrayNotifier::TrayNotifier(Desk &desk, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon().isNull() ? QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon)
                                                                         : QApplication::windowIcon(),
                                     this);
        m_tray->setToolTip(tr("Lango"));
        connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotifier::activated);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activated);
        m_tray->show();
    }
    connect(&m_desk.changes, &models::ChangeFeed::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("problems") || table == QLatin1String("*"))
            countProblems();
    });
    countProblems();
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::problemRecorded(const QString &message)
{
    notify(message);
}

void TrayNotifier::countProblems()
{
    app::Office &office = m_desk.office;
    m_desk.run(this, [&office] { return office.problems.countOpen(); }, [this](models::Result<int> open) {
        if (!open)
            return;
        const int before = m_openProblems;
        m_openProblems = *open;
        if (m_tray)
            m_tray->setToolTip(*open ? tr("Lango: %1 problems waiting").arg(*open) : tr("Lango"));
        // A new problem written by anyone; this desk's own services already said so.
        const bool justSaid = m_lastNotice.isValid() && m_lastNotice.secsTo(QDateTime::currentDateTimeUtc()) < 5;
        if (before >= 0 && *open > before && !justSaid)
            notify(tr("A payment needs attention (%1 problems waiting). Open Payments, Problems.").arg(*open));
    });
}

void TrayNotifier::notify(const QString &message)
{
    ++m_notified;
    m_lastNotice = QDateTime::currentDateTimeUtc();
    if (m_tray)
        m_tray->showMessage(tr("Lango: payment problem"), message, QSystemTrayIcon::Warning, 15000);
    Q_EMIT noticeShown(message);
}

} // namespace lango::ui
