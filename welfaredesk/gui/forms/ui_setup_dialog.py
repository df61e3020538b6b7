# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(600, 440)
        SetupDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(SetupDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 20)
        self.titleLabel = QLabel(SetupDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(SetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(10)
        self.loginLabel = QLabel(SetupDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(SetupDialog)
        self.loginEdit.setObjectName(u"loginEdit")
        self.loginEdit.setMaxLength(64)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.nameLabel = QLabel(SetupDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SetupDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.passwordLabel = QLabel(SetupDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(SetupDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmLabel = QLabel(SetupDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(SetupDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(SetupDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.messageLabel = QLabel(SetupDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(SetupDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.createButton = QPushButton(SetupDialog)
        self.createButton.setObjectName(u"createButton")

        self.buttonLayout.addWidget(self.createButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.loginEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.loginEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.createButton)
        QWidget.setTabOrder(self.createButton, self.cancelButton)

        self.retranslateUi(SetupDialog)

        self.createButton.setDefault(True)


        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"WelfareDesk - First start", None))
        self.titleLabel.setText(QCoreApplication.translate("SetupDialog", u"Welcome to WelfareDesk", None))
        self.introLabel.setText(QCoreApplication.translate("SetupDialog", u"This is the first start: there is no account yet. Create the account of the first system administrator. The administrator adds the staff accounts and manages the settings; case records are not shown to this account.", None))
        self.loginLabel.setText(QCoreApplication.translate("SetupDialog", u"Login &ID", None))
        self.loginEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"Letters and digits, e.g. admin", None))
        self.nameLabel.setText(QCoreApplication.translate("SetupDialog", u"&Name", None))
        self.passwordLabel.setText(QCoreApplication.translate("SetupDialog", u"&Password", None))
        self.confirmLabel.setText(QCoreApplication.translate("SetupDialog", u"Password (&again)", None))
        self.hintLabel.setText(QCoreApplication.translate("SetupDialog", u"Choose a long password that others cannot guess, and do not write it down where others can see it.", None))
        self.cancelButton.setText(QCoreApplication.translate("SetupDialog", u"&Quit", None))
        self.createButton.setText(QCoreApplication.translate("SetupDialog", u"&Create administrator", None))
    # retranslateUi

