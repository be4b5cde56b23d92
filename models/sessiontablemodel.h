#pragma once

#include "models/rowtablemodel.h"

#include <algorithm>

namespace lango::models {

// One device online on a router's hotspot right now, with the grant that
// lets it be there (when Lango knows one: vouchers and Lango's users do).
struct LiveSession
{
    qint64 id = 0;              // unique across routers (see app/livesessions.h)
    qint64 routerId = 0;
    QString routerName;
    QString sessionId;          // the router's .id, e.g. "*1A"
    QString user;
    QString mac;
    QString ip;
    qint64 uptime = 0;          // seconds, as the router counted at the poll
    qint64 bytesIn = 0;         // from the customer (their upload)
    qint64 bytesOut = 0;        // to the customer (their download)
    qint64 grantId = 0;         // 0: no live grant for this user
    QString packageName;
    qint64 expiresAt = 0;       // the grant's expiry, 0 when unknown

    bool operator==(const LiveSession &o) const
    {
        return id == o.id && uptime == o.uptime && bytesIn == o.bytesIn && bytesOut == o.bytesOut && grantId == o.grantId
               && expiresAt == o.expiresAt && user == o.user && mac == o.mac && ip == o.ip && packageName == o.packageName
               && routerName == o.routerName && sessionId == o.sessionId && routerId == o.routerId;
    }
    bool operator!=(const LiveSession &o) const { return !(*this == o); }
};

// Every router's active sessions in one table. A refresh is a diff by
// session id: only rows whose numbers moved are signalled, so 5,000 rows
// refresh every few seconds without the view resetting.
class SessionTableModel final : public RowTableModel<LiveSession>
{
    Q_OBJECT

public:
    enum Column { User, Package, Router, Mac, Ip, Uptime, TimeLeft, Download, Upload, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int RouterIdRole = Qt::UserRole + 2;
    static constexpr int ExpiringRole = Qt::UserRole + 3;   // bool: under 5 minutes left

    explicit SessionTableModel(QObject *parent = nullptr);

    // Time left is counted from `now` (UTC epoch seconds).
    void setNow(qint64 now);
    qint64 now() const { return m_now; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 timeLeft(const LiveSession &s) const { return s.expiresAt ? std::max<qint64>(0, s.expiresAt - m_now) : -1; }

    qint64 m_now = 0;
};

} // namespace lango::models
