#include "app/billing/provisioner.h"

#include "app/core/logging.h"
#include "app/core/office.h"
#include "app/core/platform.h"
#include "app/routers/profilesync.h"
#include "app/routers/routerdirectory.h"
#include "app/routers/routerprofiles.h"
#include "models/dbexecutor.h"
#include "models/secretbox.h"
#include "routeros/hotspotapi.h"
#include "routeros/hotspotscripts.h"
#include "routeros/systemapi.h"
#include "models/kinds.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>

#include <memory>

namespace lango::app {

namespace {

const routeros::CommandOptions kFailFast{-1, routeros::WhenDown::FailFast};

// Collects the outcome of several router calls made at once (pipelined on
// one connection) and reports once when the last one answered.
struct Steps
{
    int pending = 0;
    std::optional<Error> error;
    std::function<void(std::optional<Error>)> done;

    void add() { ++pending; }
    void settle(std::optional<Error> failure = std::nullopt)
    {
        if (failure && !error)
            error = failure;
        if (--pending == 0)
            done(error);
    }
};

QString profileSignature(const routeros::ProfileSpec &spec)
{
    return spec.rateLimit.value_or(QString()) + QLatin1Char('|') + QString::number(spec.sharedUsers.value_or(0))
           + QLatin1Char('|') + spec.onLogin.value_or(QString()) + QLatin1Char('|')
           + QString::number(spec.macCookieTimeout.value_or(0));
}

} // namespace

template <typename Work, typename Then>
void Provisioner::onDatabase(Work work, Then then)
{
    if (!m_options.database) {
        then(work());
        return;
    }
    m_options.database->run(std::move(work)).then(this, std::move(then));
}

Provisioner::Provisioner(Office &office, RouterDirectory &routers, Options options, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_routers(routers)
    , m_options(std::move(options))
{
    m_pollTimer.setInterval(m_options.pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &Provisioner::wake);
    m_dueTimer.setSingleShot(true);
    connect(&m_dueTimer, &QTimer::timeout, this, &Provisioner::wake);
}

QString Provisioner::workerName()
{
    QString host = QSysInfo::machineHostName();
    host.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QStringLiteral("%1/%2/%3/%4")
        .arg(host.isEmpty() ? QStringLiteral("host") : host, platform::bootId())
        .arg(QCoreApplication::applicationPid())
        .arg(models::SecureRandom::readable(4));
}

void Provisioner::start()
{
    // A server killed on this machine, since it last booted, left its jobs
    // claimed: take them back now rather than after their lease.
    const QString thisBoot = m_options.worker.section(QLatin1Char('/'), 0, 1) + QLatin1Char('/');
    auto released = m_office.jobs.releaseDeadWorkers(thisBoot, [](const QString &worker) {
        bool ok = false;
        const qint64 pid = worker.section(QLatin1Char('/'), 2, 2).toLongLong(&ok);
        return !ok || platform::processAlive(pid);
    });
    if (released && *released > 0)
        qCInfo(lcApp).noquote() << "took back" << *released << "job(s) of a stopped server on this machine";
    m_started = true;
    m_pollTimer.start();
    wake();
}

void Provisioner::stop()
{
    // What the routers already did is not done again: recorded now, here.
    if (!m_succeeded.isEmpty()) {
        const QList<Succeeded> done = std::exchange(m_succeeded, {});
        recorded(done, record(m_office, m_options.worker, done));
    }
    m_started = false;
    m_pollTimer.stop();
    m_dueTimer.stop();
}

void Provisioner::wake()
{
    if (!m_started || m_waking)
        return;
    m_waking = true;
    const int room = m_options.maxInFlight - inFlight();
    // Only what this process can run: a server without [sms] leaves the
    // texts to the one with it.
    QStringList kinds{models::JobKind::Provision, models::JobKind::Expire, models::JobKind::SyncProfiles};
    kinds << m_otherJobs.keys();
    onDatabase([office = &m_office, worker = m_options.worker, room, lease = m_options.leaseSeconds, kinds] {
        Claimed claim{room > 0 ? office->jobs.claim(worker, room, lease, kinds) : models::Result<QList<models::Job>>(QList<models::Job>{}),
                      office->jobs.nextDueAt(kinds)};
        return claim;
    }, [this](const Claimed &claim) { claimed(claim); });
}

void Provisioner::claimed(const Claimed &claim)
{
    m_waking = false;
    if (!claim.jobs)
        qCWarning(lcApp).noquote() << "cannot claim router jobs:" << claim.jobs.error().message << claim.jobs.error().detail;
    else if (m_started)
        for (const models::Job &job : *claim.jobs)
            run(job);
    // Jobs that wait (a retry's backoff) wake the queue when they are due.
    if (!claim.nextDueAt || *claim.nextDueAt == 0 || !m_started)
        return;
    const qint64 waitMs = std::max<qint64>(0, *claim.nextDueAt * 1000 - m_office.clock().nowMs());
    if (waitMs < m_options.pollIntervalMs)
        m_dueTimer.start(int(waitMs) + 50);
}

void Provisioner::run(const models::Job &job)
{
    if (m_running.contains(job.id))
        return;
    m_running.insert(job.id);
    if (job.kind == models::JobKind::Provision || job.kind == models::JobKind::Expire)
        readGrant(job);
    else if (job.kind == models::JobKind::SyncProfiles)
        syncProfiles(job);
    else if (m_otherJobs.contains(job.kind))
        m_otherJobs.value(job.kind).run(job).then(this, [this, job, retryable = m_otherJobs.value(job.kind).retryable](Result<void> done) {
            if (done)
                succeed(job);
            else
                fail(job, done.error(), retryable);
        });
    else
        fail(job, Error{ErrorCode::Internal, tr("Unknown router job \"%1\".").arg(job.kind), {}}, false);
}

void Provisioner::readGrant(const models::Job &job)
{
    // Jobs that arrive together (a group of payments, a minute's expiries)
    // read their grants in one statement, where Options::database says, at
    // run time, so each sees its grant as last committed.
    m_toRead.append(job);
    if (m_toRead.size() == 1 && !m_reading)
        QMetaObject::invokeMethod(this, &Provisioner::readGrants, Qt::QueuedConnection);
}

void Provisioner::readGrants()
{
    // One read at a time: jobs that arrive while it runs form the next one.
    if (m_reading || m_toRead.isEmpty())
        return;
    m_reading = true;
    const QList<models::Job> jobs = std::exchange(m_toRead, {});
    QList<qint64> grantIds;
    for (const models::Job &job : jobs)
        grantIds << job.grantId;
    onDatabase([office = &m_office, grantIds] { return office->grants.onRouter(grantIds); },
               [this, jobs](const models::Result<QHash<qint64, models::GrantOnRouter>> &found) {
        m_reading = false;
        for (const models::Job &job : jobs) {
            if (!found)
                fail(job, fromModels(found.error()), true);
            else if (const auto grant = found->constFind(job.grantId); grant == found->constEnd())
                fail(job, Error{ErrorCode::NotFound, tr("There is no grant %1.").arg(job.grantId), {}}, false);
            else if (job.kind == models::JobKind::Expire)
                expireOnRouter(job, grant->grant);
            else
                provisionOnRouter(job, *grant);
        }
        readGrants();
    });
}

void Provisioner::provisionOnRouter(const models::Job &job, const models::GrantOnRouter &found)
{
    const models::Grant *grant = &found.grant;
    const models::Package *package = &found.package;
    if (!grant->isLive()) {
        endedBeforeOnline(job, tr("its access ended (%1) before its user reached the router").arg(models::Grant::stateKey(grant->state)));
        return;
    }
    const qint64 secondsLeft = grant->expiresAt - m_office.clock().now();
    auto password = m_office.box().open(grant->passwordSealed);
    if (!password) {
        fail(job, fromModels(password.error()), false);
        return;
    }
    routeros::HotspotApi *api = m_routers.hotspot(grant->routerId);
    routeros::SystemApi *system = m_routers.system(grant->routerId);
    if (!api || !system) {
        fail(job, m_routers.unknownRouter(grant->routerId), true);
        return;
    }
    if (secondsLeft <= 0) {
        endedBeforeOnline(job, tr("its time ran out before its user reached the router"));
        return;
    }
    // The user name goes into a script the router runs at expiry: only
    // names that cannot break out of it (Lango makes such names itself).
    if (!routeros::HotspotScripts::isScriptSafeName(grant->username)) {
        fail(job, Error{ErrorCode::BadInput, tr("Grant %1's hotspot user name \"%2\" is not safe in a router script; it is not put on "
                                                "the router.").arg(grant->id).arg(grant->username), {}}, false);
        return;
    }

    routeros::HotspotUser user = RouterProfiles::userFor(*package, found.hotspotServer, grant->username, *password,
                                                         RouterProfiles::grantComment(grant->id));
    user.disabled = false;
    if (package->devices == 1 && !grant->mac.isEmpty())
        user.macAddress = grant->mac;   // a paid grant is bound to the device that paid
    const bool firstTime = grant->provisionedAt == 0;
    const routeros::DeviceLogin login{grant->username, *password, grant->ip, grant->mac};
    const routeros::SchedulerEntry expiry = routeros::HotspotScripts::expireEntry(grant->username, secondsLeft);
    const qint64 paidMs = job.payload.value(QStringLiteral("paid_ms")).toInteger();

    auto steps = std::make_shared<Steps>();
    steps->done = [this, job, paidMs](std::optional<Error> error) {
        if (error) {
            fail(job, *error, true);
            return;
        }
        succeed(job, [this, job, paidMs] {
            if (paidMs > 0)
                Q_EMIT grantOnline(job.grantId, m_office.clock().nowMs() - paidMs);
        });
    };
    auto userAndExpiry = [this, job, api, system, user, firstTime, login, expiry, steps] {
        // Sent back to back: the router applies them in order on one connection.
        steps->add();
        api->addUser(user, kFailFast).then(this, [this, grantId = job.grantId, api, user, steps](routeros::Result<QString> added) {
            if (added)
                Q_EMIT userOnRouter(grantId);
            if (added || added.error().code != routeros::ErrorCode::AlreadyExists) {
                steps->settle(added ? std::nullopt : std::optional<Error>(fromRouteros(added.error())));
                return;
            }
            // A retry after a lost answer, or an extension: make it match.
            api->updateUser(user.name, user).then([steps](routeros::Result<void> updated) {
                steps->settle(updated ? std::nullopt : std::optional<Error>(fromRouteros(updated.error())));
            });
        });
        steps->add();
        auto placeExpiry = firstTime ? system->addScheduler(expiry) : system->replaceScheduler(expiry);
        placeExpiry.then(this, [system, expiry, steps](routeros::Result<QString> placed) {
            if (placed || placed.error().code != routeros::ErrorCode::AlreadyExists) {
                steps->settle(placed ? std::nullopt : std::optional<Error>(fromRouteros(placed.error())));
                return;
            }
            system->replaceScheduler(expiry).then([steps](routeros::Result<QString> replaced) {
                steps->settle(replaced ? std::nullopt : std::optional<Error>(fromRouteros(replaced.error())));
            });
        });
        if (firstTime && !login.ip.isEmpty() && !login.macAddress.isEmpty()) {
            // The paying device goes online even if the customer closed the
            // page; when it left the WiFi meanwhile, the portal logs in later.
            api->loginDevice(login).then(this, [user](routeros::Result<void> loggedIn) {
                if (!loggedIn)
                    qCInfo(lcApp).noquote() << "device login for" << user.name << "not done:" << loggedIn.error().detail;
            });
        }
    };

    const routeros::ProfileSpec profile = RouterProfiles::profileFor(*package);
    const QString cacheKey = found.routerName + QLatin1Char('/') + profile.name;
    if (m_ensuredProfiles.value(cacheKey) == profileSignature(profile)) {
        userAndExpiry();
        return;
    }
    // The profile must exist before the user that names it. Jobs arriving
    // together wait for one ensure instead of racing to create it.
    const bool alreadyEnsuring = m_ensuring.contains(cacheKey);
    m_ensuring[cacheKey].append([this, job, userAndExpiry](std::optional<Error> error) {
        if (error)
            fail(job, *error, true);
        else
            userAndExpiry();
    });
    if (alreadyEnsuring)
        return;
    api->ensureProfile(profile).then(this, [this, cacheKey, profile](routeros::Result<routeros::EnsureOutcome> ensured) {
        if (ensured)
            m_ensuredProfiles.insert(cacheKey, profileSignature(profile));
        const auto waiting = m_ensuring.take(cacheKey);
        for (const auto &next : waiting)
            next(ensured ? std::nullopt : std::optional<Error>(fromRouteros(ensured.error())));
    });
}

void Provisioner::expireOnRouter(const models::Job &job, const models::Grant &grant)
{
    routeros::HotspotApi *api = m_routers.hotspot(grant.routerId);
    if (!api) {
        fail(job, m_routers.unknownRouter(grant.routerId), true);
        return;
    }
    // Removes the user, kicks its sessions, deletes its cookies and its
    // scheduler entry: the device falls back to the login page.
    api->revokeUser(grant.username).then(this, [this, job](routeros::Result<void> revoked) {
        if (!revoked) {
            fail(job, fromRouteros(revoked.error()), true);
            return;
        }
        succeed(job, [this, job] { Q_EMIT grantRemoved(job.grantId); });
    });
}

void Provisioner::syncProfiles(const models::Job &job)
{
    routeros::HotspotApi *api = m_routers.hotspot(job.routerId);
    auto packages = m_office.packages.forRouter(job.routerId);
    if (!api || !packages) {
        fail(job, !api ? m_routers.unknownRouter(job.routerId) : fromModels(packages.error()), true);
        return;
    }
    m_ensuredProfiles.clear();
    ProfileSync::run(*api, *packages).then(this, [this, job](ProfileSyncSummary summary) {
        if (!summary.ok())
            fail(job, Error{ErrorCode::Upstream, summary.failed.join(QStringLiteral("; ")), {}}, true);
        else
            succeed(job);
    });
}

void Provisioner::succeed(const models::Job &job, std::function<void()> after)
{
    m_succeeded.append({job, std::move(after)});
    if (m_succeeded.size() == 1 && !m_recording)
        QMetaObject::invokeMethod(this, &Provisioner::recordSucceeded, Qt::QueuedConnection);
}

void Provisioner::recordSucceeded()
{
    // One batch at a time: jobs done while it is recorded form the next one
    // (with the database on its own thread, a slower database makes bigger
    // batches, not a longer queue of commits).
    if (m_recording || m_succeeded.isEmpty())
        return;
    m_recording = true;
    const QList<Succeeded> done = std::exchange(m_succeeded, {});
    onDatabase([office = &m_office, worker = m_options.worker, done] { return record(*office, worker, done); },
               [this, done](const Recorded &outcome) {
        recorded(done, outcome);
        m_recording = false;
        if (!m_succeeded.isEmpty())
            recordSucceeded();
    });
}

Provisioner::Recorded Provisioner::record(Office &office, const QString &worker, const QList<Succeeded> &done)
{
    // The batch in three statements: grants live, their purchases online,
    // the jobs done. A failure records none of it; the jobs run again
    // (harmless: the router has the user already).
    Recorded outcome;
    QList<qint64> grantIds;
    for (const Succeeded &item : done) {
        if (item.job.kind == models::JobKind::Provision && item.job.grantId)
            grantIds << item.job.grantId;
    }
    models::Transaction batch(office.db());
    auto recorded = [&]() -> models::Result<void> {
        if (auto begun = batch.begin(); !begun)
            return begun;
        // Only a grant still live makes its purchases online: one that
        // another server ended meanwhile is a paid customer without access.
        auto live = office.grants.markLiveMany(grantIds);
        if (!live)
            return live.error();
        QList<qint64> finished;
        for (const Succeeded &item : done) {
            const models::Job &job = item.job;
            if (job.kind == models::JobKind::Provision && job.grantId && !live->contains(job.grantId))
                outcome.endedMeanwhile.insert(job.id);
            else
                finished << job.id;
        }
        if (auto online = office.purchases.markOnlineMany(live->values()); !online)
            return online.error();
        // A job whose lease ran out is another worker's now: done all the same.
        if (auto completed = office.jobs.completeMany(finished, worker); !completed)
            return completed.error();
        for (const qint64 id : std::as_const(finished))
            outcome.jobIds.insert(id);
        return batch.commit();
    }();
    if (!recorded) {
        qCWarning(lcApp).noquote() << done.size() << "job(s) done on the router but not recorded; they will run again (harmless):"
                                   << recorded.error().detail;
        return {};
    }
    return outcome;
}

void Provisioner::recorded(const QList<Succeeded> &done, const Recorded &outcome)
{
    for (const Succeeded &item : done) {
        const models::Job &job = item.job;
        if (outcome.endedMeanwhile.contains(job.id)) {
            endedBeforeOnline(job, tr("its access ended while its user was put on the router"));
            continue;
        }
        if (outcome.jobIds.contains(job.id)) {
            qCInfo(lcApp).noquote() << "job" << job.id << job.kind << "purchase" << job.payload.value(QStringLiteral("purchase_id")).toInteger()
                                    << "grant" << job.grantId << "router" << m_routers.nameOf(job.routerId) << "done";
            if (item.after)
                item.after();
        }
        finish(job.id);
        Q_EMIT jobDone(job.id, job.kind, true);
    }
}

void Provisioner::endedBeforeOnline(const models::Job &job, const QString &why)
{
    // Never "online" for a grant that is not live; a purchase that paid for
    // it and is not online yet is a paid customer without access: staff know.
    QStringList messages;
    models::Transaction tx(m_office.db());
    bool ok = tx.begin().ok();
    auto purchases = m_office.purchases.forGrant(job.grantId);
    ok = ok && purchases.ok();
    if (ok) {
        for (const models::Purchase &purchase : *purchases) {
            if (purchase.state != models::PurchaseState::Paid)
                continue;
            models::Problem problem;
            problem.kind = models::ProblemKind::PaidNotOnline;
            problem.purchaseId = purchase.id;
            problem.routerId = job.routerId;
            problem.message = tr("Purchase %1 was paid but never went online: %2. Give access by hand or refund.")
                                  .arg(purchase.id).arg(why);
            ok = ok && m_office.problems.record(problem).ok();
            messages << problem.message;
        }
    }
    auto completed = m_office.jobs.complete(job.id, m_options.worker);
    ok = ok && (completed.ok() || completed.error().code == models::ErrorCode::Conflict);
    if (ok && !tx.commit().ok())
        ok = false;
    if (!ok) {
        fail(job, Error{ErrorCode::Unavailable, tr("The end of grant %1 could not be recorded.").arg(job.grantId), {}}, true);
        return;
    }
    qCWarning(lcApp).noquote() << "job" << job.id << "grant" << job.grantId << "router" << m_routers.nameOf(job.routerId)
                               << "not provisioned:" << why;
    for (const QString &message : std::as_const(messages))
        Q_EMIT problemRecorded(message);
    finish(job.id);
    Q_EMIT jobDone(job.id, job.kind, true);
}

void Provisioner::fail(const models::Job &job, const Error &error, bool retryable)
{
    const QString routerName = m_routers.nameOf(job.routerId);
    qCWarning(lcApp).noquote() << "job" << job.id << job.kind << "purchase" << job.payload.value(QStringLiteral("purchase_id")).toInteger()
                               << "grant" << job.grantId << "router" << routerName
                               << "attempt" << job.attempts << "failed:" << error.message << error.detail;
    auto outcome = m_office.jobs.fail(job.id, m_options.worker, error.message, retryable);
    const bool givingUp = outcome && !outcome->willRetry;
    if (job.attempts == m_options.problemAfterAttempts || (givingUp && job.attempts < m_options.problemAfterAttempts)) {
        models::Problem problem;
        const bool expiry = job.kind == models::JobKind::Expire;
        const bool text = job.kind == QLatin1String("sms");
        problem.kind = expiry ? models::ProblemKind::ExpiryFailing : text ? models::ProblemKind::SmsFailing : models::ProblemKind::ProvisioningFailing;
        problem.purchaseId = job.payload.value(QStringLiteral("purchase_id")).toInteger();
        problem.routerId = job.routerId;
        problem.message = expiry
            ? tr("Removing an expired customer from router %1 keeps failing: %2 Lango keeps trying; the router's own "
                 "scheduler removes them meanwhile.").arg(routerName, error.message)
            : text ? tr("A text message to a customer could not be sent: %1 (job %2). %3").arg(error.message).arg(job.id)
                         .arg(givingUp ? tr("Lango has given up on it.") : tr("Lango keeps trying."))
                   : tr("A paid customer could not be put on router %1: %2 Lango keeps trying (job %3).").arg(routerName, error.message).arg(job.id);
        problem.detail = error.detail;
        (void)m_office.problems.record(problem);
        Q_EMIT problemRecorded(problem.message);
    }
    finish(job.id);
    Q_EMIT jobDone(job.id, job.kind, false);
}

void Provisioner::finish(qint64 jobId)
{
    m_running.remove(jobId);
    wakeSoon();
}

void Provisioner::wakeSoon()
{
    // Many jobs ending in one pass (a burst of payments) claim once.
    if (!m_started || m_wakeQueued)
        return;
    m_wakeQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_wakeQueued = false;
        wake();
    }, Qt::QueuedConnection);
}

} // namespace lango::app
