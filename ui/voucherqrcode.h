#pragma once

#include <QImage>
#include <QString>

namespace lango::ui {

// A QR code (libqrencode, error correction M, byte mode) as a 1-bit image
// with one pixel per module and a quiet zone; paint it scaled without
// smoothing so every module stays a crisp square on paper and in PDFs.
class VoucherQrCode final
{
public:
    static constexpr int kQuietModules = 2;   // the card's white margin adds the rest

    // A null image when the text does not fit a QR code.
    static QImage image(const QString &text);
};

} // namespace lango::ui
