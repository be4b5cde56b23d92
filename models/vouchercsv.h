#pragma once

#include "models/voucher.h"

#include <QHash>
#include <QList>

namespace lango::models {

// A batch's vouchers as CSV (RFC 4180, UTF-8, CRLF) for spreadsheets and
// other printing tools: code, password, state, sold, first use, device,
// expiry. Passwords are given opened by the caller (PIN batches).
class VoucherCsv final
{
public:
    static QByteArray write(const QList<Voucher> &vouchers, const QHash<qint64, QString> &passwords,
                            const QHash<qint64, QString> &staffNames = {});
    static QString field(const QString &text);   // quoted when needed
};

} // namespace lango::models
