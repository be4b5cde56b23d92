#pragma once

#include "app/vouchers/voucherprinting.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QRectF>

class QPainter;
class QPaintDevice;

namespace lango::ui {

// Paints one voucher card: the office's name and logo, package, price,
// validity, the code in a large monospace font and a QR code that opens the
// hotspot login with the code filled in. Coordinates are device pixels;
// sizes are worked out in millimetres from the device's resolution.
class VoucherCardPainter final
{
    Q_DECLARE_TR_FUNCTIONS(VoucherCardPainter)

public:
    VoucherCardPainter(const app::CardSheet &sheet, const QPaintDevice &device);

    qreal mm(qreal millimetres) const { return millimetres * m_dotsPerMm; }
    // A landscape card for the A4 grid: QR on the left, text on the right.
    void paintGridCard(QPainter &painter, const QRectF &rect, const app::VoucherCard &card) const;
    // A tall card for a thermal roll of the given width; its height in mm.
    void paintRollCard(QPainter &painter, const QRectF &rect, const app::VoucherCard &card) const;
    qreal rollCardHeightMm(qreal widthMm, const app::VoucherCard &card) const;

private:
    struct Line
    {
        QString text;
        QFont font;
        Qt::Alignment align = Qt::AlignLeft;
        QColor colour = Qt::black;
        QString right;   // drawn right-aligned on the same line (the price)
    };
    QFont font(qreal points, bool bold = false) const;
    QFont codeFont(const QString &text, qreal maxPoints, qreal width) const;
    qreal lineHeight(const QFont &font) const;
    void drawLine(QPainter &painter, const QRectF &rect, const Line &line) const;
    void drawQr(QPainter &painter, const QRectF &square, const QString &url) const;
    // Lays a roll card out from rect's top; paints when painter is set. Its height in pixels.
    qreal layoutRoll(QPainter *painter, const QRectF &rect, const app::VoucherCard &card) const;

    const app::CardSheet &m_sheet;
    const QPaintDevice &m_device;
    qreal m_dotsPerMm = 1;
    QImage m_logo;
};

} // namespace lango::ui
