#include "ui/voucherqrcode.h"

#include <qrencode.h>

#include <memory>

namespace lango::ui {

QImage VoucherQrCode::image(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1),
                                                         &QRcode_free);
    if (!code)
        return {};
    const int width = code->width;
    const int side = width + 2 * kQuietModules;
    QImage image(side, side, QImage::Format_Mono);
    // Black first, white second: the colour table Qt's PDF engine writes as
    // a 1-bit image (any other order becomes a lossy JPEG).
    image.setColorCount(2);
    image.setColor(0, qRgb(0, 0, 0));
    image.setColor(1, qRgb(255, 255, 255));
    image.fill(1);
    for (int y = 0; y < width; ++y) {
        const unsigned char *row = code->data + y * width;
        for (int x = 0; x < width; ++x) {
            if (row[x] & 1)   // bit 0: dark module
                image.setPixel(x + kQuietModules, y + kQuietModules, 0);
        }
    }
    return image;
}

} // namespace lango::ui
