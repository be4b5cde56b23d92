#pragma once

#include "app/core/config.h"
#include "app/core/error.h"
#include "app/server/billingengine.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace lango::routeros::sim {
class RouterEmulator;
}

namespace lango::app::mpesa {
class DarajaEmulator;
}

namespace lango::app {

class Office;
namespace sms {
class SmsEmulator;
}

// `lango --demo`: the whole system on one computer. An emulated MikroTik
// router and an emulated Safaricom stand in for the real ones; everything
// else is the real code path. Simulated customers buy packages through the
// billing service (as the portal would), pay (or cancel, or run out of
// balance) on the emulated M-Pesa, come online on the emulated router,
// browse, and expire. A batch of vouchers is made and put on the router
// through the voucher service; now and then a customer buys a card at the
// counter (marked sold) and logs in with its code on the router's own
// login page, and the engine's voucher sync reads first use and expiry back.
class DemoWorld final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoWorld)

public:
    explicit DemoWorld(Office &office, QObject *parent = nullptr);
    ~DemoWorld() override;

    // Starts the emulators and writes the demo office (packages, the router
    // "demo", the M-Pesa settings pointing at the emulators), then sets what
    // the engine runs with in the demo: the emulators' addresses and keys,
    // the callback token, quick voucher sync.
    [[nodiscard]] Result<void> buildFor(BillingEngine::Options &options);
    routeros::sim::RouterEmulator &router() { return *m_router; }
    mpesa::DarajaEmulator &daraja() { return *m_daraja; }

    // Simulated customers arriving every few seconds.
    void startCustomers(BillingEngine &engine, int intervalMs = 6000);
    void stopCustomers()
    {
        m_customers.stop();
        m_browsing.stop();
        m_paybill.stop();
        m_featurePhones.stop();
        m_voucherCustomers.stop();
    }

private:
    Result<void> build(quint16 httpPort);
    Config adjust(Config config) const;
    void customerArrives();
    void customersBrowse();
    void stockVouchers();
    void voucherCustomerArrives();
    void customerPaysAtPaybill();
    bool payFailedPurchaseAtPaybill();
    void featurePhoneBuysVoucher();
    void codeFromTextLogsIn(const QString &to);

    Office &m_office;
    std::unique_ptr<routeros::sim::RouterEmulator> m_router;
    std::unique_ptr<mpesa::DarajaEmulator> m_daraja;
    std::unique_ptr<sms::SmsEmulator> m_sms;   // receipts and reminders go out for real, to an emulated Africa's Talking
    BillingEngine *m_engine = nullptr;
    QString m_callbackToken;
    quint16 m_httpPort = 0;
    QTimer m_customers;
    QTimer m_browsing;
    QTimer m_paybill;   // now and then a customer pays a failed purchase at the paybill, and pays too much
    QTimer m_featurePhones;   // a phone without a browser buys a voucher at the paybill, the code by text
    int m_featurePhoneRounds = 0;
    QTimer m_voucherCustomers;   // now and then a customer logs in with a printed card
    qint64 m_quickPackageId = 0;
    qint64 m_routerId = 0;
    qint64 m_voucherBatch = 0;
    int m_voucherArrivals = 0;
    int m_arrivals = 0;
    int m_pushes = 0;
};

} // namespace lango::app
