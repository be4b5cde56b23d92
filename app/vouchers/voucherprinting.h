#pragma once

#include "app/core/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lango::app {

class Office;

enum class CardTemplate { A4, Roll58, Roll80 };

// One printed voucher card: everything is text, ready to paint.
struct VoucherCard
{
    QString code;
    QString password;       // the code, or the batch's PIN
    QString packageName;
    QString price;          // "KES 20"
    QString validity;       // "1 hour from first login"
    QString caps;           // "2 hours of use, 1G of data", or empty
    QString loginUrl;       // the QR code: the hotspot login with the code filled in
    QString serial;         // "7-0042": batch and position, for the seller's records
};

struct CardSheet
{
    QString officeName;
    QString officePhone;
    QByteArray logoPng;     // may be empty
    CardTemplate layout = CardTemplate::A4;
    int perPage = 0;        // A4: cards per page (0 = the template's default); rolls: cards per page (default 1)
    bool cutMarks = true;
    QList<VoucherCard> cards;
};

// The renderer the CLI reaches for `lango voucher print`: app/ declares it,
// ui/ implements it with QPainter, app/main.cpp plugs one in (DESIGN.md).
class VoucherCardPrinter
{
public:
    virtual ~VoucherCardPrinter() = default;
    // Writes the sheet as a PDF file; the number of pages.
    [[nodiscard]] virtual Result<int> printPdf(const CardSheet &sheet, const QString &path) = 0;
};

// Builds card sheets from the database: a batch (or one card of it), the
// office's name, phone and logo, and the login URL of office setting
// "hotspot.login_url". Blocking: run it on a database thread in a desk.
class VoucherCards final
{
    Q_DECLARE_TR_FUNCTIONS(VoucherCards)

public:
    static constexpr int kDefaultA4PerPage = 24;
    static constexpr int kMaxPerPage = 48;

    // codes empty = the batch's cards still to sell: unused and not sold
    // (in-use, sold, expired and retired codes are left out, so no card is
    // sold twice). Else a reprint of those codes, in batch order: a code
    // that is retired or expired, or not in the batch, refuses the whole
    // reprint with a sentence that says which (a card that cannot work is
    // never printed silently, nor silently left out).
    [[nodiscard]] static Result<CardSheet> load(Office &office, qint64 batchId, const QStringList &codes = {});
    // One card (code empty = the whole batch, as above).
    [[nodiscard]] static Result<CardSheet> load(Office &office, qint64 batchId, const QString &code)
    {
        return load(office, batchId, code.isEmpty() ? QStringList() : QStringList{code});
    }
    // "<login base>?username=CODE&password=PASSWORD", percent-encoded.
    static QString loginUrl(const QString &loginBase, const QString &username, const QString &password);
    static std::optional<CardTemplate> templateFromKey(const QString &key);   // a4, 58mm, 80mm
    static QString templateKey(CardTemplate layout);
    static QString defaultLoginBase() { return QStringLiteral("http://login.wifi/login"); }
};

} // namespace lango::app
