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
