#pragma once

#include "app/vouchers/voucherprinting.h"

#include <QPageLayout>

#include <functional>

class QPagedPaintDevice;

namespace lango::ui {

// Lays voucher cards out on pages: an A4 grid (cards per page configurable,
// cut marks) or 58 mm / 80 mm thermal rolls (one card per page unless told).
// Paints on any paged device: QPdfWriter for files, QPrinter for the print
// dialog and the preview. QPainter on these devices may run off the GUI
// thread, so long jobs can go to a worker.
class VoucherCardRenderer final : public app::VoucherCardPrinter
{
    Q_DECLARE_TR_FUNCTIONS(VoucherCardRenderer)

public:
    // Called after each page: (cards done, cards total); false stops.
    using Progress = std::function<bool(int done, int total)>;

    [[nodiscard]] app::Result<int> printPdf(const app::CardSheet &sheet, const QString &path) override;
    [[nodiscard]] app::Result<int> printPdf(const app::CardSheet &sheet, const QString &path, const Progress &progress);
    // Sets the device's page layout and paints every card; the page count.
    [[nodiscard]] app::Result<int> paint(const app::CardSheet &sheet, QPagedPaintDevice &device, const Progress &progress = {});

    static int cardsPerPage(const app::CardSheet &sheet);
    static int pageCount(const app::CardSheet &sheet);
    // A4 grid shape for n cards per page: columns, rows.
    static QPair<int, int> grid(int perPage);
};

} // namespace lango::ui
