#include "ui/vouchercardrenderer.h"

#include "ui/vouchercardpainter.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace lango::ui {

namespace {

constexpr qreal kA4MarginMm = 8;
constexpr qreal kCutMarkMm = 3;

qreal rollWidthMm(app::CardTemplate layout)
{
    return layout == app::CardTemplate::Roll80 ? 80 : 58;
}

// Crop marks in the margins at every grid line, small crosses inside.
void drawCutMarks(QPainter &painter, const VoucherCardPainter &cards, const QRectF &grid, int columns, int rows)
{
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), cards.mm(0.15)));
    const qreal tick = cards.mm(kCutMarkMm);
    const qreal cardWidth = grid.width() / columns;
    const qreal cardHeight = grid.height() / rows;
    for (int c = 0; c <= columns; ++c) {
        const qreal x = grid.left() + c * cardWidth;
        painter.drawLine(QPointF(x, grid.top() - tick - cards.mm(1)), QPointF(x, grid.top() - cards.mm(1)));
        painter.drawLine(QPointF(x, grid.bottom() + cards.mm(1)), QPointF(x, grid.bottom() + tick + cards.mm(1)));
    }
    for (int r = 0; r <= rows; ++r) {
        const qreal y = grid.top() + r * cardHeight;
        painter.drawLine(QPointF(grid.left() - tick - cards.mm(1), y), QPointF(grid.left() - cards.mm(1), y));
        painter.drawLine(QPointF(grid.right() + cards.mm(1), y), QPointF(grid.right() + tick + cards.mm(1), y));
    }
    const qreal arm = cards.mm(1.2);
    for (int c = 1; c < columns; ++c) {
        for (int r = 1; r < rows; ++r) {
            const QPointF p(grid.left() + c * cardWidth, grid.top() + r * cardHeight);
            painter.drawLine(p - QPointF(arm, 0), p + QPointF(arm, 0));
            painter.drawLine(p - QPointF(0, arm), p + QPointF(0, arm));
        }
    }
}

} // namespace

QPair<int, int> VoucherCardRenderer::grid(int perPage)
{
    const int columns = perPage <= 2 ? 1 : perPage <= 10 ? 2 : perPage <= 30 ? 3 : 4;
    return {columns, (perPage + columns - 1) / columns};
}

int VoucherCardRenderer::cardsPerPage(const app::CardSheet &sheet)
{
    if (sheet.perPage > 0)
        return std::min(sheet.perPage, app::VoucherCards::kMaxPerPage);
    return sheet.layout == app::CardTemplate::A4 ? app::VoucherCards::kDefaultA4PerPage : 1;
}

int VoucherCardRenderer::pageCount(const app::CardSheet &sheet)
{
    const int perPage = cardsPerPage(sheet);
    return int((sheet.cards.size() + perPage - 1) / perPage);
}

app::Result<int> VoucherCardRenderer::printPdf(const app::CardSheet &sheet, const QString &path)
{
    return printPdf(sheet, path, {});
}

app::Result<int> VoucherCardRenderer::printPdf(const app::CardSheet &sheet, const QString &path, const Progress &progress)
{
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("Lango"));
    writer.setTitle(tr("Voucher cards"));
    writer.setResolution(600);
    return paint(sheet, writer, progress);
}

app::Result<int> VoucherCardRenderer::paint(const app::CardSheet &sheet, QPagedPaintDevice &device, const Progress &progress)
{
    if (sheet.cards.isEmpty())
        return app::Error{app::ErrorCode::BadInput, tr("There are no cards to print."), {}};
    const int perPage = cardsPerPage(sheet);
    const bool a4 = sheet.layout == app::CardTemplate::A4;
    if (a4) {
        device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    } else {
        // Measure one card (all cards of a sheet have the same lines).
        const VoucherCardPainter probe(sheet, device);
        const qreal width = rollWidthMm(sheet.layout);
        const qreal height = std::ceil(probe.rollCardHeightMm(width, sheet.cards.first())) * perPage;
        device.setPageLayout(QPageLayout(QPageSize(QSizeF(width, height), QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
                                         QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    }
    QPainter painter;
    if (!painter.begin(&device))
        return app::Error{app::ErrorCode::BadInput,
                          tr("Cannot write the cards there. Check that the folder exists and that you may write to it."), {}};
    const VoucherCardPainter cards(sheet, device);
    const QRectF page(QPointF(0, 0), QSizeF(device.width(), device.height()));
    const auto [columns, rows] = grid(perPage);
    const qreal margin = cards.mm(kA4MarginMm);
    const QRectF area = a4 ? page.adjusted(margin, margin, -margin, -margin) : page;
    const qreal cardWidth = a4 ? area.width() / columns : area.width();
    const qreal cardHeight = a4 ? area.height() / rows : area.height() / perPage;

    int pages = 0;
    const int total = int(sheet.cards.size());
    for (int first = 0; first < total; first += perPage) {
        if (pages > 0 && !device.newPage())
            return app::Error{app::ErrorCode::Internal, tr("The printer refused a new page."), {}};
        ++pages;
        for (int i = 0; i < perPage && first + i < total; ++i) {
            const int column = a4 ? i % columns : 0;
            const int row = a4 ? i / columns : i;
            const QRectF rect(area.left() + column * cardWidth, area.top() + row * cardHeight, cardWidth, cardHeight);
            if (a4)
                cards.paintGridCard(painter, rect, sheet.cards.at(first + i));
            else
                cards.paintRollCard(painter, rect, sheet.cards.at(first + i));
        }
        if (a4 && sheet.cutMarks)
            drawCutMarks(painter, cards, area, columns, rows);
        if (progress && !progress(std::min(total, first + perPage), total)) {
            painter.end();
            return app::Error{app::ErrorCode::Unavailable, tr("Printing was cancelled."), {}};
        }
    }
    if (!painter.end())
        return app::Error{app::ErrorCode::Internal, tr("The cards could not be finished. Try again."), {}};
    return pages;
}

} // namespace lango::ui
