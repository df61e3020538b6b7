# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(760, 620)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(SettingsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.thisPcTab = QWidget()
        self.thisPcTab.setObjectName(u"thisPcTab")
        self.thisPcLayout = QVBoxLayout(self.thisPcTab)
        self.thisPcLayout.setObjectName(u"thisPcLayout")
        self.displayGroup = QGroupBox(self.thisPcTab)
        self.displayGroup.setObjectName(u"displayGroup")
        self.displayLayout = QVBoxLayout(self.displayGroup)
        self.displayLayout.setObjectName(u"displayLayout")
        self.displayForm = QFormLayout()
        self.displayForm.setObjectName(u"displayForm")
        self.languageLabel = QLabel(self.displayGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.displayForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.displayGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.displayForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.textSizeLabel = QLabel(self.displayGroup)
        self.textSizeLabel.setObjectName(u"textSizeLabel")

        self.displayForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textSizeLabel)

        self.textSizeCombo = QComboBox(self.displayGroup)
        self.textSizeCombo.setObjectName(u"textSizeCombo")

        self.displayForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textSizeCombo)


        self.displayLayout.addLayout(self.displayForm)

        self.sampleLabel = QLabel(self.displayGroup)
        self.sampleLabel.setObjectName(u"sampleLabel")
        self.sampleLabel.setWordWrap(True)

        self.displayLayout.addWidget(self.sampleLabel)

        self.displayNote = QLabel(self.displayGroup)
        self.displayNote.setObjectName(u"displayNote")
        self.displayNote.setWordWrap(True)

        self.displayLayout.addWidget(self.displayNote)


        self.thisPcLayout.addWidget(self.displayGroup)

        self.databaseGroup = QGroupBox(self.thisPcTab)
        self.databaseGroup.setObjectName(u"databaseGroup")
        self.databaseLayout = QVBoxLayout(self.databaseGroup)
        self.databaseLayout.setObjectName(u"databaseLayout")
        self.databaseForm = QFormLayout()
        self.databaseForm.setObjectName(u"databaseForm")
        self.databaseLabel = QLabel(self.databaseGroup)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.databaseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseValue = QLabel(self.databaseGroup)
        self.databaseValue.setObjectName(u"databaseValue")
        self.databaseValue.setWordWrap(True)
        self.databaseValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.databaseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.databaseValue)


        self.databaseLayout.addLayout(self.databaseForm)

        self.connectionRow = QHBoxLayout()
        self.connectionRow.setObjectName(u"connectionRow")
        self.connectionButton = QPushButton(self.databaseGroup)
        self.connectionButton.setObjectName(u"connectionButton")
        self.connectionButton.setAutoDefault(False)

        self.connectionRow.addWidget(self.connectionButton)

        self.connectionReason = QLabel(self.databaseGroup)
        self.connectionReason.setObjectName(u"connectionReason")
        self.connectionReason.setWordWrap(True)

        self.connectionRow.addWidget(self.connectionReason)

        self.connectionRow.setStretch(1, 1)

        self.databaseLayout.addLayout(self.connectionRow)


        self.thisPcLayout.addWidget(self.databaseGroup)

        self.thisPcSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.thisPcLayout.addItem(self.thisPcSpacer)

        self.tabs.addTab(self.thisPcTab, "")
        self.deskTab = QWidget()
        self.deskTab.setObjectName(u"deskTab")
        self.deskTabLayout = QVBoxLayout(self.deskTab)
        self.deskTabLayout.setObjectName(u"deskTabLayout")
        self.deskTabLayout.setContentsMargins(0, 0, 0, 0)
        self.deskScroll = QScrollArea(self.deskTab)
        self.deskScroll.setObjectName(u"deskScroll")
        self.deskScroll.setFocusPolicy(Qt.NoFocus)
        self.deskScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.deskScroll.setFrameShape(QFrame.NoFrame)
        self.deskScroll.setWidgetResizable(True)
        self.deskBody = QWidget()
        self.deskBody.setObjectName(u"deskBody")
        self.deskLayout = QVBoxLayout(self.deskBody)
        self.deskLayout.setObjectName(u"deskLayout")
        self.deskReason = QLabel(self.deskBody)
        self.deskReason.setObjectName(u"deskReason")
        self.deskReason.setWordWrap(True)

        self.deskLayout.addWidget(self.deskReason)

        self.profileGroup = QGroupBox(self.deskBody)
        self.profileGroup.setObjectName(u"profileGroup")
        self.profileForm = QFormLayout(self.profileGroup)
        self.profileForm.setObjectName(u"profileForm")
        self.nameLabel = QLabel(self.profileGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.profileGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.addressLabel = QLabel(self.profileGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.profileGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(300)

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(self.profileGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.profileGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(60)

        self.profileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.deskLayout.addWidget(self.profileGroup)

        self.numberGroup = QGroupBox(self.deskBody)
        self.numberGroup.setObjectName(u"numberGroup")
        self.numberLayout = QVBoxLayout(self.numberGroup)
        self.numberLayout.setObjectName(u"numberLayout")
        self.numberRow = QHBoxLayout()
        self.numberRow.setObjectName(u"numberRow")
        self.eraRadio = QRadioButton(self.numberGroup)
        self.eraRadio.setObjectName(u"eraRadio")

        self.numberRow.addWidget(self.eraRadio)

        self.westernRadio = QRadioButton(self.numberGroup)
        self.westernRadio.setObjectName(u"westernRadio")

        self.numberRow.addWidget(self.westernRadio)

        self.numberEndSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.numberRow.addItem(self.numberEndSpacer)


        self.numberLayout.addLayout(self.numberRow)

        self.numberExample = QLabel(self.numberGroup)
        self.numberExample.setObjectName(u"numberExample")
        self.numberExample.setWordWrap(True)

        self.numberLayout.addWidget(self.numberExample)


        self.deskLayout.addWidget(self.numberGroup)

        self.holidayGroup = QGroupBox(self.deskBody)
        self.holidayGroup.setObjectName(u"holidayGroup")
        self.holidayLayout = QGridLayout(self.holidayGroup)
        self.holidayLayout.setObjectName(u"holidayLayout")
        self.firstOpenDayRadio = QRadioButton(self.holidayGroup)
        self.firstOpenDayRadio.setObjectName(u"firstOpenDayRadio")

        self.holidayLayout.addWidget(self.firstOpenDayRadio, 0, 0, 1, 4)

        self.nthWeekdayRadio = QRadioButton(self.holidayGroup)
        self.nthWeekdayRadio.setObjectName(u"nthWeekdayRadio")

        self.holidayLayout.addWidget(self.nthWeekdayRadio, 1, 0, 1, 1)

        self.nthCombo = QComboBox(self.holidayGroup)
        self.nthCombo.setObjectName(u"nthCombo")

        self.holidayLayout.addWidget(self.nthCombo, 1, 1, 1, 1)

        self.weekdayCombo = QComboBox(self.holidayGroup)
        self.weekdayCombo.setObjectName(u"weekdayCombo")

        self.holidayLayout.addWidget(self.weekdayCombo, 1, 2, 1, 1)

        self.holidaySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.holidayLayout.addItem(self.holidaySpacer, 1, 3, 1, 1)

        self.noHolidayRadio = QRadioButton(self.holidayGroup)
        self.noHolidayRadio.setObjectName(u"noHolidayRadio")

        self.holidayLayout.addWidget(self.noHolidayRadio, 2, 0, 1, 4)

        self.holidayPreview = QLabel(self.holidayGroup)
        self.holidayPreview.setObjectName(u"holidayPreview")
        self.holidayPreview.setWordWrap(True)

        self.holidayLayout.addWidget(self.holidayPreview, 3, 0, 1, 4)

        self.holidayNote = QLabel(self.holidayGroup)
        self.holidayNote.setObjectName(u"holidayNote")
        self.holidayNote.setWordWrap(True)

        self.holidayLayout.addWidget(self.holidayNote, 4, 0, 1, 4)


        self.deskLayout.addWidget(self.holidayGroup)

        self.approvalGroup = QGroupBox(self.deskBody)
        self.approvalGroup.setObjectName(u"approvalGroup")
        self.approvalLayout = QVBoxLayout(self.approvalGroup)
        self.approvalLayout.setObjectName(u"approvalLayout")
        self.approvalNote = QLabel(self.approvalGroup)
        self.approvalNote.setObjectName(u"approvalNote")
        self.approvalNote.setWordWrap(True)

        self.approvalLayout.addWidget(self.approvalNote)

        self.reasonGrid = QGridLayout()
        self.reasonGrid.setObjectName(u"reasonGrid")

        self.approvalLayout.addLayout(self.reasonGrid)


        self.deskLayout.addWidget(self.approvalGroup)

        self.deskSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.deskLayout.addItem(self.deskSpacer)

        self.deskScroll.setWidget(self.deskBody)

        self.deskTabLayout.addWidget(self.deskScroll)

        self.tabs.addTab(self.deskTab, "")
        self.operationsTab = QWidget()
        self.operationsTab.setObjectName(u"operationsTab")
        self.operationsTabLayout = QVBoxLayout(self.operationsTab)
        self.operationsTabLayout.setObjectName(u"operationsTabLayout")
        self.operationsTabLayout.setContentsMargins(0, 0, 0, 0)
        self.operationsScroll = QScrollArea(self.operationsTab)
        self.operationsScroll.setObjectName(u"operationsScroll")
        self.operationsScroll.setFocusPolicy(Qt.NoFocus)
        self.operationsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.operationsScroll.setFrameShape(QFrame.NoFrame)
        self.operationsScroll.setWidgetResizable(True)
        self.operationsBody = QWidget()
        self.operationsBody.setObjectName(u"operationsBody")
        self.operationsLayout = QVBoxLayout(self.operationsBody)
        self.operationsLayout.setObjectName(u"operationsLayout")
        self.operationsReason = QLabel(self.operationsBody)
        self.operationsReason.setObjectName(u"operationsReason")
        self.operationsReason.setWordWrap(True)

        self.operationsLayout.addWidget(self.operationsReason)

        self.lockGroup = QGroupBox(self.operationsBody)
        self.lockGroup.setObjectName(u"lockGroup")
        self.lockForm = QFormLayout(self.lockGroup)
        self.lockForm.setObjectName(u"lockForm")
        self.idleLabel = QLabel(self.lockGroup)
        self.idleLabel.setObjectName(u"idleLabel")

        self.lockForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleSpin = QSpinBox(self.lockGroup)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimumSize(QSize(110, 0))

        self.lockForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleSpin)

        self.lockNote = QLabel(self.lockGroup)
        self.lockNote.setObjectName(u"lockNote")
        self.lockNote.setWordWrap(True)

        self.lockForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lockNote)


        self.operationsLayout.addWidget(self.lockGroup)

        self.backupGroup = QGroupBox(self.operationsBody)
        self.backupGroup.setObjectName(u"backupGroup")
        self.backupLayout = QVBoxLayout(self.backupGroup)
        self.backupLayout.setObjectName(u"backupLayout")
        self.backupNote = QLabel(self.backupGroup)
        self.backupNote.setObjectName(u"backupNote")
        self.backupNote.setWordWrap(True)

        self.backupLayout.addWidget(self.backupNote)

        self.backupForm = QFormLayout()
        self.backupForm.setObjectName(u"backupForm")
        self.folderLabel = QLabel(self.backupGroup)
        self.folderLabel.setObjectName(u"folderLabel")

        self.backupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderEdit = QLineEdit(self.backupGroup)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderRow.addWidget(self.folderEdit)

        self.browseButton = QPushButton(self.backupGroup)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.folderRow.addWidget(self.browseButton)


        self.backupForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folderRow)

        self.intervalLabel = QLabel(self.backupGroup)
        self.intervalLabel.setObjectName(u"intervalLabel")

        self.backupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.intervalLabel)

        self.intervalSpin = QSpinBox(self.backupGroup)
        self.intervalSpin.setObjectName(u"intervalSpin")
        self.intervalSpin.setMinimumSize(QSize(110, 0))

        self.backupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.intervalSpin)

        self.keepLabel = QLabel(self.backupGroup)
        self.keepLabel.setObjectName(u"keepLabel")

        self.backupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.keepLabel)

        self.keepSpin = QSpinBox(self.backupGroup)
        self.keepSpin.setObjectName(u"keepSpin")
        self.keepSpin.setMinimumSize(QSize(110, 0))

        self.backupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.keepSpin)


        self.backupLayout.addLayout(self.backupForm)


        self.operationsLayout.addWidget(self.backupGroup)

        self.operationsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.operationsLayout.addItem(self.operationsSpacer)

        self.operationsScroll.setWidget(self.operationsBody)

        self.operationsTabLayout.addWidget(self.operationsScroll)

        self.tabs.addTab(self.operationsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(SettingsDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.cancelButton = QPushButton(SettingsDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.textSizeLabel.setBuddy(self.textSizeCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.idleLabel.setBuddy(self.idleSpin)
        self.folderLabel.setBuddy(self.folderEdit)
        self.intervalLabel.setBuddy(self.intervalSpin)
        self.keepLabel.setBuddy(self.keepSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.textSizeCombo)
        QWidget.setTabOrder(self.textSizeCombo, self.connectionButton)
        QWidget.setTabOrder(self.connectionButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.eraRadio)
        QWidget.setTabOrder(self.eraRadio, self.westernRadio)
        QWidget.setTabOrder(self.westernRadio, self.firstOpenDayRadio)
        QWidget.setTabOrder(self.firstOpenDayRadio, self.nthWeekdayRadio)
        QWidget.setTabOrder(self.nthWeekdayRadio, self.nthCombo)
        QWidget.setTabOrder(self.nthCombo, self.weekdayCombo)
        QWidget.setTabOrder(self.weekdayCombo, self.noHolidayRadio)
        QWidget.setTabOrder(self.noHolidayRadio, self.idleSpin)
        QWidget.setTabOrder(self.idleSpin, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.intervalSpin)
        QWidget.setTabOrder(self.intervalSpin, self.keepSpin)
        QWidget.setTabOrder(self.keepSpin, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(SettingsDialog)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Settings", None))
#endif // QT_CONFIG(accessibility)
        self.displayGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Display", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
        self.textSizeLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Text size:", None))
        self.sampleLabel.setText(QCoreApplication.translate("SettingsDialog", u"Text at this size: intake, support plan, referral slip", None))
        self.displayNote.setText(QCoreApplication.translate("SettingsDialog", u"The language and the text size change from the next start of the program.", None))
        self.databaseGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Database", None))
        self.databaseLabel.setText(QCoreApplication.translate("SettingsDialog", u"Connected to:", None))
        self.connectionButton.setText(QCoreApplication.translate("SettingsDialog", u"&Change connection...", None))
        self.tabs.setTabText(self.tabs.indexOf(self.thisPcTab), QCoreApplication.translate("SettingsDialog", u"This PC", None))
        self.profileGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"The desk (printed on the forms)", None))
        self.nameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Desk &name:", None))
        self.addressLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Address:", None))
        self.phoneLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Phone:", None))
        self.numberGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Case numbers", None))
        self.eraRadio.setText(QCoreApplication.translate("SettingsDialog", u"&Japanese era", None))
        self.westernRadio.setText(QCoreApplication.translate("SettingsDialog", u"&Western year", None))
        self.holidayGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Holiday consultation window", None))
        self.firstOpenDayRadio.setText(QCoreApplication.translate("SettingsDialog", u"&First open day of each month", None))
        self.nthWeekdayRadio.setText(QCoreApplication.translate("SettingsDialog", u"Ever&y month on the", None))
#if QT_CONFIG(tooltip)
        self.nthWeekdayRadio.setToolTip(QCoreApplication.translate("SettingsDialog", u"In a month where that day is a public holiday or in the year-end closure, the desk holds no holiday window.", None))
#endif // QT_CONFIG(tooltip)
        self.noHolidayRadio.setText(QCoreApplication.translate("SettingsDialog", u"N&o holiday window", None))
        self.holidayNote.setText(QCoreApplication.translate("SettingsDialog", u"Open days are Monday to Friday, except public holidays and the year-end closure (December 29 to January 3).", None))
        self.approvalGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Closures that need a supervisor's approval", None))
        self.approvalNote.setText(QCoreApplication.translate("SettingsDialog", u"A closure for a checked reason waits for a supervisor's approval; the others are closed at once.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.deskTab), QCoreApplication.translate("SettingsDialog", u"Desk", None))
        self.lockGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Screen lock", None))
        self.idleLabel.setText(QCoreApplication.translate("SettingsDialog", u"Lock the screen after (&minutes):", None))
        self.lockNote.setText(QCoreApplication.translate("SettingsDialog", u"The screen locks when the program has not been used for this long, on every PC of the desk.", None))
        self.backupGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Automatic backups", None))
        self.folderLabel.setText(QCoreApplication.translate("SettingsDialog", u"Fol&der:", None))
        self.browseButton.setText(QCoreApplication.translate("SettingsDialog", u"&Browse...", None))
        self.intervalLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Interval:", None))
        self.keepLabel.setText(QCoreApplication.translate("SettingsDialog", u"Number to &keep:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.operationsTab), QCoreApplication.translate("SettingsDialog", u"Operation", None))
        self.saveButton.setText(QCoreApplication.translate("SettingsDialog", u"&Save", None))
        self.cancelButton.setText(QCoreApplication.translate("SettingsDialog", u"Cancel", None))
    # retranslateUi

