"""The one module through which the GUI imports Qt.

Every other module in ``ui/`` says ``from ui.qt import QWidget, Signal, ...``; swapping a binding,
pinning a version or patching a Qt quirk therefore happens here only (as in Anki's ``aqt.qt``).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QEventLoop,
    QItemSelectionModel,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRunnable,
    QSettings,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QFocusEvent,
    QFont,
    QGuiApplication,
    QIcon,
    QImage,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShowEvent,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

__all__ = [
    "QT_TRANSLATE_NOOP",
    "QBuffer", "QRect", "QDateTime", "QUrl", "QDesktopServices", "QFocusEvent", "QImage", "QPainter", "QDateTimeEdit",
    "QFileDialog", "QMenu", "QProgressDialog", "QPdfDocument", "QPdfView", "QPrintDialog", "QPrinter",
    "QAbstractItemView", "QAbstractTableModel", "QAction", "QApplication", "QButtonGroup", "QByteArray",
    "QCheckBox", "QCloseEvent", "QColor", "QComboBox", "QCoreApplication", "QDate", "QDateEdit", "QDialog",
    "QDialogButtonBox", "QEvent", "QEventLoop", "QFont", "QFormLayout", "QFrame", "QGridLayout", "QGroupBox",
    "QGuiApplication", "QHBoxLayout", "QHeaderView", "QIcon", "QInputMethodEvent", "QItemSelectionModel", "QKeyEvent",
    "QKeySequence", "QLabel", "QLibraryInfo", "QLineEdit", "QListWidget", "QListWidgetItem", "QLocale",
    "QMainWindow", "QMessageBox", "QModelIndex", "QObject", "QPalette", "QPersistentModelIndex", "QPoint",
    "QPlainTextEdit", "QProgressBar", "QPushButton", "QRadioButton", "QRunnable", "QScrollArea", "QSettings",
    "QShowEvent", "QSize", "QSizePolicy", "QSpinBox", "QSplitter", "QStackedWidget", "QStatusBar",
    "QTabWidget", "QTableView", "QTableWidget", "QTableWidgetItem", "QThreadPool", "QTimer", "QToolBar",
    "QToolButton", "QTranslator", "QTreeWidget", "QTreeWidgetItem", "QVBoxLayout", "QWidget", "Qt", "Signal",
    "Slot",
]



def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it now (typed, unlike PySide6's)."""
    return text


# --- the schedule and ledger pages (kept in their own block so parallel edits above do not clash)
from PySide6.QtCharts import (  # noqa: E402
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, QRectF, QTime  # noqa: E402
from PySide6.QtGui import QBrush, QMouseEvent, QPageLayout, QPaintEvent, QPen, QResizeEvent  # noqa: E402
from PySide6.QtWidgets import QTimeEdit, QToolTip  # noqa: E402

__all__ += [
    "QBarCategoryAxis", "QBarSeries", "QBarSet", "QBrush", "QBuffer", "QChart", "QChartView", "QDateTime",
    "QDateTimeEdit", "QPdfDocument",
    "QFileDialog", "QMouseEvent", "QPageLayout", "QPaintEvent", "QPainter", "QPen", "QPieSeries", "QPointF",
    "QPrintDialog", "QPrinter", "QProgressDialog", "QRectF", "QResizeEvent", "QTime", "QTimeEdit", "QToolTip",
    "QValueAxis",
]


def _immortalise_bools() -> None:
    """Work around PySide6 6.12 dropping a reference to ``True``/``False`` on every ``Signal.emit()``.

    Each emit's boolean return value is released once too often, so after a few hundred emits on
    Python < 3.12 (where bools are not immortal) the interpreter aborts with "bool_dealloc". Giving
    both objects a huge reference count makes them effectively immortal, as Python 3.12 does itself.
    """
    import ctypes
    import sys

    if sys.version_info >= (3, 12):
        return
    for value in (True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 48


_immortalise_bools()
