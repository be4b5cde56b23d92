#include "app/demo/demoseed.h"
#include "common/sqliteurl.h"

#include "app/core/office.h"
#include "app/core/paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lango::app {

QString DemoSeed::freshDatabaseUrl()
{
    const QString path = Paths::demoDatabasePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return sqliteUrlForFile(path);
}

Result<void> DemoSeed::packages(Office &office)
{
    struct Sample
    {
        const char *name;
        qint64 kes;
        qint64 seconds;
        int downKbps;
        int upKbps;
        int devices;
        qint64 dataBytes;
        bool paybill;   // also sold at the paybill from any phone, the code by text
    };
    const Sample samples[] = {
        {"30 Minutes", 10, 30 * 60, 2000, 512, 1, 0, false},
        {"1 Hour", 20, 3600, 3000, 1000, 1, 0, true},
        {"1 Day", 80, 86400, 5000, 1000, 1, 0, true},
        {"1 Week Family", 400, 7 * 86400, 5000, 2000, 3, 0, false},
        {"1 GB Daily", 50, 86400, 10000, 2000, 1, 1024LL * 1024 * 1024, false},
    };
    for (const Sample &sample : samples) {
        models::Package p;
        p.name = QString::fromLatin1(sample.name);
        p.priceCents = sample.kes * 100;
        p.durationSeconds = sample.seconds;
        p.downKbps = sample.downKbps;
        p.upKbps = sample.upKbps;
        p.devices = sample.devices;
        p.soldByPaybill = sample.paybill;
        if (sample.dataBytes)
            p.dataBytes = sample.dataBytes;
        if (auto added = office.packages.add(p); !added)
            return fromModels(added.error());
    }
    return {};
}

} // namespace lango::app
