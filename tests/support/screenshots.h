#pragma once

// Saves widget screenshots under the build tree (LANGO_TEST_ARTIFACTS) and
// checks they are not blank: a panel that failed to draw is one colour.

#include <QDir>
#include <QImage>
#include <QSet>
#include <QWidget>

namespace lango::testing {

inline QString artifactsDir()
{
    QString dir = qEnvironmentVariable("LANGO_TEST_ARTIFACTS");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/lango-artifacts");
    QDir().mkpath(dir);
    return dir;
}

// Distinct colours in a sample of the image: a blank grab has one or two.
inline int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

inline QString saveScreenshot(QWidget *widget, const QString &name, int *colours = nullptr)
{
    const QImage image = widget->grab().toImage();
    const QString path = artifactsDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    image.save(path);
    if (colours)
        *colours = distinctColours(image);
    return path;
}

} // namespace lango::testing
