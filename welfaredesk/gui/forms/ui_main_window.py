# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QSpacerItem, QStatusBar, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.changePasswordAction = QAction(MainWindow)
        self.changePasswordAction.setObjectName(u"changePasswordAction")
        self.lockScreenAction = QAction(MainWindow)
        self.lockScreenAction.setObjectName(u"lockScreenAction")
#if QT_CONFIG(shortcut)
        self.lockScreenAction.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.settingsAction = QAction(MainWindow)
        self.settingsAction.setObjectName(u"settingsAction")
#if QT_CONFIG(shortcut)
        self.settingsAction.setShortcut(u"Ctrl+,")
#endif // QT_CONFIG(shortcut)
        self.settingsAction.setMenuRole(QAction.PreferencesRole)
        self.userAdminAction = QAction(MainWindow)
        self.userAdminAction.setObjectName(u"userAdminAction")
        self.auditTrailAction = QAction(MainWindow)
        self.auditTrailAction.setObjectName(u"auditTrailAction")
        self.backupAction = QAction(MainWindow)
        self.backupAction.setObjectName(u"backupAction")
        self.quitAction = QAction(MainWindow)
        self.quitAction.setObjectName(u"quitAction")
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.newIntakeAction = QAction(MainWindow)
        self.newIntakeAction.setObjectName(u"newIntakeAction")
#if QT_CONFIG(shortcut)
        self.newIntakeAction.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.agencyDirectoryAction = QAction(MainWindow)
        self.agencyDirectoryAction.setObjectName(u"agencyDirectoryAction")
#if QT_CONFIG(shortcut)
        self.agencyDirectoryAction.setShortcut(u"Ctrl+Shift+A")
#endif // QT_CONFIG(shortcut)
        self.meetingsAction = QAction(MainWindow)
        self.meetingsAction.setObjectName(u"meetingsAction")
#if QT_CONFIG(shortcut)
        self.meetingsAction.setShortcut(u"Ctrl+Shift+M")
#endif // QT_CONFIG(shortcut)
        self.findAction = QAction(MainWindow)
        self.findAction.setObjectName(u"findAction")
#if QT_CONFIG(shortcut)
        self.findAction.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.refreshAction = QAction(MainWindow)
        self.refreshAction.setObjectName(u"refreshAction")
#if QT_CONFIG(shortcut)
        self.refreshAction.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.closeTabAction = QAction(MainWindow)
        self.closeTabAction.setObjectName(u"closeTabAction")
#if QT_CONFIG(shortcut)
        self.closeTabAction.setShortcut(u"Ctrl+W")
#endif // QT_CONFIG(shortcut)
        self.guideAction = QAction(MainWindow)
        self.guideAction.setObjectName(u"guideAction")
#if QT_CONFIG(shortcut)
        self.guideAction.setShortcut(u"F1")
#endif // QT_CONFIG(shortcut)
        self.aboutAction = QAction(MainWindow)
        self.aboutAction.setObjectName(u"aboutAction")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(8, 8, 8, 4)
        self.mainTabs = QTabWidget(self.centralWidget)
        self.mainTabs.setObjectName(u"mainTabs")
        self.mainTabs.setDocumentMode(True)
        self.mainTabs.setTabsClosable(True)
        self.mainTabs.setMovable(False)
        self.caseListTab = QWidget()
        self.caseListTab.setObjectName(u"caseListTab")
        self.caseListLayout = QVBoxLayout(self.caseListTab)
        self.caseListLayout.setSpacing(8)
        self.caseListLayout.setObjectName(u"caseListLayout")
        self.caseListLayout.setContentsMargins(4, 10, 4, 4)
        self.filterBar = QFrame(self.caseListTab)
        self.filterBar.setObjectName(u"filterBar")
        self.filterLayout = QHBoxLayout(self.filterBar)
        self.filterLayout.setSpacing(10)
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLayout.setContentsMargins(0, 0, 0, 0)
        self.searchLabel = QLabel(self.filterBar)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.filterBar)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(320, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.stageLabel = QLabel(self.filterBar)
        self.stageLabel.setObjectName(u"stageLabel")

        self.filterLayout.addWidget(self.stageLabel)

        self.stageCombo = QComboBox(self.filterBar)
        self.stageCombo.setObjectName(u"stageCombo")
        self.stageCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filterLayout.addWidget(self.stageCombo)

        self.excludeClosedCheck = QCheckBox(self.filterBar)
        self.excludeClosedCheck.setObjectName(u"excludeClosedCheck")
        self.excludeClosedCheck.setChecked(True)

        self.filterLayout.addWidget(self.excludeClosedCheck)

        self.mineOnlyCheck = QCheckBox(self.filterBar)
        self.mineOnlyCheck.setObjectName(u"mineOnlyCheck")

        self.filterLayout.addWidget(self.mineOnlyCheck)

        self.filterSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.resultLabel = QLabel(self.filterBar)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")

        self.filterLayout.addWidget(self.resultLabel)


        self.caseListLayout.addWidget(self.filterBar)

        self.noticeLabel = QLabel(self.caseListTab)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)

        self.caseListLayout.addWidget(self.noticeLabel)

        self.caseTable = QTableView(self.caseListTab)
        self.caseTable.setObjectName(u"caseTable")
        self.caseTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.caseTable.setAlternatingRowColors(True)
        self.caseTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.caseTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.caseTable.setShowGrid(False)
        self.caseTable.setWordWrap(False)
        self.caseTable.setCornerButtonEnabled(False)
        self.caseTable.horizontalHeader().setHighlightSections(False)
        self.caseTable.horizontalHeader().setStretchLastSection(True)
        self.caseTable.verticalHeader().setVisible(False)

        self.caseListLayout.addWidget(self.caseTable)

        self.mainTabs.addTab(self.caseListTab, "")

        self.centralLayout.addWidget(self.mainTabs)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.consultationMenu = QMenu(self.menuBar)
        self.consultationMenu.setObjectName(u"consultationMenu")
        self.viewMenu = QMenu(self.menuBar)
        self.viewMenu.setObjectName(u"viewMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.stageLabel.setBuddy(self.stageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.stageCombo)
        QWidget.setTabOrder(self.stageCombo, self.excludeClosedCheck)
        QWidget.setTabOrder(self.excludeClosedCheck, self.mineOnlyCheck)
        QWidget.setTabOrder(self.mineOnlyCheck, self.caseTable)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.consultationMenu.menuAction())
        self.menuBar.addAction(self.viewMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.changePasswordAction)
        self.fileMenu.addAction(self.lockScreenAction)
        self.fileMenu.addAction(self.settingsAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.userAdminAction)
        self.fileMenu.addAction(self.auditTrailAction)
        self.fileMenu.addAction(self.backupAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.quitAction)
        self.consultationMenu.addAction(self.newIntakeAction)
        self.consultationMenu.addSeparator()
        self.consultationMenu.addAction(self.agencyDirectoryAction)
        self.consultationMenu.addAction(self.meetingsAction)
        self.viewMenu.addAction(self.findAction)
        self.viewMenu.addAction(self.refreshAction)
        self.viewMenu.addSeparator()
        self.viewMenu.addAction(self.closeTabAction)
        self.helpMenu.addAction(self.guideAction)
        self.helpMenu.addSeparator()
        self.helpMenu.addAction(self.aboutAction)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"WelfareDesk - General Welfare Consultation Desk", None))
        self.changePasswordAction.setText(QCoreApplication.translate("MainWindow", u"Change &password...", None))
        self.lockScreenAction.setText(QCoreApplication.translate("MainWindow", u"&Lock screen", None))
        self.settingsAction.setText(QCoreApplication.translate("MainWindow", u"&Settings...", None))
        self.userAdminAction.setText(QCoreApplication.translate("MainWindow", u"&User administration...", None))
        self.auditTrailAction.setText(QCoreApplication.translate("MainWindow", u"Audit &trail...", None))
        self.backupAction.setText(QCoreApplication.translate("MainWindow", u"&Backup...", None))
        self.quitAction.setText(QCoreApplication.translate("MainWindow", u"E&xit", None))
        self.newIntakeAction.setText(QCoreApplication.translate("MainWindow", u"&New consultation intake...", None))
        self.agencyDirectoryAction.setText(QCoreApplication.translate("MainWindow", u"&Agency directory...", None))
        self.meetingsAction.setText(QCoreApplication.translate("MainWindow", u"&Meetings...", None))
        self.findAction.setText(QCoreApplication.translate("MainWindow", u"&Find case", None))
        self.refreshAction.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
        self.closeTabAction.setText(QCoreApplication.translate("MainWindow", u"&Close case tab", None))
        self.guideAction.setText(QCoreApplication.translate("MainWindow", u"&User guide", None))
        self.aboutAction.setText(QCoreApplication.translate("MainWindow", u"&About WelfareDesk", None))
#if QT_CONFIG(accessibility)
        self.mainTabs.setAccessibleName(QCoreApplication.translate("MainWindow", u"Workspace tabs", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("MainWindow", u"&Search", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Case number, name, kana or phone number", None))
        self.stageLabel.setText(QCoreApplication.translate("MainWindow", u"S&tage", None))
        self.excludeClosedCheck.setText(QCoreApplication.translate("MainWindow", u"&Exclude closed", None))
        self.mineOnlyCheck.setText(QCoreApplication.translate("MainWindow", u"&My cases only", None))
#if QT_CONFIG(accessibility)
        self.caseTable.setAccessibleName(QCoreApplication.translate("MainWindow", u"Case list", None))
#endif // QT_CONFIG(accessibility)
        self.mainTabs.setTabText(self.mainTabs.indexOf(self.caseListTab), QCoreApplication.translate("MainWindow", u"Case list", None))
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.consultationMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Consultation", None))
        self.viewMenu.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

