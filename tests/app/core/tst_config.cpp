#include "app/core/config.h"
#include "app/core/credentialsfile.h"
#include "app/core/platform.h"
#include "app/core/secretstore.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lango::app;

class TestConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheDesignExample()
    {
        const QString text = QStringLiteral(
            "[database]\n"
            "url = postgresql://lango@db.local:5432/lango   ; or sqlite:///var/lib/lango/lango.db\n"
            "[http]\n"
            "listen = 0.0.0.0:8090\n"
            "public_url = https://hotspot.example.co.ke      ; how Safaricom and routers reach us\n"
            "[mpesa]\n"
            "environment = sandbox                           ; sandbox | production | custom\n"
            "base_url =                                      ; with custom only (an emulator)\n"
            "shortcode = 174379\n"
            "type = paybill                                  ; paybill | till\n"
            "till_number =\n"
            "[secrets]\n"
            "file = /etc/lango/credentials                   ; mode 0600\n");
        const auto config = Config::parse(text, QStringLiteral("lango.ini"));
        LANGO_VERIFY_OK(config);
        QCOMPARE(config->databaseUrl, QStringLiteral("postgresql://lango@db.local:5432/lango"));
        QCOMPARE(config->listenAddress, QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(config->listenPort, quint16(8090));
        QCOMPARE(config->publicUrl, QStringLiteral("https://hotspot.example.co.ke"));
        QCOMPARE(config->mpesaShortcode, QStringLiteral("174379"));
        QCOMPARE(config->mpesaType, QStringLiteral("paybill"));
        QCOMPARE(config->secretsFile, QStringLiteral("/etc/lango/credentials"));
    }

    // The shipped example parses, and its optional [billing] values are the defaults it claims.
    void readsTheShippedExample()
    {
        const auto config = Config::load(QStringLiteral(LANGO_SOURCE_DIR "/resources/lango.example.ini"));
        LANGO_VERIFY_OK(config);
        const Config defaults;
        QCOMPARE(config->reconcileAfterSeconds, defaults.reconcileAfterSeconds);
        QCOMPARE(config->workers, defaults.workers);
        QCOMPARE(config->secretsFile, QStringLiteral("/etc/lango/credentials"));
    }

    void namesFileLineAndKey_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad port") << "[http]\nlisten = 0.0.0.0:99999\n" << "lango.ini, line 2: [http] listen: expected host:port";
        QTest::newRow("unknown key") << "[http]\nlistn = 1\n" << "lango.ini, line 2: [http] listn: unknown key";
        QTest::newRow("unknown section") << "[htp]\nlisten = 1\n" << "[htp] listen: unknown key";
        QTest::newRow("bad environment") << "\n\n[mpesa]\nenvironment = live\n" << "line 4: [mpesa] environment: expected sandbox, production or custom";
        QTest::newRow("bad type") << "[mpesa]\ntype = bank\n" << "[mpesa] type: expected paybill or till";
        QTest::newRow("custom without url") << "[mpesa]\nenvironment = custom\n" << "[mpesa] base_url: expected a URL";
        QTest::newRow("till without number") << "[mpesa]\ntype = till\n" << "[mpesa] till_number";
        QTest::newRow("not key value") << "[http]\nlisten\n" << "line 2: listen: expected key = value";
        QTest::newRow("bad public url") << "[http]\npublic_url = hotspot\n" << "[http] public_url: expected the URL";
        QTest::newRow("bad reconcile") << "[billing]\nreconcile_after = soon\n" << "[billing] reconcile_after";
        QTest::newRow("sms without username") << "[sms]\nenvironment = sandbox\n" << "[sms] username: expected";
        QTest::newRow("sms custom without url") << "[sms]\nusername = sandbox\nenvironment = custom\n" << "[sms] base_url: expected a URL";
        QTest::newRow("sms bad language") << "[sms]\nusername = x\nlanguage = fr\n" << "[sms] language: expected en or sw";
        QTest::newRow("sms sender id too long") << "[sms]\nusername = x\nsender_id = WIFI-BORA-KENYA\n" << "[sms] sender_id";
        QTest::newRow("tunnel without endpoint") << "[tunnel]\nnetwork = 10.77.0.0/24\n" << "[tunnel] endpoint: expected host:port";
        QTest::newRow("tunnel endpoint not host:port") << "[tunnel]\nendpoint = https://vpn.example.co.ke\n" << "line 2: [tunnel] endpoint";
        QTest::newRow("tunnel network host bits") << "[tunnel]\nendpoint = a.b:1\nnetwork = 10.77.0.1/24\n" << "did you mean 10.77.0.0/24";
        QTest::newRow("tunnel network too big") << "[tunnel]\nendpoint = a.b:1\nnetwork = 10.0.0.0/8\n" << "[tunnel] network";
        QTest::newRow("tunnel config not .conf") << "[tunnel]\nendpoint = a.b:1\nconfig = /etc/wireguard/lango\n" << "[tunnel] config";
        QTest::newRow("tunnel interface name too long") << "[tunnel]\nendpoint = a.b:1\nconfig = /etc/wireguard/a-very-long-name.conf\n"
                                                        << "15 characters";
    }

    void tunnelSection()
    {
        const auto config = Config::parse(QStringLiteral("[tunnel]\nendpoint = vpn.example.co.ke:51999\n"), QStringLiteral("lango.ini"));
        LANGO_VERIFY_OK(config);
        QVERIFY(config->tunnelSectionSeen);
        QCOMPARE(config->tunnelListenPort, 51999);   // the endpoint's port unless said otherwise
        QCOMPARE(config->tunnelNetwork, QStringLiteral("10.77.0.0/24"));
        QCOMPARE(config->tunnelConfig, QStringLiteral("/etc/wireguard/lango.conf"));
        QVERIFY(!Config::parse(QStringLiteral("[http]\nlisten = 127.0.0.1:1\n"), QStringLiteral("x"))->tunnelSectionSeen);
    }
    void namesFileLineAndKey()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto config = Config::parse(text, QStringLiteral("lango.ini"));
        QVERIFY(!config);
        QVERIFY2(config.error().message.contains(expected), qPrintable(config.error().message));
    }

    void credentialsFileMustBePrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("office_key = abc\ncallback_token = t0k3n\n");
        file.close();
#ifdef Q_OS_WIN
        // A new file inherits its folder's permissions: others may read it.
        const QString says = QStringLiteral("Remove every permission but your own (Properties, Security)");
#else
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QString says = QStringLiteral("chmod 600 %1").arg(path);
#endif
        const auto refused = CredentialsFile::read(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
        QVERIFY2(refused.error().message.contains(says), qPrintable(refused.error().message));

        LANGO_VERIFY_OK(platform::restrictToOwner(path));
        const auto values = CredentialsFile::read(path);
        LANGO_VERIFY_OK(values);
        QCOMPARE(values->value(QStringLiteral("callback_token")), QStringLiteral("t0k3n"));
    }

    void credentialsFileRejectsUnknownKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials"));
        LANGO_VERIFY_OK(CredentialsFile::write(path, QStringLiteral("office_key"), QStringLiteral("k")));
        LANGO_VERIFY_OK(platform::checkOwnerOnly(path));   // written private
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("offce_key = typo\n");
        file.close();
        const auto read = CredentialsFile::read(path);
        QVERIFY(!read);
        QVERIFY(read.error().message.contains(QLatin1String("unknown key \"offce_key\"")));
    }

    void environmentOverridesFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials"));
        LANGO_VERIFY_OK(CredentialsFile::write(path, QStringLiteral("callback_token"), QStringLiteral("from-file")));
        SecretStore::Options options;
        options.credentialsFile = path;
        SecretStore store(options);
        QCOMPARE(*store.read(QStringLiteral("callback_token")).result(), QStringLiteral("from-file"));
        qputenv("LANGO_CALLBACK_TOKEN", "from-env");
        QCOMPARE(*store.read(QStringLiteral("callback_token")).result(), QStringLiteral("from-env"));
        qunsetenv("LANGO_CALLBACK_TOKEN");
        QCOMPARE(*store.read(QStringLiteral("mpesa_passkey")).result(), QString());   // not set anywhere
    }

    // No keychain service (CI, servers): the store falls back to a private
    // file, says so once, and never hangs.
    void missingKeychainFallsBackToPrivateFile()
    {
        QTemporaryDir dir;
        SecretStore::Options options;
        options.fallbackFile = dir.filePath(QStringLiteral("credentials"));
        options.service = QStringLiteral("lango-test-") + QString::number(QCoreApplication::applicationPid());
        SecretStore store(options);
        QSignalSpy notices(&store, &SecretStore::noticeRaised);
        auto written = store.write(QStringLiteral("office_key"), QStringLiteral("k3y"));
        QTRY_VERIFY_WITH_TIMEOUT(written.isFinished(), 5000);
        LANGO_VERIFY_OK(written.result());
        auto read = store.read(QStringLiteral("office_key"));
        QTRY_VERIFY_WITH_TIMEOUT(read.isFinished(), 5000);
        QCOMPARE(*read.result(), QStringLiteral("k3y"));
#ifdef Q_OS_WIN
        const bool noKeychain = false;   // the Credential Store is always there
#else
        const bool noKeychain = qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#endif
        if (noKeychain) {
            QCOMPARE(notices.count(), 1);
            QVERIFY(store.notice().contains(options.fallbackFile));
            QVERIFY(QFile::exists(options.fallbackFile));
            LANGO_VERIFY_OK(CredentialsFile::read(options.fallbackFile));   // private, or read() would refuse it
        }
    }
};

LANGO_TEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
