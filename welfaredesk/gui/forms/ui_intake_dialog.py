# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_dialog.ui'
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
    QDialog, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_IntakeDialog(object):
    def setupUi(self, IntakeDialog):
        if not IntakeDialog.objectName():
            IntakeDialog.setObjectName(u"IntakeDialog")
        IntakeDialog.resize(1240, 760)
        self.mainLayout = QVBoxLayout(IntakeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(IntakeDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.linkFrame = QFrame(IntakeDialog)
        self.linkFrame.setObjectName(u"linkFrame")
        self.linkFrame.setFrameShape(QFrame.StyledPanel)
        self.linkLayout = QHBoxLayout(self.linkFrame)
        self.linkLayout.setObjectName(u"linkLayout")
        self.linkLabel = QLabel(self.linkFrame)
        self.linkLabel.setObjectName(u"linkLabel")
        self.linkLabel.setText(u"")
        self.linkLabel.setWordWrap(True)

        self.linkLayout.addWidget(self.linkLabel)

        self.unlinkButton = QPushButton(self.linkFrame)
        self.unlinkButton.setObjectName(u"unlinkButton")
        self.unlinkButton.setAutoDefault(False)

        self.linkLayout.addWidget(self.unlinkButton)

        self.linkLayout.setStretch(0, 1)

        self.mainLayout.addWidget(self.linkFrame)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.formScroll = QScrollArea(IntakeDialog)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setFocusPolicy(Qt.NoFocus)
        self.formScroll.setFrameShape(QFrame.NoFrame)
        self.formScroll.setWidgetResizable(True)
        self.formContents = QWidget()
        self.formContents.setObjectName(u"formContents")
        self.formLayout = QVBoxLayout(self.formContents)
        self.formLayout.setObjectName(u"formLayout")
        self.receptionGroup = QGroupBox(self.formContents)
        self.receptionGroup.setObjectName(u"receptionGroup")
        self.receptionLayout = QGridLayout(self.receptionGroup)
        self.receptionLayout.setObjectName(u"receptionLayout")
        self.receivedOnLabel = QLabel(self.receptionGroup)
        self.receivedOnLabel.setObjectName(u"receivedOnLabel")

        self.receptionLayout.addWidget(self.receivedOnLabel, 0, 0, 1, 1)

        self.receivedOnEdit = QLineEdit(self.receptionGroup)
        self.receivedOnEdit.setObjectName(u"receivedOnEdit")
        self.receivedOnEdit.setMaxLength(20)

        self.receptionLayout.addWidget(self.receivedOnEdit, 0, 1, 1, 1)

        self.receivedTimeLabel = QLabel(self.receptionGroup)
        self.receivedTimeLabel.setObjectName(u"receivedTimeLabel")

        self.receptionLayout.addWidget(self.receivedTimeLabel, 0, 2, 1, 1)

        self.receivedTimeEdit = QLineEdit(self.receptionGroup)
        self.receivedTimeEdit.setObjectName(u"receivedTimeEdit")
        self.receivedTimeEdit.setMaxLength(10)

        self.receptionLayout.addWidget(self.receivedTimeEdit, 0, 3, 1, 1)

        self.channelLabel = QLabel(self.receptionGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.receptionLayout.addWidget(self.channelLabel, 0, 4, 1, 1)

        self.channelCombo = QComboBox(self.receptionGroup)
        self.channelCombo.setObjectName(u"channelCombo")

        self.receptionLayout.addWidget(self.channelCombo, 0, 5, 1, 1)

        self.staffLabel = QLabel(self.receptionGroup)
        self.staffLabel.setObjectName(u"staffLabel")

        self.receptionLayout.addWidget(self.staffLabel, 1, 0, 1, 1)

        self.staffCombo = QComboBox(self.receptionGroup)
        self.staffCombo.setObjectName(u"staffCombo")

        self.receptionLayout.addWidget(self.staffCombo, 1, 1, 1, 1)

        self.consulterTypeLabel = QLabel(self.receptionGroup)
        self.consulterTypeLabel.setObjectName(u"consulterTypeLabel")

        self.receptionLayout.addWidget(self.consulterTypeLabel, 2, 0, 1, 1)

        self.consulterTypeCombo = QComboBox(self.receptionGroup)
        self.consulterTypeCombo.setObjectName(u"consulterTypeCombo")

        self.receptionLayout.addWidget(self.consulterTypeCombo, 2, 1, 1, 1)

        self.consulterNameLabel = QLabel(self.receptionGroup)
        self.consulterNameLabel.setObjectName(u"consulterNameLabel")

        self.receptionLayout.addWidget(self.consulterNameLabel, 2, 2, 1, 1)

        self.consulterNameEdit = QLineEdit(self.receptionGroup)
        self.consulterNameEdit.setObjectName(u"consulterNameEdit")
        self.consulterNameEdit.setMaxLength(100)

        self.receptionLayout.addWidget(self.consulterNameEdit, 2, 3, 1, 3)

        self.consulterRelationLabel = QLabel(self.receptionGroup)
        self.consulterRelationLabel.setObjectName(u"consulterRelationLabel")

        self.receptionLayout.addWidget(self.consulterRelationLabel, 3, 0, 1, 1)

        self.consulterRelationEdit = QLineEdit(self.receptionGroup)
        self.consulterRelationEdit.setObjectName(u"consulterRelationEdit")
        self.consulterRelationEdit.setMaxLength(100)

        self.receptionLayout.addWidget(self.consulterRelationEdit, 3, 1, 1, 1)

        self.consulterContactLabel = QLabel(self.receptionGroup)
        self.consulterContactLabel.setObjectName(u"consulterContactLabel")

        self.receptionLayout.addWidget(self.consulterContactLabel, 3, 2, 1, 1)

        self.consulterContactEdit = QLineEdit(self.receptionGroup)
        self.consulterContactEdit.setObjectName(u"consulterContactEdit")
        self.consulterContactEdit.setMaxLength(100)

        self.receptionLayout.addWidget(self.consulterContactEdit, 3, 3, 1, 3)

        self.referringAgencyLabel = QLabel(self.receptionGroup)
        self.referringAgencyLabel.setObjectName(u"referringAgencyLabel")

        self.receptionLayout.addWidget(self.referringAgencyLabel, 4, 0, 1, 1)

        self.referringAgencyCombo = QComboBox(self.receptionGroup)
        self.referringAgencyCombo.setObjectName(u"referringAgencyCombo")

        self.receptionLayout.addWidget(self.referringAgencyCombo, 4, 1, 1, 5)

        self.receptionLayout.setColumnStretch(1, 1)
        self.receptionLayout.setColumnStretch(3, 1)
        self.receptionLayout.setColumnStretch(5, 1)

        self.formLayout.addWidget(self.receptionGroup)

        self.clientGroup = QGroupBox(self.formContents)
        self.clientGroup.setObjectName(u"clientGroup")
        self.clientLayout = QGridLayout(self.clientGroup)
        self.clientLayout.setObjectName(u"clientLayout")
        self.familyNameLabel = QLabel(self.clientGroup)
        self.familyNameLabel.setObjectName(u"familyNameLabel")

        self.clientLayout.addWidget(self.familyNameLabel, 0, 0, 1, 1)

        self.familyNameEdit = QLineEdit(self.clientGroup)
        self.familyNameEdit.setObjectName(u"familyNameEdit")
        self.familyNameEdit.setMaxLength(100)

        self.clientLayout.addWidget(self.familyNameEdit, 0, 1, 1, 1)

        self.givenNameLabel = QLabel(self.clientGroup)
        self.givenNameLabel.setObjectName(u"givenNameLabel")

        self.clientLayout.addWidget(self.givenNameLabel, 0, 2, 1, 1)

        self.givenNameEdit = QLineEdit(self.clientGroup)
        self.givenNameEdit.setObjectName(u"givenNameEdit")
        self.givenNameEdit.setMaxLength(100)

        self.clientLayout.addWidget(self.givenNameEdit, 0, 3, 1, 1)

        self.sexLabel = QLabel(self.clientGroup)
        self.sexLabel.setObjectName(u"sexLabel")

        self.clientLayout.addWidget(self.sexLabel, 0, 4, 1, 1)

        self.sexCombo = QComboBox(self.clientGroup)
        self.sexCombo.setObjectName(u"sexCombo")

        self.clientLayout.addWidget(self.sexCombo, 0, 5, 1, 1)

        self.familyKanaLabel = QLabel(self.clientGroup)
        self.familyKanaLabel.setObjectName(u"familyKanaLabel")

        self.clientLayout.addWidget(self.familyKanaLabel, 1, 0, 1, 1)

        self.familyKanaEdit = QLineEdit(self.clientGroup)
        self.familyKanaEdit.setObjectName(u"familyKanaEdit")
        self.familyKanaEdit.setMaxLength(100)

        self.clientLayout.addWidget(self.familyKanaEdit, 1, 1, 1, 1)

        self.givenKanaLabel = QLabel(self.clientGroup)
        self.givenKanaLabel.setObjectName(u"givenKanaLabel")

        self.clientLayout.addWidget(self.givenKanaLabel, 1, 2, 1, 1)

        self.givenKanaEdit = QLineEdit(self.clientGroup)
        self.givenKanaEdit.setObjectName(u"givenKanaEdit")
        self.givenKanaEdit.setMaxLength(100)

        self.clientLayout.addWidget(self.givenKanaEdit, 1, 3, 1, 1)

        self.birthDateLabel = QLabel(self.clientGroup)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.clientLayout.addWidget(self.birthDateLabel, 2, 0, 1, 1)

        self.birthDateLayout = QHBoxLayout()
        self.birthDateLayout.setObjectName(u"birthDateLayout")
        self.birthDateEdit = QLineEdit(self.clientGroup)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setMaxLength(20)

        self.birthDateLayout.addWidget(self.birthDateEdit)

        self.ageLabel = QLabel(self.clientGroup)
        self.ageLabel.setObjectName(u"ageLabel")
        self.ageLabel.setText(u"")
        self.ageLabel.setMinimumSize(QSize(64, 0))

        self.birthDateLayout.addWidget(self.ageLabel)


        self.clientLayout.addLayout(self.birthDateLayout, 2, 1, 1, 1)

        self.phoneLabel = QLabel(self.clientGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.clientLayout.addWidget(self.phoneLabel, 2, 2, 1, 1)

        self.phoneEdit = QLineEdit(self.clientGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.clientLayout.addWidget(self.phoneEdit, 2, 3, 1, 1)

        self.addressLabel = QLabel(self.clientGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.clientLayout.addWidget(self.addressLabel, 3, 0, 1, 1)

        self.addressEdit = QLineEdit(self.clientGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(300)

        self.clientLayout.addWidget(self.addressEdit, 3, 1, 1, 3)

        self.areaLabel = QLabel(self.clientGroup)
        self.areaLabel.setObjectName(u"areaLabel")

        self.clientLayout.addWidget(self.areaLabel, 3, 4, 1, 1)

        self.areaCombo = QComboBox(self.clientGroup)
        self.areaCombo.setObjectName(u"areaCombo")

        self.clientLayout.addWidget(self.areaCombo, 3, 5, 1, 1)

        self.clientLayout.setColumnStretch(1, 1)
        self.clientLayout.setColumnStretch(3, 1)
        self.clientLayout.setColumnStretch(5, 1)

        self.formLayout.addWidget(self.clientGroup)

        self.householdGroup = QGroupBox(self.formContents)
        self.householdGroup.setObjectName(u"householdGroup")
        self.householdLayout = QVBoxLayout(self.householdGroup)
        self.householdLayout.setObjectName(u"householdLayout")
        self.memberTable = QTableWidget(self.householdGroup)
        if (self.memberTable.columnCount() < 8):
            self.memberTable.setColumnCount(8)
        __qtablewidgetitem = QTableWidgetItem()
        self.memberTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.memberTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.memberTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.memberTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.memberTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.memberTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.memberTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.memberTable.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        self.memberTable.setObjectName(u"memberTable")
        self.memberTable.setMinimumSize(QSize(0, 110))
        self.memberTable.setMaximumSize(QSize(16777215, 150))
        self.memberTable.setTabKeyNavigation(False)
        self.memberTable.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.memberTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.memberTable.setColumnCount(8)

        self.householdLayout.addWidget(self.memberTable)

        self.memberButtonLayout = QHBoxLayout()
        self.memberButtonLayout.setObjectName(u"memberButtonLayout")
        self.addMemberButton = QPushButton(self.householdGroup)
        self.addMemberButton.setObjectName(u"addMemberButton")
        self.addMemberButton.setAutoDefault(False)

        self.memberButtonLayout.addWidget(self.addMemberButton)

        self.removeMemberButton = QPushButton(self.householdGroup)
        self.removeMemberButton.setObjectName(u"removeMemberButton")
        self.removeMemberButton.setAutoDefault(False)

        self.memberButtonLayout.addWidget(self.removeMemberButton)

        self.situationHintLabel = QLabel(self.householdGroup)
        self.situationHintLabel.setObjectName(u"situationHintLabel")
        self.situationHintLabel.setWordWrap(True)

        self.memberButtonLayout.addWidget(self.situationHintLabel)

        self.memberButtonLayout.setStretch(2, 1)

        self.householdLayout.addLayout(self.memberButtonLayout)


        self.formLayout.addWidget(self.householdGroup)

        self.concernGroup = QGroupBox(self.formContents)
        self.concernGroup.setObjectName(u"concernGroup")
        self.concernLayout = QGridLayout(self.concernGroup)
        self.concernLayout.setObjectName(u"concernLayout")
        self.concernLabel = QLabel(self.concernGroup)
        self.concernLabel.setObjectName(u"concernLabel")

        self.concernLayout.addWidget(self.concernLabel, 0, 0, 1, 1, Qt.AlignLeft|Qt.AlignTop)

        self.concernEdit = QPlainTextEdit(self.concernGroup)
        self.concernEdit.setObjectName(u"concernEdit")
        self.concernEdit.setMinimumSize(QSize(0, 90))
        self.concernEdit.setTabChangesFocus(True)

        self.concernLayout.addWidget(self.concernEdit, 0, 1, 1, 1)

        self.issueLabel = QLabel(self.concernGroup)
        self.issueLabel.setObjectName(u"issueLabel")

        self.concernLayout.addWidget(self.issueLabel, 1, 0, 1, 1, Qt.AlignLeft|Qt.AlignTop)

        self.issueTree = QTreeWidget(self.concernGroup)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.issueTree.setHeaderItem(__qtreewidgetitem)
        self.issueTree.setObjectName(u"issueTree")
        self.issueTree.setMinimumSize(QSize(0, 200))
        self.issueTree.setHeaderHidden(True)

        self.concernLayout.addWidget(self.issueTree, 1, 1, 1, 1)

        self.mostPressingLabel = QLabel(self.concernGroup)
        self.mostPressingLabel.setObjectName(u"mostPressingLabel")

        self.concernLayout.addWidget(self.mostPressingLabel, 2, 0, 1, 1)

        self.mostPressingCombo = QComboBox(self.concernGroup)
        self.mostPressingCombo.setObjectName(u"mostPressingCombo")

        self.concernLayout.addWidget(self.mostPressingCombo, 2, 1, 1, 1)

        self.flagsLabel = QLabel(self.concernGroup)
        self.flagsLabel.setObjectName(u"flagsLabel")

        self.concernLayout.addWidget(self.flagsLabel, 3, 0, 1, 1, Qt.AlignLeft|Qt.AlignTop)

        self.flagsLayout = QGridLayout()
        self.flagsLayout.setObjectName(u"flagsLayout")
        self.complexNeedsCheck = QCheckBox(self.concernGroup)
        self.complexNeedsCheck.setObjectName(u"complexNeedsCheck")

        self.flagsLayout.addWidget(self.complexNeedsCheck, 0, 0, 1, 1)

        self.economicHardshipCheck = QCheckBox(self.concernGroup)
        self.economicHardshipCheck.setObjectName(u"economicHardshipCheck")

        self.flagsLayout.addWidget(self.economicHardshipCheck, 0, 1, 1, 1)

        self.urgentCheck = QCheckBox(self.concernGroup)
        self.urgentCheck.setObjectName(u"urgentCheck")

        self.flagsLayout.addWidget(self.urgentCheck, 1, 0, 1, 1)

        self.didNotKnowCheck = QCheckBox(self.concernGroup)
        self.didNotKnowCheck.setObjectName(u"didNotKnowCheck")

        self.flagsLayout.addWidget(self.didNotKnowCheck, 1, 1, 1, 1)


        self.concernLayout.addLayout(self.flagsLayout, 3, 1, 1, 1)


        self.formLayout.addWidget(self.concernGroup)

        self.consentGroup = QGroupBox(self.formContents)
        self.consentGroup.setObjectName(u"consentGroup")
        self.consentLayout = QGridLayout(self.consentGroup)
        self.consentLayout.setObjectName(u"consentLayout")
        self.consentStatusLabel = QLabel(self.consentGroup)
        self.consentStatusLabel.setObjectName(u"consentStatusLabel")

        self.consentLayout.addWidget(self.consentStatusLabel, 0, 0, 1, 1)

        self.consentStatusCombo = QComboBox(self.consentGroup)
        self.consentStatusCombo.setObjectName(u"consentStatusCombo")

        self.consentLayout.addWidget(self.consentStatusCombo, 0, 1, 1, 1)

        self.consentDateLabel = QLabel(self.consentGroup)
        self.consentDateLabel.setObjectName(u"consentDateLabel")

        self.consentLayout.addWidget(self.consentDateLabel, 0, 2, 1, 1)

        self.consentDateEdit = QLineEdit(self.consentGroup)
        self.consentDateEdit.setObjectName(u"consentDateEdit")
        self.consentDateEdit.setMaxLength(20)

        self.consentLayout.addWidget(self.consentDateEdit, 0, 3, 1, 1)

        self.consentMethodLabel = QLabel(self.consentGroup)
        self.consentMethodLabel.setObjectName(u"consentMethodLabel")

        self.consentLayout.addWidget(self.consentMethodLabel, 0, 4, 1, 1)

        self.consentMethodCombo = QComboBox(self.consentGroup)
        self.consentMethodCombo.setObjectName(u"consentMethodCombo")

        self.consentLayout.addWidget(self.consentMethodCombo, 0, 5, 1, 1)

        self.consentAgenciesLabel = QLabel(self.consentGroup)
        self.consentAgenciesLabel.setObjectName(u"consentAgenciesLabel")

        self.consentLayout.addWidget(self.consentAgenciesLabel, 1, 0, 1, 1, Qt.AlignLeft|Qt.AlignTop)

        self.consentAgencyList = QListWidget(self.consentGroup)
        self.consentAgencyList.setObjectName(u"consentAgencyList")
        self.consentAgencyList.setMaximumSize(QSize(16777215, 110))

        self.consentLayout.addWidget(self.consentAgencyList, 1, 1, 1, 5)

        self.consentMeetingsLabel = QLabel(self.consentGroup)
        self.consentMeetingsLabel.setObjectName(u"consentMeetingsLabel")

        self.consentLayout.addWidget(self.consentMeetingsLabel, 2, 0, 1, 1)

        self.consentMeetingsLayout = QHBoxLayout()
        self.consentMeetingsLayout.setObjectName(u"consentMeetingsLayout")
        self.consentCoordinationCheck = QCheckBox(self.consentGroup)
        self.consentCoordinationCheck.setObjectName(u"consentCoordinationCheck")

        self.consentMeetingsLayout.addWidget(self.consentCoordinationCheck)

        self.consentOtherMeetingsCheck = QCheckBox(self.consentGroup)
        self.consentOtherMeetingsCheck.setObjectName(u"consentOtherMeetingsCheck")

        self.consentMeetingsLayout.addWidget(self.consentOtherMeetingsCheck)

        self.consentMeetingsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentMeetingsLayout.addItem(self.consentMeetingsSpacer)


        self.consentLayout.addLayout(self.consentMeetingsLayout, 2, 1, 1, 5)

        self.firstResponseLabel = QLabel(self.consentGroup)
        self.firstResponseLabel.setObjectName(u"firstResponseLabel")

        self.consentLayout.addWidget(self.firstResponseLabel, 3, 0, 1, 1)

        self.firstResponseCombo = QComboBox(self.consentGroup)
        self.firstResponseCombo.setObjectName(u"firstResponseCombo")

        self.consentLayout.addWidget(self.firstResponseCombo, 3, 1, 1, 1)

        self.consentLayout.setColumnStretch(1, 1)
        self.consentLayout.setColumnStretch(3, 1)
        self.consentLayout.setColumnStretch(5, 1)

        self.formLayout.addWidget(self.consentGroup)

        self.formScroll.setWidget(self.formContents)

        self.bodyLayout.addWidget(self.formScroll)

        self.candidateGroup = QGroupBox(IntakeDialog)
        self.candidateGroup.setObjectName(u"candidateGroup")
        self.candidateGroup.setMinimumSize(QSize(300, 0))
        self.candidateGroup.setMaximumSize(QSize(340, 16777215))
        self.candidateLayout = QVBoxLayout(self.candidateGroup)
        self.candidateLayout.setObjectName(u"candidateLayout")
        self.candidateIntroLabel = QLabel(self.candidateGroup)
        self.candidateIntroLabel.setObjectName(u"candidateIntroLabel")
        self.candidateIntroLabel.setWordWrap(True)

        self.candidateLayout.addWidget(self.candidateIntroLabel)

        self.candidateList = QListWidget(self.candidateGroup)
        self.candidateList.setObjectName(u"candidateList")
        self.candidateList.setWordWrap(True)
        self.candidateList.setAlternatingRowColors(True)

        self.candidateLayout.addWidget(self.candidateList)

        self.linkButton = QPushButton(self.candidateGroup)
        self.linkButton.setObjectName(u"linkButton")
        self.linkButton.setAutoDefault(False)

        self.candidateLayout.addWidget(self.linkButton)

        self.memberLinkButton = QPushButton(self.candidateGroup)
        self.memberLinkButton.setObjectName(u"memberLinkButton")
        self.memberLinkButton.setAutoDefault(False)

        self.candidateLayout.addWidget(self.memberLinkButton)


        self.bodyLayout.addWidget(self.candidateGroup)


        self.mainLayout.addLayout(self.bodyLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(IntakeDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(IntakeDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.receivedOnLabel.setBuddy(self.receivedOnEdit)
        self.receivedTimeLabel.setBuddy(self.receivedTimeEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.staffLabel.setBuddy(self.staffCombo)
        self.consulterTypeLabel.setBuddy(self.consulterTypeCombo)
        self.consulterNameLabel.setBuddy(self.consulterNameEdit)
        self.consulterRelationLabel.setBuddy(self.consulterRelationEdit)
        self.consulterContactLabel.setBuddy(self.consulterContactEdit)
        self.referringAgencyLabel.setBuddy(self.referringAgencyCombo)
        self.familyNameLabel.setBuddy(self.familyNameEdit)
        self.givenNameLabel.setBuddy(self.givenNameEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.familyKanaLabel.setBuddy(self.familyKanaEdit)
        self.givenKanaLabel.setBuddy(self.givenKanaEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.areaLabel.setBuddy(self.areaCombo)
        self.concernLabel.setBuddy(self.concernEdit)
        self.issueLabel.setBuddy(self.issueTree)
        self.mostPressingLabel.setBuddy(self.mostPressingCombo)
        self.consentStatusLabel.setBuddy(self.consentStatusCombo)
        self.consentDateLabel.setBuddy(self.consentDateEdit)
        self.consentMethodLabel.setBuddy(self.consentMethodCombo)
        self.consentAgenciesLabel.setBuddy(self.consentAgencyList)
        self.firstResponseLabel.setBuddy(self.firstResponseCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.receivedOnEdit, self.receivedTimeEdit)
        QWidget.setTabOrder(self.receivedTimeEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.staffCombo)
        QWidget.setTabOrder(self.staffCombo, self.consulterTypeCombo)
        QWidget.setTabOrder(self.consulterTypeCombo, self.consulterNameEdit)
        QWidget.setTabOrder(self.consulterNameEdit, self.consulterRelationEdit)
        QWidget.setTabOrder(self.consulterRelationEdit, self.consulterContactEdit)
        QWidget.setTabOrder(self.consulterContactEdit, self.referringAgencyCombo)
        QWidget.setTabOrder(self.referringAgencyCombo, self.familyNameEdit)
        QWidget.setTabOrder(self.familyNameEdit, self.givenNameEdit)
        QWidget.setTabOrder(self.givenNameEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.familyKanaEdit)
        QWidget.setTabOrder(self.familyKanaEdit, self.givenKanaEdit)
        QWidget.setTabOrder(self.givenKanaEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.areaCombo)
        QWidget.setTabOrder(self.areaCombo, self.memberTable)
        QWidget.setTabOrder(self.memberTable, self.addMemberButton)
        QWidget.setTabOrder(self.addMemberButton, self.removeMemberButton)
        QWidget.setTabOrder(self.removeMemberButton, self.concernEdit)
        QWidget.setTabOrder(self.concernEdit, self.issueTree)
        QWidget.setTabOrder(self.issueTree, self.mostPressingCombo)
        QWidget.setTabOrder(self.mostPressingCombo, self.complexNeedsCheck)
        QWidget.setTabOrder(self.complexNeedsCheck, self.economicHardshipCheck)
        QWidget.setTabOrder(self.economicHardshipCheck, self.urgentCheck)
        QWidget.setTabOrder(self.urgentCheck, self.didNotKnowCheck)
        QWidget.setTabOrder(self.didNotKnowCheck, self.consentStatusCombo)
        QWidget.setTabOrder(self.consentStatusCombo, self.consentDateEdit)
        QWidget.setTabOrder(self.consentDateEdit, self.consentMethodCombo)
        QWidget.setTabOrder(self.consentMethodCombo, self.consentAgencyList)
        QWidget.setTabOrder(self.consentAgencyList, self.consentCoordinationCheck)
        QWidget.setTabOrder(self.consentCoordinationCheck, self.consentOtherMeetingsCheck)
        QWidget.setTabOrder(self.consentOtherMeetingsCheck, self.firstResponseCombo)
        QWidget.setTabOrder(self.firstResponseCombo, self.candidateList)
        QWidget.setTabOrder(self.candidateList, self.linkButton)
        QWidget.setTabOrder(self.linkButton, self.memberLinkButton)
        QWidget.setTabOrder(self.memberLinkButton, self.unlinkButton)
        QWidget.setTabOrder(self.unlinkButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.saveButton)

        self.retranslateUi(IntakeDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(IntakeDialog)
    # setupUi

    def retranslateUi(self, IntakeDialog):
        IntakeDialog.setWindowTitle(QCoreApplication.translate("IntakeDialog", u"New consultation intake", None))
        self.unlinkButton.setText(QCoreApplication.translate("IntakeDialog", u"Cancel &link", None))
        self.receptionGroup.setTitle(QCoreApplication.translate("IntakeDialog", u"Reception", None))
        self.receivedOnLabel.setText(QCoreApplication.translate("IntakeDialog", u"Date &received", None))
        self.receivedOnEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"e.g. R8.4.1", None))
        self.receivedTimeLabel.setText(QCoreApplication.translate("IntakeDialog", u"&Time", None))
        self.receivedTimeEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"e.g. 10:30", None))
        self.channelLabel.setText(QCoreApplication.translate("IntakeDialog", u"C&hannel", None))
        self.staffLabel.setText(QCoreApplication.translate("IntakeDialog", u"Recei&ved by", None))
        self.consulterTypeLabel.setText(QCoreApplication.translate("IntakeDialog", u"Consu&lter", None))
        self.consulterNameLabel.setText(QCoreApplication.translate("IntakeDialog", u"Consulter's name", None))
        self.consulterRelationLabel.setText(QCoreApplication.translate("IntakeDialog", u"Relation to client", None))
        self.consulterContactLabel.setText(QCoreApplication.translate("IntakeDialog", u"Consulter's contact", None))
        self.referringAgencyLabel.setText(QCoreApplication.translate("IntakeDialog", u"Referred &by", None))
#if QT_CONFIG(tooltip)
        self.referringAgencyCombo.setToolTip(QCoreApplication.translate("IntakeDialog", u"The agency or person that referred the client to the desk, if any.", None))
#endif // QT_CONFIG(tooltip)
        self.clientGroup.setTitle(QCoreApplication.translate("IntakeDialog", u"Client", None))
        self.familyNameLabel.setText(QCoreApplication.translate("IntakeDialog", u"&Family name", None))
        self.givenNameLabel.setText(QCoreApplication.translate("IntakeDialog", u"&Given name", None))
        self.sexLabel.setText(QCoreApplication.translate("IntakeDialog", u"Se&x", None))
        self.familyKanaLabel.setText(QCoreApplication.translate("IntakeDialog", u"Furigana (family)", None))
        self.givenKanaLabel.setText(QCoreApplication.translate("IntakeDialog", u"Furigana (given)", None))
        self.birthDateLabel.setText(QCoreApplication.translate("IntakeDialog", u"Date of &birth", None))
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"e.g. S19.5.3", None))
        self.phoneLabel.setText(QCoreApplication.translate("IntakeDialog", u"&Phone", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"e.g. 03-1234-5678", None))
        self.addressLabel.setText(QCoreApplication.translate("IntakeDialog", u"A&ddress", None))
        self.areaLabel.setText(QCoreApplication.translate("IntakeDialog", u"Ar&ea", None))
        self.householdGroup.setTitle(QCoreApplication.translate("IntakeDialog", u"Household members", None))
        ___qtablewidgetitem = self.memberTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("IntakeDialog", u"Relation", None))
        ___qtablewidgetitem1 = self.memberTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("IntakeDialog", u"Family name", None))
        ___qtablewidgetitem2 = self.memberTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("IntakeDialog", u"Given name", None))
        ___qtablewidgetitem3 = self.memberTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("IntakeDialog", u"Furigana (family)", None))
        ___qtablewidgetitem4 = self.memberTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("IntakeDialog", u"Furigana (given)", None))
        ___qtablewidgetitem5 = self.memberTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("IntakeDialog", u"Date of birth", None))
        ___qtablewidgetitem6 = self.memberTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("IntakeDialog", u"Lives together", None))
        ___qtablewidgetitem7 = self.memberTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("IntakeDialog", u"Situation", None))
        self.addMemberButton.setText(QCoreApplication.translate("IntakeDialog", u"&Add member", None))
        self.removeMemberButton.setText(QCoreApplication.translate("IntakeDialog", u"Re&move member", None))
        self.situationHintLabel.setText(QCoreApplication.translate("IntakeDialog", u"Situation: separate several with commas (e.g. \u8981\u4ecb\u8b77\u3001\u8a8d\u77e5\u75c7).", None))
        self.concernGroup.setTitle(QCoreApplication.translate("IntakeDialog", u"Consultation", None))
        self.concernLabel.setText(QCoreApplication.translate("IntakeDialog", u"Presenting &concern", None))
        self.issueLabel.setText(QCoreApplication.translate("IntakeDialog", u"&Issues", None))
        self.mostPressingLabel.setText(QCoreApplication.translate("IntakeDialog", u"Most pressing (\u25ce)", None))
        self.flagsLabel.setText(QCoreApplication.translate("IntakeDialog", u"Flags", None))
        self.complexNeedsCheck.setText(QCoreApplication.translate("IntakeDialog", u"Suspected complex needs", None))
        self.economicHardshipCheck.setText(QCoreApplication.translate("IntakeDialog", u"Economic hardship", None))
        self.urgentCheck.setText(QCoreApplication.translate("IntakeDialog", u"Urgent", None))
        self.didNotKnowCheck.setText(QCoreApplication.translate("IntakeDialog", u"Did not know where to consult", None))
        self.consentGroup.setTitle(QCoreApplication.translate("IntakeDialog", u"Consent and first response", None))
        self.consentStatusLabel.setText(QCoreApplication.translate("IntakeDialog", u"Co&nsent", None))
        self.consentDateLabel.setText(QCoreApplication.translate("IntakeDialog", u"Consent date", None))
        self.consentMethodLabel.setText(QCoreApplication.translate("IntakeDialog", u"Method", None))
        self.consentAgenciesLabel.setText(QCoreApplication.translate("IntakeDialog", u"Shared &with", None))
#if QT_CONFIG(tooltip)
        self.consentAgencyList.setToolTip(QCoreApplication.translate("IntakeDialog", u"The agencies the client agreed to share information with (check with the space bar).", None))
#endif // QT_CONFIG(tooltip)
        self.consentMeetingsLabel.setText(QCoreApplication.translate("IntakeDialog", u"Meetings", None))
        self.consentCoordinationCheck.setText(QCoreApplication.translate("IntakeDialog", u"Coordination meeting", None))
        self.consentOtherMeetingsCheck.setText(QCoreApplication.translate("IntakeDialog", u"Other case meetings", None))
        self.firstResponseLabel.setText(QCoreApplication.translate("IntakeDialog", u"First &response", None))
        self.candidateGroup.setTitle(QCoreApplication.translate("IntakeDialog", u"Already known?", None))
        self.candidateIntroLabel.setText(QCoreApplication.translate("IntakeDialog", u"People already registered who match the name, furigana, date of birth or phone of the client or of a household member appear here. Nothing is merged unless you choose.", None))
        self.linkButton.setText(QCoreApplication.translate("IntakeDialog", u"Register for this person", None))
#if QT_CONFIG(tooltip)
        self.memberLinkButton.setToolTip(QCoreApplication.translate("IntakeDialog", u"Add the selected person to this household as a member, using their existing record (no second record is made).", None))
#endif // QT_CONFIG(tooltip)
        self.memberLinkButton.setText(QCoreApplication.translate("IntakeDialog", u"&Use as a household member", None))
        self.cancelButton.setText(QCoreApplication.translate("IntakeDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("IntakeDialog", u"&Save", None))
    # retranslateUi

