#pragma once

#include "app/vouchers/voucherprinting.h"

#include <QDialog>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPrinter;
class QSpinBox;

namespace lango::ui {

// Print voucher cards: choose the template (A4 grid, 58 mm or 80 mm roll),
// cards per page and cut marks, then preview, print or save a PDF. Painting
// a big batch runs on a worker thread behind a cancellable progress dialog.
class VoucherPrintDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoucherPrintDialog)

public:
    static constexpr int kPreviewCards = 48;   // the preview shows the first pages only

    explicit VoucherPrintDialog(app::CardSheet sheet, QWidget *parent = nullptr);

    app::CardSheet sheet() const;   // with the chosen template and options

Q_SIGNALS:
    void printed(int cards);
    void statusMessage(const QString &message);

private:
    void preview();
    void print();
    void printOn(const std::shared_ptr<QPrinter> &printer);
    void savePdf();
    void updateOptions();
    // Paints on a worker thread with a progress dialog; done(pages or error) on this thread.
    void renderInBackground(const QString &label, std::function<app::Result<int>(const std::function<bool(int, int)> &)> job,
                            std::function<void(app::Result<int>)> done);

    app::CardSheet m_sheet;
    QComboBox *m_template = nullptr;
    QSpinBox *m_perPage = nullptr;
    QCheckBox *m_cutMarks = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace lango::ui
