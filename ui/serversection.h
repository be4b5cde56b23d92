#pragma once

#include <QGroupBox>
#include <QUrl>

class QLabel;
class QLineEdit;

namespace lango::ui {

// Settings, office server: the headless server this desk checks (GET
// /healthz) for the status bar. A desk setting, kept in QSettings.
class ServerSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSection)

public:
    explicit ServerSection(QWidget *parent = nullptr);

    static QUrl savedServer();
    void showHealth(bool ok, const QString &summary, const QString &detail);

Q_SIGNALS:
    void serverChanged(const QUrl &server);
    void statusMessage(const QString &message);

private:
    void save();

    QLineEdit *m_url = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace lango::ui
