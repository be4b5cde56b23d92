#pragma once

#include "app/billing/billingtypes.h"
#include "models/package.h"
#include "models/router.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QTimer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;

namespace lango::ui {

struct Desk;

// A sale at the desk by M-Pesa: the customer's phone gets the STK prompt
// for a package; the dialog follows the purchase until the customer is
// paid and connected, then shows the username and password to give them.
class StkPushDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StkPushDialog)

public:
    StkPushDialog(Desk &desk, const QList<models::Package> &packages, const QList<models::Router> &routers,
                  QWidget *parent = nullptr);

    void accept() override;   // sends the prompt
    QString status() const { return m_lastStatus; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void send();
    void poll();
    void showResult(const app::PurchaseStatus &status);
    void showError(const QString &message);

    Desk &m_desk;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_package = nullptr;
    QComboBox *m_router = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_waiting = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer m_poll;
    QElapsedTimer m_waited;
    QString m_publicId;
    QString m_phoneShown;
    QString m_lastStatus;
};

} // namespace lango::ui
