#include "models/vouchercsv.h"

#include <QDateTime>

namespace lango::models {

namespace {
QString isoTime(qint64 seconds)
{
    return seconds ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate) : QString();
}
} // namespace

QString VoucherCsv::field(const QString &text)
{
    // Quote what needs it, and defuse spreadsheet formulas (=, +, -, @).
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.at(0)))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return value;
}

QByteArray VoucherCsv::write(const QList<Voucher> &vouchers, const QHash<qint64, QString> &passwords,
                             const QHash<qint64, QString> &staffNames)
{
    QString out = QStringLiteral("batch,code,password,state,sold_at,sold_by,first_used_at,mac,expires_at\r\n");
    for (const Voucher &v : vouchers) {
        const QStringList cells{QString::number(v.batchId), v.code, passwords.value(v.id, v.code), Voucher::stateKey(v.state),
                                isoTime(v.soldAt), v.soldBy ? staffNames.value(v.soldBy, QString::number(v.soldBy)) : QString(),
                                isoTime(v.firstUsedAt), v.mac, isoTime(v.expiresAt)};
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << field(cell);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace lango::models
