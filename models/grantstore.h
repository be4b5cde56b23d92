#pragma once

#include "models/clock.h"
#include "models/database.h"
#include "models/package.h"
#include "models/purchase.h"

#include <QHash>
#include <QPair>
#include <QSet>

#include <optional>

namespace lango::models {

// What a router job needs to put a grant on its router, read together.
struct GrantOnRouter
{
    Grant grant;
    Package package;          // without routerIds
    QString routerName;
    QString hotspotServer;    // the router's hotspot server the user belongs to
};

// Grants: who may be online where until when. Expiry is one conditional
// UPDATE ... RETURNING, so with several servers each grant expires once.
class GrantStore final
{
    Q_DECLARE_TR_FUNCTIONS(GrantStore)

public:
    GrantStore(const Database &db, const Clock &clock);

    // Conflict when the router has the user name (or the voucher its grant)
    // already; the transaction stays usable, so the caller may try again.
    [[nodiscard]] Result<qint64> create(const Grant &grant) const;
    // create for several in one statement: each one's id, or nullopt where
    // it clashed. The user names must differ from one another.
    [[nodiscard]] Result<QList<std::optional<qint64>>> createMany(const QList<Grant> &grants) const;
    // Prepares createMany's statement in every shape up to `mostRows` rows
    // on this thread's connection (a group's first use does not wait).
    void prepareGroupStatements(qsizetype mostRows) const;
    [[nodiscard]] Result<Grant> byId(qint64 id) const;
    // Grants with their packages and routers, in one statement; ids that
    // name no grant are left out.
    [[nodiscard]] Result<QHash<qint64, GrantOnRouter>> onRouter(const QList<qint64> &ids) const;
    [[nodiscard]] Result<std::optional<Grant>> activeForDevice(qint64 routerId, const QString &mac) const;
    [[nodiscard]] Result<std::optional<Grant>> activeForCustomer(qint64 routerId, qint64 customerId) const;
    [[nodiscard]] Result<QList<Grant>> live(qint64 routerId = 0) const;   // pending or active, any router when 0
    [[nodiscard]] Result<QList<Grant>> list(const QString &state = {}, int limit = 500) const;
    // A customer's grants, newest first: by phone (normalised) or by device MAC.
    [[nodiscard]] Result<QList<Grant>> history(const QString &phone, const QString &mac, int limit = 200) const;
    [[nodiscard]] Result<bool> usernameTaken(qint64 routerId, const QString &username) const;

    // For a statement that joins grants: the columns read() reads (of
    // `table`, an alias, when given), how many, and a row's grant from
    // column `first`.
    static QString columns(const QString &table = {});
    static int columnCount();
    static Grant read(const QSqlQuery &q, int first = 0);

    // Adds `seconds` to a live grant in one statement (from its expiry, or
    // from now when that passed), so two extensions never lose one and an
    // extension never revives a grant another server just ended. The new
    // expiry, or nullopt when the grant is no longer live.
    [[nodiscard]] Result<std::optional<qint64>> extendLive(qint64 id, qint64 seconds, qint64 packageId) const;
    // pending|active -> active while its time is not up; false when the grant
    // ended (or its time ran out) before its user reached the router.
    [[nodiscard]] Result<bool> markLive(qint64 id) const;
    // markLive for several grants in one statement: those still live.
    [[nodiscard]] Result<QSet<qint64>> markLiveMany(const QList<qint64> &ids) const;
    [[nodiscard]] Result<void> setDevice(qint64 id, const QString &mac, const QString &ip) const;
    // Ends every live grant whose time is up and returns those it ended.
    [[nodiscard]] Result<QList<Grant>> expireDue() const;
    [[nodiscard]] Result<bool> revoke(qint64 id) const;
    // Takes `seconds` off a live grant's time (never below `now`): a payment
    // that extended it turned out not to be real.
    [[nodiscard]] Result<void> shorten(qint64 id, qint64 seconds) const;
    // The next moment a live grant expires (0 = none).
    [[nodiscard]] Result<qint64> nextExpiry() const;

private:
    Result<std::optional<Grant>> firstLive(const QString &where, const QVariantList &args) const;
    static QString createManySql(qsizetype rows);

    const Database &m_db;
    const Clock &m_clock;
};

class ProblemStore final
{
public:
    ProblemStore(const Database &db, const Clock &clock);

    [[nodiscard]] Result<qint64> record(const Problem &problem) const;
    [[nodiscard]] Result<QList<Problem>> list(bool openOnly = true, int limit = 500) const;
    [[nodiscard]] Result<bool> resolve(qint64 id, const QString &by, const QString &note) const;
    [[nodiscard]] Result<int> countOpen() const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

// Every callback body as received (before it is applied), and the callbacks
// parked because their CheckoutRequestID was not known yet.
class CallbackLog final
{
public:
    struct Entry
    {
        qint64 id = 0;
        QString kind;
        QString reference;
        QString body;
        QString outcome;
        qint64 receivedAt = 0;
    };

    CallbackLog(const Database &db, const Clock &clock);

    // Several at once, in one statement (callbacks applied together).
    [[nodiscard]] Result<void> recordMany(const QList<Entry> &entries) const;
    // recordMany's statement, for the caller to send with others.
    Statement insertMany(const QList<Entry> &entries) const;
    void prepareGroupStatements(qsizetype mostRows) const;   // insertMany's, as GrantStore's
    [[nodiscard]] Result<qint64> record(const QString &kind, const QString &reference, const QString &body,
                                        const QString &outcome) const;
    [[nodiscard]] Result<void> setOutcome(qint64 id, const QString &outcome) const;
    [[nodiscard]] Result<QList<Entry>> parked(const QString &reference = {}, qint64 olderThan = 0) const;

private:
    static QString insertManySql(qsizetype rows);
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace lango::models
