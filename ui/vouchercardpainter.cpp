#include "ui/vouchercardpainter.h"

#include "models/vouchercodes.h"
#include "ui/voucherqrcode.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace lango::ui {

namespace {

const QColor kGrey(0x55, 0x55, 0x55);
// A monospace face with distinct shapes (Debian and Qt's packages bring it);
// the style hint picks another fixed-pitch face where it is missing.
const QString kMonoFamily = QStringLiteral("DejaVu Sans Mono");
const QString kSansFamily = QStringLiteral("DejaVu Sans");

bool hasPin(const app::VoucherCard &card)
{
    return card.password != card.code;
}

} // namespace

VoucherCardPainter::VoucherCardPainter(const app::CardSheet &sheet, const QPaintDevice &device)
    : m_sheet(sheet)
    , m_device(device)
    , m_dotsPerMm(device.logicalDpiY() / 25.4)
{
    if (!sheet.logoPng.isEmpty())
        m_logo = QImage::fromData(sheet.logoPng);   // one image, so a PDF embeds it once
}

QFont VoucherCardPainter::font(qreal points, bool bold) const
{
    QFont f(kSansFamily);
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(std::max<qreal>(3.5, points));
    f.setBold(bold);
    return f;
}

QFont VoucherCardPainter::codeFont(const QString &text, qreal maxPoints, qreal width) const
{
    QFont f(kMonoFamily);
    f.setStyleHint(QFont::TypeWriter);
    f.setBold(true);
    f.setPointSizeF(maxPoints);
    const qreal advance = QFontMetricsF(f, &m_device).horizontalAdvance(text);
    if (advance > width && advance > 0)
        f.setPointSizeF(std::max<qreal>(5, maxPoints * width / advance * 0.98));
    return f;
}

qreal VoucherCardPainter::lineHeight(const QFont &f) const
{
    return QFontMetricsF(f, &m_device).height();
}

void VoucherCardPainter::drawLine(QPainter &painter, const QRectF &rect, const Line &line) const
{
    painter.setFont(line.font);
    painter.setPen(line.colour);
    const QFontMetricsF metrics(line.font, &m_device);
    qreal width = rect.width();
    if (!line.right.isEmpty()) {
        const qreal rightWidth = metrics.horizontalAdvance(line.right);
        painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, line.right);
        width -= rightWidth + mm(1.5);
    }
    const QString text = metrics.elidedText(line.text, Qt::ElideRight, std::max<qreal>(0, width));
    painter.drawText(QRectF(rect.left(), rect.top(), width, rect.height()), line.align | Qt::AlignVCenter, text);
}

void VoucherCardPainter::drawQr(QPainter &painter, const QRectF &square, const QString &url) const
{
    const QImage qr = VoucherQrCode::image(url);
    if (qr.isNull())
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);   // crisp modules
    painter.drawImage(square, qr);
}

void VoucherCardPainter::paintGridCard(QPainter &painter, const QRectF &rect, const app::VoucherCard &card) const
{
    const qreal scale = std::clamp(rect.height() / mm(35), 0.6, 1.5);
    const qreal pad = mm(2.2 * std::min<qreal>(1.0, scale));
    const QRectF inner = rect.adjusted(pad, pad, -pad, -pad);
    // Small cards (many a page) give the QR code a larger share, so its
    // modules stay above ~0.5 mm and phones still read it.
    const qreal share = rect.width() >= mm(55) ? 0.38 : 0.46;
    const qreal qrSide = std::min(inner.height(), inner.width() * share);
    drawQr(painter, QRectF(inner.left(), inner.center().y() - qrSide / 2, qrSide, qrSide), card.loginUrl);
    const QRectF text(inner.left() + qrSide + pad, inner.top(), inner.width() - qrSide - pad, inner.height());

    // Header: logo and office name.
    const QFont header = font(7 * scale, true);
    const qreal headerHeight = lineHeight(header);
    qreal x = text.left();
    if (!m_logo.isNull()) {
        const qreal logoWidth = std::min(text.width() * 0.3, headerHeight * m_logo.width() / std::max(1, m_logo.height()));
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(QRectF(x, text.top(), logoWidth, headerHeight), m_logo);
        x += logoWidth + mm(1);
    }
    drawLine(painter, QRectF(x, text.top(), text.right() - x, headerHeight), {m_sheet.officeName, header, Qt::AlignLeft, Qt::black, {}});

    // Footer: support phone and serial.
    const QFont small = font(5.2 * scale);
    const qreal footerHeight = lineHeight(small);
    drawLine(painter, QRectF(text.left(), text.bottom() - footerHeight, text.width(), footerHeight),
             {m_sheet.officePhone, small, Qt::AlignLeft, kGrey, card.serial});

    // Middle: package, price, validity, the code, the PIN.
    QList<Line> lines;
    lines << Line{card.packageName, font(8 * scale, true), Qt::AlignLeft, Qt::black, {}};
    lines << Line{card.price, font(8.5 * scale, true), Qt::AlignLeft, Qt::black, {}};
    lines << Line{card.caps.isEmpty() ? card.validity : card.validity + QStringLiteral(" · ") + card.caps, font(5.8 * scale),
                  Qt::AlignLeft, kGrey, {}};
    const QString grouped = models::VoucherCodes::grouped(card.code);
    lines << Line{grouped, codeFont(grouped, 12 * scale, text.width()), Qt::AlignLeft, Qt::black, {}};
    if (hasPin(card)) {
        QFont pin = codeFont(card.password, 7 * scale, text.width());
        pin.setBold(false);
        lines << Line{VoucherCardPainter::tr("PIN %1").arg(card.password), pin, Qt::AlignLeft, Qt::black, {}};
    }
    const qreal top = text.top() + headerHeight;
    const qreal bottom = text.bottom() - footerHeight;
    qreal used = 0;
    for (const Line &line : std::as_const(lines))
        used += lineHeight(line.font);
    const qreal gap = std::max<qreal>(0, (bottom - top - used) / (lines.size() + 1));
    qreal y = top + gap;
    for (const Line &line : std::as_const(lines)) {
        const qreal h = lineHeight(line.font);
        drawLine(painter, QRectF(text.left(), y, text.width(), h), line);
        y += h + gap;
    }
}

qreal VoucherCardPainter::layoutRoll(QPainter *painter, const QRectF &rect, const app::VoucherCard &card) const
{
    const bool wide = rect.width() > mm(65);   // 80 mm roll
    const qreal margin = mm(wide ? 5 : 4);
    const QRectF column(rect.left() + margin, rect.top(), rect.width() - 2 * margin, rect.height());
    qreal y = rect.top() + mm(3);
    auto line = [&](const Line &l, qreal after = 0) {
        const qreal h = lineHeight(l.font);
        if (painter)
            drawLine(*painter, QRectF(column.left(), y, column.width(), h), l);
        y += h + after;
    };
    if (!m_logo.isNull()) {
        const qreal h = mm(wide ? 14 : 11);
        const qreal w = std::min(column.width() * 0.6, h * m_logo.width() / std::max(1, m_logo.height()));
        if (painter) {
            painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
            painter->drawImage(QRectF(column.center().x() - w / 2, y, w, h), m_logo);
        }
        y += h + mm(1.5);
    }
    line({m_sheet.officeName, font(wide ? 13 : 11, true), Qt::AlignHCenter, Qt::black, {}});
    if (!m_sheet.officePhone.isEmpty())
        line({m_sheet.officePhone, font(8), Qt::AlignHCenter, kGrey, {}});
    y += mm(1.5);
    if (painter) {
        painter->setPen(QPen(kGrey, mm(0.2)));
        painter->drawLine(QPointF(column.left(), y), QPointF(column.right(), y));
    }
    y += mm(2);
    line({card.packageName, font(wide ? 13 : 11, true), Qt::AlignHCenter, Qt::black, {}});
    line({card.price, font(wide ? 16 : 14, true), Qt::AlignHCenter, Qt::black, {}});
    line({card.validity, font(8), Qt::AlignHCenter, kGrey, {}});
    if (!card.caps.isEmpty())
        line({card.caps, font(8), Qt::AlignHCenter, kGrey, {}});
    y += mm(2);
    line({VoucherCardPainter::tr("Voucher code"), font(7), Qt::AlignHCenter, kGrey, {}});
    const QString grouped = models::VoucherCodes::grouped(card.code);
    line({grouped, codeFont(grouped, wide ? 24 : 19, column.width()), Qt::AlignHCenter, Qt::black, {}}, mm(1));
    if (hasPin(card))
        line({VoucherCardPainter::tr("PIN %1").arg(card.password), codeFont(card.password, wide ? 16 : 13, column.width()),
              Qt::AlignHCenter, Qt::black, {}}, mm(1));
    const qreal qrSide = mm(wide ? 44 : 34);
    if (painter)
        drawQr(*painter, QRectF(column.center().x() - qrSide / 2, y, qrSide, qrSide), card.loginUrl);
    y += qrSide;
    line({wide ? VoucherCardPainter::tr("Scan to log in, or type the code on the WiFi login page")
               : VoucherCardPainter::tr("Scan, or type the code on the login page"),
          font(6.5), Qt::AlignHCenter, kGrey, {}});
    line({card.serial, font(6), Qt::AlignHCenter, kGrey, {}}, mm(3));
    if (painter) {
        QPen cut(kGrey, mm(0.2), Qt::DashLine);
        painter->setPen(cut);
        painter->drawLine(QPointF(rect.left() + mm(1), y), QPointF(rect.right() - mm(1), y));
    }
    return y + mm(1) - rect.top();
}

void VoucherCardPainter::paintRollCard(QPainter &painter, const QRectF &rect, const app::VoucherCard &card) const
{
    layoutRoll(&painter, rect, card);
}

qreal VoucherCardPainter::rollCardHeightMm(qreal widthMm, const app::VoucherCard &card) const
{
    return layoutRoll(nullptr, QRectF(0, 0, mm(widthMm), mm(500)), card) / m_dotsPerMm;
}

} // namespace lango::ui
