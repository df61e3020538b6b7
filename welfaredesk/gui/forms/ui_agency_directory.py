# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agency_directory.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AgencyDirectoryDialog(object):
    def setupUi(self, AgencyDirectoryDialog):
        if not AgencyDirectoryDialog.objectName():
            AgencyDirectoryDialog.setObjectName(u"AgencyDirectoryDialog")
        AgencyDirectoryDialog.resize(1100, 720)
        self.mainLayout = QVBoxLayout(AgencyDirectoryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(AgencyDirectoryDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.issueCombo = QComboBox(AgencyDirectoryDialog)
        self.issueCombo.setObjectName(u"issueCombo")

        self.filterLayout.addWidget(self.issueCombo)

        self.kindCombo = QComboBox(AgencyDirectoryDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filterLayout.addWidget(self.kindCombo)

        self.inactiveCheck = QCheckBox(AgencyDirectoryDialog)
        self.inactiveCheck.setObjectName(u"inactiveCheck")

        self.filterLayout.addWidget(self.inactiveCheck)

        self.resultLabel = QLabel(AgencyDirectoryDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.filterLayout.addWidget(self.resultLabel)


        self.mainLayout.addLayout(self.filterLayout)

        self.messageLabel = QLabel(AgencyDirectoryDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.agencyTable = QTableWidget(AgencyDirectoryDialog)
        self.agencyTable.setObjectName(u"agencyTable")
        self.agencyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.agencyTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.agencyTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.mainLayout.addWidget(self.agencyTable)

        self.detailGroup = QGroupBox(AgencyDirectoryDialog)
        self.detailGroup.setObjectName(u"detailGroup")
        self.detailLayout = QFormLayout(self.detailGroup)
        self.detailLayout.setObjectName(u"detailLayout")
        self.addressCaption = QLabel(self.detailGroup)
        self.addressCaption.setObjectName(u"addressCaption")

        self.detailLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.addressCaption)

        self.addressValue = QLabel(self.detailGroup)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.addressValue)

        self.contactCaption = QLabel(self.detailGroup)
        self.contactCaption.setObjectName(u"contactCaption")

        self.detailLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactCaption)

        self.contactValue = QLabel(self.detailGroup)
        self.contactValue.setObjectName(u"contactValue")
        self.contactValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contactValue)

        self.areaCaption = QLabel(self.detailGroup)
        self.areaCaption.setObjectName(u"areaCaption")

        self.detailLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.areaCaption)

        self.areaValue = QLabel(self.detailGroup)
        self.areaValue.setObjectName(u"areaValue")

        self.detailLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.areaValue)

        self.issuesCaption = QLabel(self.detailGroup)
        self.issuesCaption.setObjectName(u"issuesCaption")

        self.detailLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.issuesCaption)

        self.issuesValue = QLabel(self.detailGroup)
        self.issuesValue.setObjectName(u"issuesValue")
        self.issuesValue.setWordWrap(True)

        self.detailLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issuesValue)

        self.notesCaption = QLabel(self.detailGroup)
        self.notesCaption.setObjectName(u"notesCaption")

        self.detailLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.notesValue = QLabel(self.detailGroup)
        self.notesValue.setObjectName(u"notesValue")
        self.notesValue.setWordWrap(True)
        self.notesValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesValue)


        self.mainLayout.addWidget(self.detailGroup)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newButton = QPushButton(AgencyDirectoryDialog)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.editButton = QPushButton(AgencyDirectoryDialog)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.activeButton = QPushButton(AgencyDirectoryDialog)
        self.activeButton.setObjectName(u"activeButton")

        self.buttonLayout.addWidget(self.activeButton)

        self.exportButton = QPushButton(AgencyDirectoryDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.importButton = QPushButton(AgencyDirectoryDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonLayout.addWidget(self.importButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(AgencyDirectoryDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.searchEdit, self.issueCombo)
        QWidget.setTabOrder(self.issueCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.inactiveCheck)
        QWidget.setTabOrder(self.inactiveCheck, self.agencyTable)

        self.retranslateUi(AgencyDirectoryDialog)

        QMetaObject.connectSlotsByName(AgencyDirectoryDialog)
    # setupUi

    def retranslateUi(self, AgencyDirectoryDialog):
        AgencyDirectoryDialog.setWindowTitle(QCoreApplication.translate("AgencyDirectoryDialog", u"Agency directory", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("AgencyDirectoryDialog", u"Search agencies", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("AgencyDirectoryDialog", u"Search by name, kana, section or notes", None))
#if QT_CONFIG(accessibility)
        self.issueCombo.setAccessibleName(QCoreApplication.translate("AgencyDirectoryDialog", u"Filter by issue", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("AgencyDirectoryDialog", u"Filter by kind", None))
#endif // QT_CONFIG(accessibility)
        self.inactiveCheck.setText(QCoreApplication.translate("AgencyDirectoryDialog", u"Show inactive", None))
#if QT_CONFIG(accessibility)
        self.agencyTable.setAccessibleName(QCoreApplication.translate("AgencyDirectoryDialog", u"Agencies", None))
#endif // QT_CONFIG(accessibility)
        self.detailGroup.setTitle(QCoreApplication.translate("AgencyDirectoryDialog", u"Details", None))
        self.addressCaption.setText(QCoreApplication.translate("AgencyDirectoryDialog", u"Address", None))
        self.contactCaption.setText(QCoreApplication.translate("AgencyDirectoryDialog", u"Contact person", None))
        self.areaCaption.setText(QCoreApplication.translate("AgencyDirectoryDialog", u"Area", None))
        self.issuesCaption.setText(QCoreApplication.translate("AgencyDirectoryDialog", u"Issues handled", None))
        self.notesCaption.setText(QCoreApplication.translate("AgencyDirectoryDialog", u"Notes", None))
        self.newButton.setText(QCoreApplication.translate("AgencyDirectoryDialog", u"&New...", None))
        self.editButton.setText(QCoreApplication.translate("AgencyDirectoryDialog", u"&Edit...", None))
        self.activeButton.setText(QCoreApplication.translate("AgencyDirectoryDialog", u"Deactivate / reactivate", None))
        self.exportButton.setText(QCoreApplication.translate("AgencyDirectoryDialog", u"Export CSV...", None))
        self.importButton.setText(QCoreApplication.translate("AgencyDirectoryDialog", u"Import CSV...", None))
        self.closeButton.setText(QCoreApplication.translate("AgencyDirectoryDialog", u"Close", None))
    # retranslateUi

