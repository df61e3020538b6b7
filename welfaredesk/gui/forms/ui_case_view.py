# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_CaseView(object):
    def setupUi(self, CaseView):
        if not CaseView.objectName():
            CaseView.setObjectName(u"CaseView")
        CaseView.resize(1240, 680)
        self.mainLayout = QVBoxLayout(CaseView)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(4, 8, 4, 4)
        self.headerFrame = QFrame(CaseView)
        self.headerFrame.setObjectName(u"headerFrame")
        self.headerLayout = QHBoxLayout(self.headerFrame)
        self.headerLayout.setSpacing(24)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(14, 10, 14, 10)
        self.identityLayout = QVBoxLayout()
        self.identityLayout.setSpacing(2)
        self.identityLayout.setObjectName(u"identityLayout")
        self.kanaLabel = QLabel(self.headerFrame)
        self.kanaLabel.setObjectName(u"kanaLabel")
        self.kanaLabel.setText(u"")
        self.kanaLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.identityLayout.addWidget(self.kanaLabel)

        self.nameLayout = QHBoxLayout()
        self.nameLayout.setSpacing(12)
        self.nameLayout.setObjectName(u"nameLayout")
        self.nameLabel = QLabel(self.headerFrame)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"")
        self.nameLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.nameLayout.addWidget(self.nameLabel)

        self.ageLabel = QLabel(self.headerFrame)
        self.ageLabel.setObjectName(u"ageLabel")
        self.ageLabel.setText(u"")

        self.nameLayout.addWidget(self.ageLabel)

        self.restrictedLabel = QLabel(self.headerFrame)
        self.restrictedLabel.setObjectName(u"restrictedLabel")

        self.nameLayout.addWidget(self.restrictedLabel)

        self.complexLabel = QLabel(self.headerFrame)
        self.complexLabel.setObjectName(u"complexLabel")

        self.nameLayout.addWidget(self.complexLabel)

        self.nameSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nameLayout.addItem(self.nameSpacer)


        self.identityLayout.addLayout(self.nameLayout)

        self.caseNumberLabel = QLabel(self.headerFrame)
        self.caseNumberLabel.setObjectName(u"caseNumberLabel")
        self.caseNumberLabel.setText(u"")
        self.caseNumberLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.identityLayout.addWidget(self.caseNumberLabel)


        self.headerLayout.addLayout(self.identityLayout)

        self.factsLayout = QGridLayout()
        self.factsLayout.setObjectName(u"factsLayout")
        self.factsLayout.setHorizontalSpacing(12)
        self.factsLayout.setVerticalSpacing(4)
        self.stageCaption = QLabel(self.headerFrame)
        self.stageCaption.setObjectName(u"stageCaption")

        self.factsLayout.addWidget(self.stageCaption, 0, 0, 1, 1)

        self.stageValue = QLabel(self.headerFrame)
        self.stageValue.setObjectName(u"stageValue")
        self.stageValue.setText(u"")
        self.stageValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.factsLayout.addWidget(self.stageValue, 0, 1, 1, 1)

        self.leadCaption = QLabel(self.headerFrame)
        self.leadCaption.setObjectName(u"leadCaption")

        self.factsLayout.addWidget(self.leadCaption, 1, 0, 1, 1)

        self.leadValue = QLabel(self.headerFrame)
        self.leadValue.setObjectName(u"leadValue")
        self.leadValue.setText(u"")
        self.leadValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.factsLayout.addWidget(self.leadValue, 1, 1, 1, 1)

        self.consentCaption = QLabel(self.headerFrame)
        self.consentCaption.setObjectName(u"consentCaption")

        self.factsLayout.addWidget(self.consentCaption, 2, 0, 1, 1)

        self.consentValue = QLabel(self.headerFrame)
        self.consentValue.setObjectName(u"consentValue")
        self.consentValue.setText(u"")
        self.consentValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.factsLayout.addWidget(self.consentValue, 2, 1, 1, 1)


        self.headerLayout.addLayout(self.factsLayout)


        self.mainLayout.addWidget(self.headerFrame)

        self.statusLabel = QLabel(CaseView)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.stageTabs = QTabWidget(CaseView)
        self.stageTabs.setObjectName(u"stageTabs")
        self.stageTabs.setUsesScrollButtons(True)
        self.basicTab = QWidget()
        self.basicTab.setObjectName(u"basicTab")
        self.basicLayout = QGridLayout(self.basicTab)
        self.basicLayout.setObjectName(u"basicLayout")
        self.basicLayout.setHorizontalSpacing(12)
        self.basicLayout.setVerticalSpacing(12)
        self.basicLayout.setContentsMargins(8, 10, 8, 8)
        self.clientGroup = QGroupBox(self.basicTab)
        self.clientGroup.setObjectName(u"clientGroup")
        self.clientForm = QFormLayout(self.clientGroup)
        self.clientForm.setObjectName(u"clientForm")
        self.clientForm.setHorizontalSpacing(14)
        self.clientForm.setVerticalSpacing(6)
        self.birthCaption = QLabel(self.clientGroup)
        self.birthCaption.setObjectName(u"birthCaption")

        self.clientForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.birthCaption)

        self.birthValue = QLabel(self.clientGroup)
        self.birthValue.setObjectName(u"birthValue")
        self.birthValue.setText(u"")
        self.birthValue.setWordWrap(True)
        self.birthValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.clientForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.birthValue)

        self.sexCaption = QLabel(self.clientGroup)
        self.sexCaption.setObjectName(u"sexCaption")

        self.clientForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sexCaption)

        self.sexValue = QLabel(self.clientGroup)
        self.sexValue.setObjectName(u"sexValue")
        self.sexValue.setText(u"")
        self.sexValue.setWordWrap(True)
        self.sexValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.clientForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sexValue)

        self.addressCaption = QLabel(self.clientGroup)
        self.addressCaption.setObjectName(u"addressCaption")

        self.clientForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressCaption)

        self.addressValue = QLabel(self.clientGroup)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setText(u"")
        self.addressValue.setWordWrap(True)
        self.addressValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.clientForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressValue)

        self.phoneCaption = QLabel(self.clientGroup)
        self.phoneCaption.setObjectName(u"phoneCaption")

        self.clientForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneCaption)

        self.phoneValue = QLabel(self.clientGroup)
        self.phoneValue.setObjectName(u"phoneValue")
        self.phoneValue.setText(u"")
        self.phoneValue.setWordWrap(True)
        self.phoneValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.clientForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneValue)

        self.areaCaption = QLabel(self.clientGroup)
        self.areaCaption.setObjectName(u"areaCaption")

        self.clientForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.areaCaption)

        self.areaValue = QLabel(self.clientGroup)
        self.areaValue.setObjectName(u"areaValue")
        self.areaValue.setText(u"")
        self.areaValue.setWordWrap(True)
        self.areaValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.clientForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.areaValue)

        self.openedCaption = QLabel(self.clientGroup)
        self.openedCaption.setObjectName(u"openedCaption")

        self.clientForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.openedCaption)

        self.openedValue = QLabel(self.clientGroup)
        self.openedValue.setObjectName(u"openedValue")
        self.openedValue.setText(u"")
        self.openedValue.setWordWrap(True)
        self.openedValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.clientForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.openedValue)

        self.closedCaption = QLabel(self.clientGroup)
        self.closedCaption.setObjectName(u"closedCaption")

        self.clientForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.closedCaption)

        self.closedValue = QLabel(self.clientGroup)
        self.closedValue.setObjectName(u"closedValue")
        self.closedValue.setText(u"")
        self.closedValue.setWordWrap(True)
        self.closedValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.clientForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.closedValue)

        self.coWorkerCaption = QLabel(self.clientGroup)
        self.coWorkerCaption.setObjectName(u"coWorkerCaption")

        self.clientForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.coWorkerCaption)

        self.coWorkerValue = QLabel(self.clientGroup)
        self.coWorkerValue.setObjectName(u"coWorkerValue")
        self.coWorkerValue.setText(u"")
        self.coWorkerValue.setWordWrap(True)
        self.coWorkerValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.clientForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.coWorkerValue)

        self.flagsCaption = QLabel(self.clientGroup)
        self.flagsCaption.setObjectName(u"flagsCaption")

        self.clientForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.flagsCaption)

        self.flagsValue = QLabel(self.clientGroup)
        self.flagsValue.setObjectName(u"flagsValue")
        self.flagsValue.setText(u"")
        self.flagsValue.setWordWrap(True)
        self.flagsValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.clientForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.flagsValue)


        self.basicLayout.addWidget(self.clientGroup, 0, 0, 1, 1)

        self.householdGroup = QGroupBox(self.basicTab)
        self.householdGroup.setObjectName(u"householdGroup")
        self.householdLayout = QVBoxLayout(self.householdGroup)
        self.householdLayout.setObjectName(u"householdLayout")
        self.membersTable = QTableWidget(self.householdGroup)
        if (self.membersTable.columnCount() < 6):
            self.membersTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.membersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.membersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.membersTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.membersTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.membersTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.membersTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.membersTable.setAlternatingRowColors(True)
        self.membersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.membersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.membersTable.setShowGrid(False)
        self.membersTable.setWordWrap(False)
        self.membersTable.horizontalHeader().setStretchLastSection(True)
        self.membersTable.verticalHeader().setVisible(False)

        self.householdLayout.addWidget(self.membersTable)


        self.basicLayout.addWidget(self.householdGroup, 0, 1, 1, 1)

        self.slipsGroup = QGroupBox(self.basicTab)
        self.slipsGroup.setObjectName(u"slipsGroup")
        self.slipsLayout = QVBoxLayout(self.slipsGroup)
        self.slipsLayout.setObjectName(u"slipsLayout")
        self.slipsTable = QTableWidget(self.slipsGroup)
        if (self.slipsTable.columnCount() < 5):
            self.slipsTable.setColumnCount(5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.slipsTable.setHorizontalHeaderItem(0, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.slipsTable.setHorizontalHeaderItem(1, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.slipsTable.setHorizontalHeaderItem(2, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.slipsTable.setHorizontalHeaderItem(3, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.slipsTable.setHorizontalHeaderItem(4, __qtablewidgetitem10)
        self.slipsTable.setObjectName(u"slipsTable")
        self.slipsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.slipsTable.setAlternatingRowColors(True)
        self.slipsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.slipsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.slipsTable.setShowGrid(False)
        self.slipsTable.setWordWrap(False)
        self.slipsTable.horizontalHeader().setStretchLastSection(True)
        self.slipsTable.verticalHeader().setVisible(False)

        self.slipsLayout.addWidget(self.slipsTable)


        self.basicLayout.addWidget(self.slipsGroup, 1, 0, 1, 1)

        self.notesGroup = QGroupBox(self.basicTab)
        self.notesGroup.setObjectName(u"notesGroup")
        self.notesLayout = QVBoxLayout(self.notesGroup)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesBrowser = QTextBrowser(self.notesGroup)
        self.notesBrowser.setObjectName(u"notesBrowser")
        self.notesBrowser.setOpenLinks(False)

        self.notesLayout.addWidget(self.notesBrowser)


        self.basicLayout.addWidget(self.notesGroup, 1, 1, 1, 1)

        self.stageTabs.addTab(self.basicTab, "")
        self.contactSlipTab = QWidget()
        self.contactSlipTab.setObjectName(u"contactSlipTab")
        self.contactSlipLayout = QVBoxLayout(self.contactSlipTab)
        self.contactSlipLayout.setObjectName(u"contactSlipLayout")
        self.contactSlipLayout.setContentsMargins(24, 24, 24, 24)
        self.contactSlipTitle = QLabel(self.contactSlipTab)
        self.contactSlipTitle.setObjectName(u"contactSlipTitle")

        self.contactSlipLayout.addWidget(self.contactSlipTitle)

        self.slipIntroLabel = QLabel(self.contactSlipTab)
        self.slipIntroLabel.setObjectName(u"slipIntroLabel")
        self.slipIntroLabel.setWordWrap(True)

        self.contactSlipLayout.addWidget(self.slipIntroLabel)

        self.slipConsultationsGroup = QGroupBox(self.contactSlipTab)
        self.slipConsultationsGroup.setObjectName(u"slipConsultationsGroup")
        self.slipConsultationsLayout = QVBoxLayout(self.slipConsultationsGroup)
        self.slipConsultationsLayout.setObjectName(u"slipConsultationsLayout")
        self.slipConsultationsTable = QTableWidget(self.slipConsultationsGroup)
        if (self.slipConsultationsTable.columnCount() < 5):
            self.slipConsultationsTable.setColumnCount(5)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.slipConsultationsTable.setHorizontalHeaderItem(0, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.slipConsultationsTable.setHorizontalHeaderItem(1, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.slipConsultationsTable.setHorizontalHeaderItem(2, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.slipConsultationsTable.setHorizontalHeaderItem(3, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.slipConsultationsTable.setHorizontalHeaderItem(4, __qtablewidgetitem15)
        self.slipConsultationsTable.setObjectName(u"slipConsultationsTable")
        self.slipConsultationsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.slipConsultationsTable.setAlternatingRowColors(True)
        self.slipConsultationsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.slipConsultationsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.slipConsultationsTable.setShowGrid(False)
        self.slipConsultationsTable.setWordWrap(False)
        self.slipConsultationsTable.horizontalHeader().setStretchLastSection(True)
        self.slipConsultationsTable.verticalHeader().setVisible(False)

        self.slipConsultationsLayout.addWidget(self.slipConsultationsTable)


        self.contactSlipLayout.addWidget(self.slipConsultationsGroup)

        self.slipDetailLayout = QHBoxLayout()
        self.slipDetailLayout.setSpacing(12)
        self.slipDetailLayout.setObjectName(u"slipDetailLayout")
        self.slipConcernGroup = QGroupBox(self.contactSlipTab)
        self.slipConcernGroup.setObjectName(u"slipConcernGroup")
        self.slipConcernLayout = QVBoxLayout(self.slipConcernGroup)
        self.slipConcernLayout.setObjectName(u"slipConcernLayout")
        self.slipConcernText = QPlainTextEdit(self.slipConcernGroup)
        self.slipConcernText.setObjectName(u"slipConcernText")
        self.slipConcernText.setReadOnly(True)

        self.slipConcernLayout.addWidget(self.slipConcernText)


        self.slipDetailLayout.addWidget(self.slipConcernGroup)

        self.slipHouseholdGroup = QGroupBox(self.contactSlipTab)
        self.slipHouseholdGroup.setObjectName(u"slipHouseholdGroup")
        self.slipHouseholdLayout = QVBoxLayout(self.slipHouseholdGroup)
        self.slipHouseholdLayout.setObjectName(u"slipHouseholdLayout")
        self.slipMembersTable = QTableWidget(self.slipHouseholdGroup)
        if (self.slipMembersTable.columnCount() < 4):
            self.slipMembersTable.setColumnCount(4)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.slipMembersTable.setHorizontalHeaderItem(0, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.slipMembersTable.setHorizontalHeaderItem(1, __qtablewidgetitem17)
        __qtablewidgetitem18 = QTableWidgetItem()
        self.slipMembersTable.setHorizontalHeaderItem(2, __qtablewidgetitem18)
        __qtablewidgetitem19 = QTableWidgetItem()
        self.slipMembersTable.setHorizontalHeaderItem(3, __qtablewidgetitem19)
        self.slipMembersTable.setObjectName(u"slipMembersTable")
        self.slipMembersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.slipMembersTable.setAlternatingRowColors(True)
        self.slipMembersTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.slipMembersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.slipMembersTable.setShowGrid(False)
        self.slipMembersTable.setWordWrap(False)
        self.slipMembersTable.horizontalHeader().setStretchLastSection(True)
        self.slipMembersTable.verticalHeader().setVisible(False)

        self.slipHouseholdLayout.addWidget(self.slipMembersTable)

        self.slipConsentLabel = QLabel(self.slipHouseholdGroup)
        self.slipConsentLabel.setObjectName(u"slipConsentLabel")
        self.slipConsentLabel.setWordWrap(True)

        self.slipHouseholdLayout.addWidget(self.slipConsentLabel)


        self.slipDetailLayout.addWidget(self.slipHouseholdGroup)


        self.contactSlipLayout.addLayout(self.slipDetailLayout)

        self.slipButtonLayout = QHBoxLayout()
        self.slipButtonLayout.setObjectName(u"slipButtonLayout")
        self.slipButtonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.slipButtonLayout.addItem(self.slipButtonSpacer)

        self.printSlipButton = QPushButton(self.contactSlipTab)
        self.printSlipButton.setObjectName(u"printSlipButton")

        self.slipButtonLayout.addWidget(self.printSlipButton)


        self.contactSlipLayout.addLayout(self.slipButtonLayout)

        self.stageTabs.addTab(self.contactSlipTab, "")
        self.assessmentTab = QWidget()
        self.assessmentTab.setObjectName(u"assessmentTab")
        self.assessmentLayout = QVBoxLayout(self.assessmentTab)
        self.assessmentLayout.setObjectName(u"assessmentLayout")
        self.assessmentLayout.setContentsMargins(24, 24, 24, 24)
        self.assessmentTitle = QLabel(self.assessmentTab)
        self.assessmentTitle.setObjectName(u"assessmentTitle")

        self.assessmentLayout.addWidget(self.assessmentTitle)

        self.stageTabs.addTab(self.assessmentTab, "")
        self.referralTab = QWidget()
        self.referralTab.setObjectName(u"referralTab")
        self.referralLayout = QVBoxLayout(self.referralTab)
        self.referralLayout.setObjectName(u"referralLayout")
        self.referralLayout.setContentsMargins(24, 24, 24, 24)
        self.referralTitle = QLabel(self.referralTab)
        self.referralTitle.setObjectName(u"referralTitle")

        self.referralLayout.addWidget(self.referralTitle)

        self.stageTabs.addTab(self.referralTab, "")
        self.planTab = QWidget()
        self.planTab.setObjectName(u"planTab")
        self.planLayout = QVBoxLayout(self.planTab)
        self.planLayout.setObjectName(u"planLayout")
        self.planLayout.setContentsMargins(24, 24, 24, 24)
        self.planTitle = QLabel(self.planTab)
        self.planTitle.setObjectName(u"planTitle")

        self.planLayout.addWidget(self.planTitle)

        self.stageTabs.addTab(self.planTab, "")
        self.meetingTab = QWidget()
        self.meetingTab.setObjectName(u"meetingTab")
        self.meetingLayout = QVBoxLayout(self.meetingTab)
        self.meetingLayout.setObjectName(u"meetingLayout")
        self.meetingLayout.setContentsMargins(24, 24, 24, 24)
        self.meetingTitle = QLabel(self.meetingTab)
        self.meetingTitle.setObjectName(u"meetingTitle")

        self.meetingLayout.addWidget(self.meetingTitle)

        self.stageTabs.addTab(self.meetingTab, "")
        self.progressTab = QWidget()
        self.progressTab.setObjectName(u"progressTab")
        self.progressLayout = QVBoxLayout(self.progressTab)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLayout.setContentsMargins(24, 24, 24, 24)
        self.progressTitle = QLabel(self.progressTab)
        self.progressTitle.setObjectName(u"progressTitle")

        self.progressLayout.addWidget(self.progressTitle)

        self.stageTabs.addTab(self.progressTab, "")
        self.monitoringTab = QWidget()
        self.monitoringTab.setObjectName(u"monitoringTab")
        self.monitoringLayout = QVBoxLayout(self.monitoringTab)
        self.monitoringLayout.setObjectName(u"monitoringLayout")
        self.monitoringLayout.setContentsMargins(24, 24, 24, 24)
        self.monitoringTitle = QLabel(self.monitoringTab)
        self.monitoringTitle.setObjectName(u"monitoringTitle")

        self.monitoringLayout.addWidget(self.monitoringTitle)

        self.stageTabs.addTab(self.monitoringTab, "")
        self.closureTab = QWidget()
        self.closureTab.setObjectName(u"closureTab")
        self.closureLayout = QVBoxLayout(self.closureTab)
        self.closureLayout.setObjectName(u"closureLayout")
        self.closureLayout.setContentsMargins(24, 24, 24, 24)
        self.closureTitle = QLabel(self.closureTab)
        self.closureTitle.setObjectName(u"closureTitle")

        self.closureLayout.addWidget(self.closureTitle)

        self.stageTabs.addTab(self.closureTab, "")

        self.mainLayout.addWidget(self.stageTabs)


        self.retranslateUi(CaseView)

        self.stageTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CaseView)
    # setupUi

    def retranslateUi(self, CaseView):
        self.restrictedLabel.setText(QCoreApplication.translate("CaseView", u"Restricted", None))
        self.complexLabel.setText(QCoreApplication.translate("CaseView", u"Complex needs", None))
        self.stageCaption.setText(QCoreApplication.translate("CaseView", u"Stage", None))
        self.leadCaption.setText(QCoreApplication.translate("CaseView", u"Lead worker", None))
        self.consentCaption.setText(QCoreApplication.translate("CaseView", u"Consent", None))
#if QT_CONFIG(accessibility)
        self.stageTabs.setAccessibleName(QCoreApplication.translate("CaseView", u"Sections of the case", None))
#endif // QT_CONFIG(accessibility)
        self.clientGroup.setTitle(QCoreApplication.translate("CaseView", u"Client", None))
        self.birthCaption.setText(QCoreApplication.translate("CaseView", u"Date of birth", None))
        self.sexCaption.setText(QCoreApplication.translate("CaseView", u"Sex", None))
        self.addressCaption.setText(QCoreApplication.translate("CaseView", u"Address", None))
        self.phoneCaption.setText(QCoreApplication.translate("CaseView", u"Phone", None))
        self.areaCaption.setText(QCoreApplication.translate("CaseView", u"Area", None))
        self.openedCaption.setText(QCoreApplication.translate("CaseView", u"Opened", None))
        self.closedCaption.setText(QCoreApplication.translate("CaseView", u"Closed", None))
        self.coWorkerCaption.setText(QCoreApplication.translate("CaseView", u"Co-worker", None))
        self.flagsCaption.setText(QCoreApplication.translate("CaseView", u"Notes", None))
        self.householdGroup.setTitle(QCoreApplication.translate("CaseView", u"Household", None))
        ___qtablewidgetitem = self.membersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CaseView", u"Relation", None))
        ___qtablewidgetitem1 = self.membersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CaseView", u"Name", None))
        ___qtablewidgetitem2 = self.membersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CaseView", u"Kana", None))
        ___qtablewidgetitem3 = self.membersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CaseView", u"Age", None))
        ___qtablewidgetitem4 = self.membersTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CaseView", u"Lives together", None))
        ___qtablewidgetitem5 = self.membersTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("CaseView", u"Situation", None))
        self.slipsGroup.setTitle(QCoreApplication.translate("CaseView", u"Contact slips", None))
        ___qtablewidgetitem6 = self.slipsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("CaseView", u"Received", None))
        ___qtablewidgetitem7 = self.slipsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("CaseView", u"Channel", None))
        ___qtablewidgetitem8 = self.slipsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("CaseView", u"Consulter", None))
        ___qtablewidgetitem9 = self.slipsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("CaseView", u"Staff", None))
        ___qtablewidgetitem10 = self.slipsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("CaseView", u"Presenting concern", None))
        self.notesGroup.setTitle(QCoreApplication.translate("CaseView", u"Recent progress notes", None))
        self.stageTabs.setTabText(self.stageTabs.indexOf(self.basicTab), QCoreApplication.translate("CaseView", u"Basic information and household", None))
        self.contactSlipTitle.setText(QCoreApplication.translate("CaseView", u"Contact slips", None))
        self.slipIntroLabel.setText(QCoreApplication.translate("CaseView", u"Choose a consultation to print its contact slip. Printing is recorded in the audit trail.", None))
        self.slipConsultationsGroup.setTitle(QCoreApplication.translate("CaseView", u"Consultations", None))
        ___qtablewidgetitem11 = self.slipConsultationsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("CaseView", u"Received", None))
        ___qtablewidgetitem12 = self.slipConsultationsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("CaseView", u"Channel", None))
        ___qtablewidgetitem13 = self.slipConsultationsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("CaseView", u"Consulter", None))
        ___qtablewidgetitem14 = self.slipConsultationsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("CaseView", u"Staff", None))
        ___qtablewidgetitem15 = self.slipConsultationsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("CaseView", u"Presenting concern", None))
        self.slipConcernGroup.setTitle(QCoreApplication.translate("CaseView", u"Presenting concern", None))
        self.slipHouseholdGroup.setTitle(QCoreApplication.translate("CaseView", u"Household and consent", None))
        ___qtablewidgetitem16 = self.slipMembersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("CaseView", u"Relation", None))
        ___qtablewidgetitem17 = self.slipMembersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("CaseView", u"Name", None))
        ___qtablewidgetitem18 = self.slipMembersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem18.setText(QCoreApplication.translate("CaseView", u"Age", None))
        ___qtablewidgetitem19 = self.slipMembersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem19.setText(QCoreApplication.translate("CaseView", u"Lives together", None))
        self.slipConsentLabel.setText("")
        self.printSlipButton.setText(QCoreApplication.translate("CaseView", u"Print contact slip...", None))
        self.stageTabs.setTabText(self.stageTabs.indexOf(self.contactSlipTab), QCoreApplication.translate("CaseView", u"Contact slips", None))
        self.assessmentTitle.setText(QCoreApplication.translate("CaseView", u"Assessment and triage", None))
        self.stageTabs.setTabText(self.stageTabs.indexOf(self.assessmentTab), QCoreApplication.translate("CaseView", u"Assessment and triage", None))
        self.referralTitle.setText(QCoreApplication.translate("CaseView", u"Accompanied referral and handover", None))
        self.stageTabs.setTabText(self.stageTabs.indexOf(self.referralTab), QCoreApplication.translate("CaseView", u"Accompanied referral and handover", None))
        self.planTitle.setText(QCoreApplication.translate("CaseView", u"Support plan", None))
        self.stageTabs.setTabText(self.stageTabs.indexOf(self.planTab), QCoreApplication.translate("CaseView", u"Support plan", None))
        self.meetingTitle.setText(QCoreApplication.translate("CaseView", u"Meetings", None))
        self.stageTabs.setTabText(self.stageTabs.indexOf(self.meetingTab), QCoreApplication.translate("CaseView", u"Meetings", None))
        self.progressTitle.setText(QCoreApplication.translate("CaseView", u"Progress notes", None))
        self.stageTabs.setTabText(self.stageTabs.indexOf(self.progressTab), QCoreApplication.translate("CaseView", u"Progress notes", None))
        self.monitoringTitle.setText(QCoreApplication.translate("CaseView", u"Monitoring and review", None))
        self.stageTabs.setTabText(self.stageTabs.indexOf(self.monitoringTab), QCoreApplication.translate("CaseView", u"Monitoring and review", None))
        self.closureTitle.setText(QCoreApplication.translate("CaseView", u"Closure", None))
        self.stageTabs.setTabText(self.stageTabs.indexOf(self.closureTab), QCoreApplication.translate("CaseView", u"Closure", None))
        pass
    # retranslateUi

