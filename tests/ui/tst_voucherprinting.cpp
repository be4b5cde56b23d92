#include "app/vouchers/voucherprinting.h"
#include "models/vouchercodes.h"
#include "support/hosttools.h"
#include "support/screenshots.h"
#include "support/testmain.h"
#include "ui/vouchercardrenderer.h"
#include "ui/voucherqrcode.h"

#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace lango;

// Voucher cards as PDFs: each template renders pages that are not blank,
// and every QR code on them decodes (zbarimg) to the hotspot login URL with
// that card's code filled in.
class TestVoucherPrinting final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray logoPng()
    {
        QImage logo(96, 96, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        QPainter p(&logo);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0x00, 0x7a, 0x5e));
        p.setPen(Qt::NoPen);
        p.drawEllipse(4, 4, 88, 88);
        p.setBrush(Qt::white);
        p.drawRect(40, 20, 16, 56);
        p.end();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        logo.save(&buffer, "PNG");
        return png;
    }

    static app::CardSheet sheet(app::CardTemplate layout, int cards, bool pins = false)
    {
        app::CardSheet s;
        s.officeName = QStringLiteral("Kioo WiFi, Kisumu");
        s.officePhone = QStringLiteral("Help: 0712 345 678");
        s.logoPng = logoPng();
        s.layout = layout;
        for (int i = 0; i < cards; ++i) {
            app::VoucherCard card;
            card.code = models::VoucherCodes::generate(models::VoucherCodes::kDefaultRandom, QStringLiteral("K"));
            card.password = pins ? models::VoucherCodes::generatePin() : card.code;
            card.packageName = QStringLiteral("1 Day Unlimited");
            card.price = QStringLiteral("KES 50");
            card.validity = QStringLiteral("1 day from first login");
            card.caps = i % 2 ? QStringLiteral("2 devices") : QString();
            card.loginUrl = app::VoucherCards::loginUrl(QStringLiteral("http://login.wifi/login"), card.code, card.password);
            card.serial = QStringLiteral("7-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            s.cards << card;
        }
        return s;
    }

    // The first page as an image, or a null image.
    QImage firstPage(const QString &pdf, const QString &name)
    {
        const QString prefix = m_dir.filePath(name);
        QProcess pdftoppm;
        pdftoppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"), QStringLiteral("-f"),
                                                    QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                                    QStringLiteral("-singlefile"), pdf, prefix});
        if (!pdftoppm.waitForFinished(60000) || pdftoppm.exitCode() != 0)
            return {};
        QImage image(prefix + QStringLiteral(".png"));
        image.save(testing::artifactsDir() + QStringLiteral("/voucher-card-%1.png").arg(name));
        return image;
    }

    QSet<QString> decode(const QString &png)
    {
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), png});
        zbar.waitForFinished(60000);
        QSet<QString> found;
        for (const QString &line : QString::fromUtf8(zbar.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            found.insert(line.trimmed());
        return found;
    }

private Q_SLOTS:
    void templatesRenderReadableCards_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("cards");
        QTest::addColumn<int>("perPage");
        QTest::addColumn<int>("pages");
        QTest::addColumn<bool>("pins");
        QTest::newRow("a4") << int(app::CardTemplate::A4) << 30 << 0 << 2 << false;
        QTest::newRow("a4 40 per page with PINs") << int(app::CardTemplate::A4) << 40 << 40 << 1 << true;
        QTest::newRow("58mm") << int(app::CardTemplate::Roll58) << 3 << 0 << 3 << false;
        QTest::newRow("80mm") << int(app::CardTemplate::Roll80) << 3 << 0 << 3 << true;
    }
    void templatesRenderReadableCards()
    {
        QFETCH(int, layout);
        QFETCH(int, cards);
        QFETCH(int, perPage);
        QFETCH(int, pages);
        QFETCH(bool, pins);
        app::CardSheet s = sheet(app::CardTemplate(layout), cards, pins);
        s.perPage = perPage;
        const QString name = app::VoucherCards::templateKey(s.layout) + (pins ? QStringLiteral("-pin") : QString());
        const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
        ui::VoucherCardRenderer renderer;
        const auto written = renderer.printPdf(s, pdf);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QCOMPARE(*written, pages);
        LANGO_REQUIRE_HOST_TOOL("pdftoppm", QStringLiteral("-v"));

        const QImage page = firstPage(pdf, name);
        QVERIFY2(!page.isNull(), "pdftoppm could not render the PDF (install poppler-utils)");
        QVERIFY(testing::distinctColours(page) > 2);
        int dark = 0, samples = 0;
        for (int y = 0; y < page.height(); y += 4)
            for (int x = 0; x < page.width(); x += 4, ++samples)
                dark += qGray(page.pixel(x, y)) < 128;
        QVERIFY2(dark > samples / 50, "the page is (nearly) blank");

        const int onFirstPage = std::min(cards, ui::VoucherCardRenderer::cardsPerPage(s));
        QSet<QString> expected;
        for (int i = 0; i < onFirstPage; ++i)
            expected.insert(s.cards.at(i).loginUrl);
        const QSet<QString> decoded = decode(m_dir.filePath(name + QStringLiteral(".png")));
        QCOMPARE(decoded, expected);
        for (const QString &url : decoded) {
            QVERIFY(url.startsWith(QLatin1String("http://login.wifi/login?username=K")));
            QVERIFY(url.contains(QLatin1String("&password=")));
        }
    }

    void loginUrlCarriesTheCode()
    {
        QCOMPARE(app::VoucherCards::loginUrl(QStringLiteral("http://login.wifi/login"), QStringLiteral("ABCD"), QStringLiteral("ABCD")),
                 QStringLiteral("http://login.wifi/login?username=ABCD&password=ABCD"));
        QCOMPARE(app::VoucherCards::templateFromKey(QStringLiteral("58MM")), app::CardTemplate::Roll58);
        QVERIFY(!app::VoucherCards::templateFromKey(QStringLiteral("a5")));
        QCOMPARE(ui::VoucherCardRenderer::grid(24), qMakePair(3, 8));
        const QImage qr = ui::VoucherQrCode::image(QStringLiteral("http://login.wifi/login?username=A&password=A"));
        QVERIFY(!qr.isNull());
        QCOMPARE(qr.width(), qr.height());
    }

    void unwritablePathIsAClearError()
    {
        ui::VoucherCardRenderer renderer;
        const auto written = renderer.printPdf(sheet(app::CardTemplate::A4, 1), QStringLiteral("/nonexistent/dir/cards.pdf"));
        QVERIFY(!written.ok());
        QVERIFY(written.error().message.contains(QLatin1String("folder")));
    }
};

LANGO_TEST_MAIN(TestVoucherPrinting)
#include "tst_voucherprinting.moc"
