<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/about_dialog.py" line="+58"/>
        <source>About WelfareDesk</source>
        <translation>About WelfareDesk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licences</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case records for a municipal general welfare consultation desk: intake, assessment, referrals, support plans, meetings, monitoring and closure.</source>
        <translation>Case records for a municipal general welfare consultation desk: intake, assessment, referrals, support plans, meetings, monitoring and closure.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copyright © 2026 the WelfareDesk authors.</source>
        <translation>Copyright © 2026 the WelfareDesk authors.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking...</source>
        <translation>Checking...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PySide6:</source>
        <translation>PySide6:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system:</source>
        <translation>Operating system:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A file on this PC (SQLite)</source>
        <translation>A file on this PC (SQLite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server (PostgreSQL)</source>
        <translation>A server (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not be checked.</source>
        <translation>Could not be checked.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>WelfareDesk includes the following software and fonts. Select one to read its licence.</source>
        <translation>WelfareDesk includes the following software and fonts. Select one to read its licence.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font</source>
        <translation>Font</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain</source>
        <translation>Public domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPA Font License v1.0</source>
        <translation>IPA Font License v1.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free for any use</source>
        <translation>Free for any use</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No licence is stated for this program in its source. Ask whoever gave you this copy about the terms of use.</source>
        <translation>No licence is stated for this program in its source. Ask whoever gave you this copy about the terms of use.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt and PySide6 are used as shared libraries under the GNU Lesser General Public License version 3 (LGPL-3.0): you may replace them with a modified version. Their source code is available from {urls}.</source>
        <translation>Qt and PySide6 are used as shared libraries under the GNU Lesser General Public License version 3 (LGPL-3.0): you may replace them with a modified version. Their source code is available from {urls}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A subset of IPAmj Mincho, renamed as its licence requires (resources/fonts/README.md says how to use the original font instead).</source>
        <translation>A subset of IPAmj Mincho, renamed as its licence requires (resources/fonts/README.md says how to use the original font instead).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SQLite is part of the Python runtime.</source>
        <translation>SQLite is part of the Python runtime.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Licence: {licence}</source>
        <translation>Licence: {licence}</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/access_dialog.py" line="+79"/>
        <source>Access and sharing</source>
        <translation>Access and sharing</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why they can see it</source>
        <translation>Why they can see it</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Share with a staff member</source>
        <translation>Share with a staff member</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Share</source>
        <translation>&amp;Share</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top sharing</source>
        <translation>S&amp;top sharing</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Viewing restriction</source>
        <translation>Viewing restriction</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>&amp;Restrict...</source>
        <translation>&amp;Restrict...</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>&amp;Lift the restriction...</source>
        <translation>&amp;Lift the restriction...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Restricted: only the staff named below can see this case.</source>
        <translation>Restricted: only the staff named below can see this case.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restricted by {name} ({when})</source>
        <translation>Restricted by {name} ({when})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not restricted.</source>
        <translation>Not restricted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({when})</source>
        <translation>{name} ({when})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The lead worker is not named and cannot see this case.</source>
        <translation>The lead worker is not named and cannot see this case.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Change the named staff...</source>
        <translation>&amp;Change the named staff...</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/note_dialog.py" line="+654"/>
        <source>Confirm the progress note</source>
        <translation>Confirm the progress note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} {method} by {staff}</source>
        <translation>{date} {method} by {staff}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Comment (optional)</source>
        <translation>&amp;Comment (optional)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Con&amp;firm</source>
        <translation>Con&amp;firm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AgencyDirectoryDialog</name>
    <message>
        <location filename="../../ui/agency_directory.ui" line="+14"/>
        <source>Agency directory</source>
        <translation>Agency directory</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search by name, kana, section or notes</source>
        <translation>Search by name, kana, section or notes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <location filename="../../welfaredesk/gui/agency_directory.py" line="+70"/>
        <source>Export the agency directory</source>
        <translation>Export the agency directory</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Import the agency directory</source>
        <translation>Import the agency directory</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>All issues</source>
        <translation>All issues</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>{name} (inactive)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n agency(ies)</numerusform>
            <numerusform>%n agency(ies)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agency matches. Check the spelling or clear the filters.</source>
        <translation>No agency matches. Check the spelling or clear the filters.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../ui/agency_directory.ui" line="+32"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>agencies.csv</source>
        <translation>agencies.csv</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The directory was written to {path}.</source>
        <translation>The directory was written to {path}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file could not be read. Save it as CSV (UTF-8) and choose it again.</source>
        <translation>The file could not be read. Save it as CSV (UTF-8) and choose it again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New: {created}, changed: {updated}, unchanged: {unchanged}.</source>
        <translation>New: {created}, changed: {updated}, unchanged: {unchanged}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has errors; nothing was imported.</source>
        <translation>The file has errors; nothing was imported.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import this file?</source>
        <translation>Import this file?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Imported. New: {created}, changed: {updated}.</source>
        <translation>Imported. New: {created}, changed: {updated}.</translation>
    </message>
    <message>
        <location filename="../../ui/agency_directory.ui" line="+6"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../welfaredesk/gui/agency_directory.py" line="-292"/>
        <location filename="../../ui/agency_directory.ui" line="+10"/>
        <source>Issues handled</source>
        <translation>Issues handled</translation>
    </message>
    <message>
        <location filename="../../ui/agency_directory.ui" line="+14"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;New...</source>
        <translation>&amp;New...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deactivate / reactivate</source>
        <translation>Deactivate / reactivate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV...</source>
        <translation>Export CSV...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import CSV...</source>
        <translation>Import CSV...</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AgencyEditDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/agency_directory.py" line="+326"/>
        <source>Edit agency</source>
        <translation>Edit agency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New agency</source>
        <translation>New agency</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Member of the support network</source>
        <translation>Member of the support network</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues handled</source>
        <translation>Issues handled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AnonymizeDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/anonymize_dialog.py" line="+45"/>
        <source>Save the anonymised case</source>
        <translation>Save the anonymised case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.md *.txt)</source>
        <translation>Text files (*.md *.txt)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Anonymised case for training</source>
        <translation>Anonymised case for training</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Names, addresses, phone numbers and case numbers are masked and every date is moved. Read the whole text before saving: people outside the household, rare details and places may still identify the family. Edit the text where needed.</source>
        <translation>Names, addresses, phone numbers and case numbers are masked and every date is moved. Read the whole text before saving: people outside the household, rare details and places may still identify the family. Edit the text where needed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anonymising the case…</source>
        <translation>Anonymising the case…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People are shown by their relation to the client (本人, 母, 長男 …) or as A氏, B氏; staff as 職員A, 職員B. Agency names are kept: they are public bodies.</source>
        <translation>People are shown by their relation to the client (本人, 母, 長男 …) or as A氏, B氏; staff as 職員A, 職員B. Agency names are kept: they are public bodies.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>I have &amp;checked the contents</source>
        <translation>I have &amp;checked the contents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Masked: %1</source>
        <translation>Masked: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Read the whole text and tick the check box before saving.</source>
        <translation>Read the whole text and tick the check box before saving.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>anonymised-case.md</source>
        <translation>anonymised-case.md</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <location filename="../../welfaredesk/gui/approvals_tab.py" line="+91"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+20"/>
        <location line="+15"/>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+20"/>
        <location line="+15"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;back…</source>
        <translation>Send &amp;back…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Confirm…</source>
        <translation>&amp;Confirm…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;pen</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan no.</source>
        <translation>Plan no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Op&amp;en</source>
        <translation>Op&amp;en</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Closures awaiting approval ({count})</source>
        <translation>Closures awaiting approval ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress notes awaiting confirmation ({count})</source>
        <translation>Progress notes awaiting confirmation ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support plans submitted to a meeting ({count})</source>
        <translation>Support plans submitted to a meeting ({count})</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not on a meeting&apos;s agenda yet</source>
        <translation>Not on a meeting&apos;s agenda yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the agenda of {date}</source>
        <translation>On the agenda of {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No. {number}</source>
        <translation>No. {number}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The closure was approved; the case is closed.</source>
        <translation>The closure was approved; the case is closed.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The closure was sent back to the worker.</source>
        <translation>The closure was sent back to the worker.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The progress note was confirmed.</source>
        <translation>The progress note was confirmed.</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <location filename="../../welfaredesk/gui/assessment_tab.py" line="+197"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New assessment</source>
        <translation>&amp;New assessment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print assessment sheet</source>
        <translation>&amp;Print assessment sheet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Assessment &amp;date</source>
        <translation>Assessment &amp;date</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+240"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+240"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+240"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+240"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>&amp;Add issue</source>
        <translation>&amp;Add issue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Household issues</source>
        <translation>Household issues</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ris&amp;k</source>
        <translation>Ris&amp;k</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgency</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>R&amp;emove issue</source>
        <translation>R&amp;emove issue</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>e.g. 2025-06-10</source>
        <translation>e.g. 2025-06-10</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Stren&amp;gths</source>
        <translation>Stren&amp;gths</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coord&amp;ination with agencies needed</source>
        <translation>Coord&amp;ination with agencies needed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Complex needs</source>
        <translation>&amp;Complex needs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Triage</source>
        <translation>&amp;Triage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for the t&amp;riage</source>
        <translation>Reason for the t&amp;riage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lead worker</source>
        <translation>&amp;Lead worker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;o-worker</source>
        <translation>C&amp;o-worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason the lead is not a coordinator (required)</source>
        <translation>Reason the lead is not a coordinator (required)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Su&amp;mmary</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The case is closed; reopen it to record an assessment.</source>
        <translation>The case is closed; reopen it to record an assessment.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No. {sequence}  {date}</source>
        <translation>No. {sequence}  {date}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No assessment has been recorded for this case yet.</source>
        <translation>No assessment has been recorded for this case yet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+157"/>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>(not decided)</source>
        <translation>(not decided)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment no. {sequence} ({date})</source>
        <translation>Assessment no. {sequence} ({date})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordination needed</source>
        <translation>Coordination needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complex needs</source>
        <translation>Complex needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the triage</source>
        <translation>Reason for the triage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The assessment you were writing was not saved; it has been restored. Check it and save.</source>
        <translation>The assessment you were writing was not saved; it has been restored. Check it and save.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} (proposed)</source>
        <translation>{text} (proposed)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Whole household</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Discard the assessment?</source>
        <translation>Discard the assessment?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The assessment you are writing is not saved. Discard what you typed? To keep it, choose Continue and save.</source>
        <translation>The assessment you are writing is not saved. Discard what you typed? To keep it, choose Continue and save.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Preparing the assessment sheet...</source>
        <translation>Preparing the assessment sheet...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment sheet {number} no. {sequence}</source>
        <translation>Assessment sheet {number} no. {sequence}</translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/audit_viewer.py" line="+74"/>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. R7-00012</source>
        <translation>e.g. R7-00012</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. R7.6.1</source>
        <translation>e.g. R7.6.1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case &amp;number</source>
        <translation>Case &amp;number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show &amp;more</source>
        <translation>Show &amp;more</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Export CSV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>No event matches the filters.</source>
        <translation>No event matches the filters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the newest {count} events</source>
        <translation>Showing the newest {count} events</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} events</source>
        <translation>{count} events</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{target} No. {id}</source>
        <translation>{target} No. {id}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>audit-trail.csv</source>
        <translation>audit-trail.csv</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The audit trail was written to {path}.</source>
        <translation>The audit trail was written to {path}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The audit trail has not been tampered with ({count} events).</source>
        <translation>The audit trail has not been tampered with ({count} events).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit trail is broken at event No. {id}: that event or the one before it was changed or removed. Tell the system administrator.</source>
        <translation>The audit trail is broken at event No. {id}: that event or the one before it was changed or removed. Tell the system administrator.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/backup_dialog.py" line="+177"/>
        <source>Backup and restore</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A backup is a copy of the whole database. Keep an encrypted copy outside this PC, and check now and then that a backup can be read.</source>
        <translation>A backup is a copy of the whole database. Keep an encrypted copy outside this PC, and check now and then that a backup can be read.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Create a backup now</source>
        <translation>Create a backup now</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Encrypt with a passphrase (for a copy that leaves this PC)</source>
        <translation>&amp;Encrypt with a passphrase (for a copy that leaves this PC)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>at least {n} characters</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;firm passphrase:</source>
        <translation>Con&amp;firm passphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create backup...</source>
        <translation>&amp;Create backup...</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Check or restore a backup</source>
        <translation>Check or restore a backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chec&amp;k a backup...</source>
        <translation>Chec&amp;k a backup...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore a backup...</source>
        <translation>&amp;Restore a backup...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When someone logs in and the last automatic backup is older than the interval, a new one is made in this folder; the oldest beyond the number to keep are deleted.</source>
        <translation>When someone logs in and the last automatic backup is older than the interval, a new one is made in this folder; the oldest beyond the number to keep are deleted.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoose...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fol&amp;der:</source>
        <translation>Fol&amp;der:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File size</source>
        <translation>File size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup kind</source>
        <translation>Backup kind</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Made automatically</source>
        <translation>Made automatically</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted with a passphrase</source>
        <translation>Encrypted with a passphrase</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup passphrase</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <location line="-269"/>
        <source> day(s)</source>
        <translation> day(s)</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Save the backup</source>
        <translation>Save the backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Backups (*.db *.wdbk)</source>
        <translation>Backups (*.db *.wdbk)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encrypted backup</source>
        <translation>Encrypted backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of this backup:</source>
        <translation>Passphrase of this backup:</translation>
    </message>
    <message>
        <location line="+190"/>
        <source> backup(s)</source>
        <translation> backup(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interval:</source>
        <translation>&amp;Interval:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Number to keep:</source>
        <translation>&amp;Number to keep:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This desk&apos;s database is on a PostgreSQL server. The server&apos;s own scheduled backups (pg_dump, set up by the administrator) take the place of automatic backups; this program makes none. A backup made here is a snapshot of the server&apos;s database in the same format as on a single PC, and is restored into a new, empty database (see docs/server.md).</source>
        <translation>This desk&apos;s database is on a PostgreSQL server. The server&apos;s own scheduled backups (pg_dump, set up by the administrator) take the place of automatic backups; this program makes none. A backup made here is a snapshot of the server&apos;s database in the same format as on a single PC, and is restored into a new, empty database (see docs/server.md).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Enter at least {n} characters.</source>
        <translation>Enter at least {n} characters.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two passphrases differ. Enter the same passphrase in both fields.</source>
        <translation>The two passphrases differ. Enter the same passphrase in both fields.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Creating the backup...</source>
        <translation>Creating the backup...</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Encrypted backup created: {path} ({size})</source>
        <translation>Encrypted backup created: {path} ({size})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup created: {path} ({size})</source>
        <translation>Backup created: {path} ({size})</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checking the backup...</source>
        <translation>Checking the backup...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}: schema version {revision}, {cases} cases, {events} audit events.</source>
        <translation>{name}: schema version {revision}, {cases} cases, {events} audit events.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This backup was made by a newer WelfareDesk; update WelfareDesk to restore it.</source>
        <translation>This backup was made by a newer WelfareDesk; update WelfareDesk to restore it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit trail in this backup is broken at event {id}; it cannot be restored.</source>
        <translation>The audit trail in this backup is broken at event {id}; it cannot be restored.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup is sound (integrity and audit trail checked).</source>
        <translation>The backup is sound (integrity and audit trail checked).</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+46"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Replace the database with the backup “{name}”? Everything recorded after the backup was made will no longer be shown (the current database is kept as a copy beside it). WelfareDesk must be started again afterwards.</source>
        <translation>Replace the database with the backup “{name}”? Everything recorded after the backup was made will no longer be shown (the current database is kept as a copy beside it). WelfareDesk must be started again afterwards.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restoring the backup...</source>
        <translation>Restoring the backup...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup was restored ({cases} cases). The previous database was kept as {copy}.
WelfareDesk will now close; start it again to continue.</source>
        <translation>The backup was restored ({cases} cases). The previous database was kept as {copy}.
WelfareDesk will now close; start it again to continue.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The settings were saved.</source>
        <translation>The settings were saved.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Backup created</source>
        <translation>Backup created</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic backup</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The automatic backup could not be made.</source>
        <translation>The automatic backup could not be made.</translation>
    </message>
</context>
<context>
    <name>CaseFilterPanel</name>
    <message>
        <location filename="../../welfaredesk/gui/case_filter_panel.py" line="+193"/>
        <source>W&amp;orker</source>
        <translation>W&amp;orker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tea&amp;m</source>
        <translation>Tea&amp;m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nsent</source>
        <translation>Co&amp;nsent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal &amp;year</source>
        <translation>Fiscal &amp;year</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complex needs</source>
        <translation>Complex needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic hardship</source>
        <translation>Economic hardship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>O&amp;verdue</source>
        <translation>O&amp;verdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs a&amp;ttention</source>
        <translation>Needs a&amp;ttention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open cases marked urgent, or without contact for 30 days or more</source>
        <translation>Open cases marked urgent, or without contact for 30 days or more</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;losed only</source>
        <translation>C&amp;losed only</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear conditions</source>
        <translation>C&amp;lear conditions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All issues</source>
        <translation>All issues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any consent</source>
        <translation>Any consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Other conditions: {conditions}</source>
        <translation>Other conditions: {conditions}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>lead worker {names}</source>
        <translation>lead worker {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>worker {names}</source>
        <translation>worker {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>led by a coordinator</source>
        <translation>led by a coordinator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>referral {statuses}</source>
        <translation>referral {statuses}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opened {start} to {end}</source>
        <translation>opened {start} to {end}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>several choices</source>
        <translation>several choices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more flags</source>
        <translation>more flags</translation>
    </message>
</context>
<context>
    <name>CaseListTools</name>
    <message>
        <location filename="../../welfaredesk/gui/case_list_tools.py" line="+172"/>
        <source>&amp;Filters ({count})</source>
        <translation>&amp;Filters ({count})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filters</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+13"/>
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Name of the view (the search text is not saved):</source>
        <translation>Name of the view (the search text is not saved):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A view named “{name}” exists. Replace it?</source>
        <translation>A view named “{name}” exists. Replace it?</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+12"/>
        <source>Delete view</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete the view “{name}”? The cases are not changed.</source>
        <translation>Delete the view “{name}”? The cases are not changed.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change the lead worker</source>
        <translation>Change the lead worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the cases in the list first (Ctrl or Shift and click).</source>
        <translation>Select the cases in the list first (Ctrl or Shift and click).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Lead worker changed for %n case(s).</source>
        <translation>
            <numerusform>Lead worker changed for %n case(s).</numerusform>
            <numerusform>Lead worker changed for %n case(s).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>case-list_{date}.csv</source>
        <translation>case-list_{date}.csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the list as CSV</source>
        <translation>Export the list as CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The CSV file could not be written. Check the folder, and that no other program has a file of the same name open.</source>
        <translation>The CSV file could not be written. Check the folder, and that no other program has a file of the same name open.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n case(s) written to the CSV file.</source>
        <translation>
            <numerusform>%n case(s) written to the CSV file.</numerusform>
            <numerusform>%n case(s) written to the CSV file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseMeetingsWidget</name>
    <message>
        <location filename="../../welfaredesk/gui/meetings.py" line="+1108"/>
        <source>Meetings this case was discussed at, with the purpose and the decision. Meetings are scheduled and decided on the meetings screen (Consultation menu).</source>
        <translation>Meetings this case was discussed at, with the purpose and the decision. Meetings are scheduled and decided on the meetings screen (Consultation menu).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting decision</source>
        <translation>Meeting decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision note</source>
        <translation>Decision note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This case has not been on a meeting&apos;s agenda.</source>
        <translation>This case has not been on a meeting&apos;s agenda.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../welfaredesk/gui/models/case_table_model.py" line="+72"/>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead worker</source>
        <translation>Lead worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complex</source>
        <translation>Complex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact (days)</source>
        <translation>Last contact (days)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>(not available)</source>
        <translation>(not available)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source> (restricted)</source>
        <translation> (restricted)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> (overdue)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{days} days since the last contact</source>
        <translation>{days} days since the last contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complex needs</source>
        <translation>Complex needs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restricted case: only the staff named on it can see it.</source>
        <translation>Restricted case: only the staff named on it can see it.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../welfaredesk/gui/case_view.py" line="+180"/>
        <source>Restricted case: only the staff named on it can see it.</source>
        <translation>Restricted case: only the staff named on it can see it.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Who viewed this case...</source>
        <translation>Who viewed this case...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Access and sharing...</source>
        <translation>Access and sharing...</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Export anonymised for training...</source>
        <translation>Export anonymised for training...</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Monitoring review overdue</source>
        <translation>Monitoring review overdue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the review on the Monitoring and review tab.</source>
        <translation>Record the review on the Monitoring and review tab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed (read-only)</source>
        <translation>Closed (read-only)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case is closed. Reopen it on the Closure tab to record anything more.</source>
        <translation>This case is closed. Reopen it on the Closure tab to record anything more.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} days ago</source>
        <translation>{days} days ago</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contact for more than {days} days.</source>
        <translation>No contact for more than {days} days.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the case...</source>
        <translation>Loading the case...</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Referral check overdue: {count}</source>
        <translation>Referral check overdue: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm on the Accompanied referral and handover tab that the person was taken on.</source>
        <translation>Confirm on the Accompanied referral and handover tab that the person was taken on.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{age} years old</source>
        <translation>{age} years old</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case no. {number}   Opened {date}</source>
        <translation>Case no. {number}   Opened {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{date} (age {age})</source>
        <translation>{date} (age {age})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/case_view.ui" line="+94"/>
        <source>Complex needs</source>
        <translation>Complex needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic hardship</source>
        <translation>Economic hardship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/case_view.ui" line="-7"/>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-10"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+83"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+83"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>No progress notes have been recorded yet.</source>
        <translation>No progress notes have been recorded yet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The {count} most recent notes are shown.</source>
        <translation>The {count} most recent notes are shown.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Consent: {status}</source>
        <translation>Consent: {status}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Preparing the contact slip...</source>
        <translation>Preparing the contact slip...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact slip {number}</source>
        <translation>Contact slip {number}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="+49"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lead worker</source>
        <translation>Lead worker</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Basic information and household</source>
        <translation>Basic information and household</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Co-worker</source>
        <translation>Co-worker</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+264"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="-259"/>
        <location line="+264"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+259"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="-254"/>
        <location line="+259"/>
        <source>Lives together</source>
        <translation>Lives together</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+79"/>
        <location line="+18"/>
        <source>Contact slips</source>
        <translation>Contact slips</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+114"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+114"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+114"/>
        <source>Consulter</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+114"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+114"/>
        <location line="+16"/>
        <source>Presenting concern</source>
        <translation>Presenting concern</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Recent progress notes</source>
        <translation>Recent progress notes</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose a consultation to print its contact slip. Printing is recorded in the audit trail.</source>
        <translation>Choose a consultation to print its contact slip. Printing is recorded in the audit trail.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Household and consent</source>
        <translation>Household and consent</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Print contact slip...</source>
        <translation>Print contact slip...</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>Assessment and triage</source>
        <translation>Assessment and triage</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>Accompanied referral and handover</source>
        <translation>Accompanied referral and handover</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>Support plan</source>
        <translation>Support plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>Progress notes</source>
        <translation>Progress notes</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>Monitoring and review</source>
        <translation>Monitoring and review</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>Closure</source>
        <translation>Closure</translation>
    </message>
</context>
<context>
    <name>CaseViewsBar</name>
    <message>
        <location filename="../../welfaredesk/gui/case_filter_panel.py" line="-333"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sa&amp;ve view...</source>
        <translation>Sa&amp;ve view...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete vie&amp;w</source>
        <translation>Delete vie&amp;w</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reassign...</source>
        <translation>&amp;Reassign...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport CSV...</source>
        <translation>E&amp;xport CSV...</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(custom conditions)</source>
        <translation>(custom conditions)</translation>
    </message>
</context>
<context>
    <name>ChangeNotice</name>
    <message>
        <location filename="../../welfaredesk/gui/change_watcher.py" line="+68"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows the latest saves. What you are typing stays in its editor.</source>
        <translation>Shows the latest saves. What you are typing stays in its editor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another staff member updated this case.</source>
        <translation>Another staff member updated this case.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> The tab you are editing ({tabs}) was not reloaded, so your input is kept.</source>
        <translation> The tab you are editing ({tabs}) was not reloaded, so your input is kept.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/change_password_dialog.py" line="+54"/>
        <source>WelfareDesk - Change password</source>
        <translation>WelfareDesk - Change password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change your password</source>
        <translation>Change your password</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your password was set by the system administrator. Choose your own password before you continue.</source>
        <translation>Your password was set by the system administrator. Choose your own password before you continue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: choose a password that is hard to guess (not your login ID, not only digits).</source>
        <translation>{name}: choose a password that is hard to guess (not your login ID, not only digits).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Current password</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password (&amp;again)</source>
        <translation>New password (&amp;again)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hange password</source>
        <translation>C&amp;hange password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the new password.</source>
        <translation>Enter the new password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
</context>
<context>
    <name>ClientConfirmDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/plan_tab.py" line="+1289"/>
        <source>Client&apos;s confirmation</source>
        <translation>Client&apos;s confirmation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the day the person signed the printed plan of version {number}.</source>
        <translation>Enter the day the person signed the printed plan of version {number}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Date signed</source>
        <translation>&amp;Date signed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ClosureTab</name>
    <message>
        <location filename="../../welfaredesk/gui/closure_tab.py" line="+140"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;back</source>
        <translation>Send &amp;back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen the case</source>
        <translation>&amp;Reopen the case</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reas&amp;on</source>
        <translation>Reas&amp;on</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type part of the agency&apos;s name</source>
        <translation>Type part of the agency&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over &amp;to</source>
        <translation>Handed over &amp;to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closure &amp;date</source>
        <translation>Closure &amp;date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the support ended and what the person and the agencies agreed</source>
        <translation>How the support ended and what the person and the agencies agreed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Close the case</source>
        <translation>&amp;Close the case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may approve closures: the case closes as soon as you save.</source>
        <translation>You may approve closures: the case closes as soon as you save.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;quest the closure</source>
        <translation>Re&amp;quest the closure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the desk requires it, the closure waits for the chief counselor&apos;s approval before the case closes.</source>
        <translation>Where the desk requires it, the closure waits for the chief counselor&apos;s approval before the case closes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closures and reopenings</source>
        <translation>Closures and reopenings</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened on</source>
        <translation>Reopened on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for reopening or sending back</source>
        <translation>Reason for reopening or sending back</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Print the closure record</source>
        <translation>&amp;Print the closure record</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>(choose a reason)</source>
        <translation>(choose a reason)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Closed on {date}. Reason: {reason}.</source>
        <translation>Closed on {date}. Reason: {reason}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approved by {name} ({when}).</source>
        <translation>Approved by {name} ({when}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case is read-only. Reopen it to record anything more; the closure stays in the history.</source>
        <translation>The case is read-only. Reopen it to record anything more; the closure stays in the history.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A closure ({reason}, {date}) is waiting for the chief counselor&apos;s approval.</source>
        <translation>A closure ({reason}, {date}) is waiting for the chief counselor&apos;s approval.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested by {name}.</source>
        <translation>Requested by {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case is open. The closure ({reason}) was sent back. Reason: {why}</source>
        <translation>The case is open. The closure ({reason}) was sent back. Reason: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case is open.</source>
        <translation>The case is open.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The case was closed. It is now read-only.</source>
        <translation>The case was closed. It is now read-only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closure is waiting for the chief counselor&apos;s approval.</source>
        <translation>The closure is waiting for the chief counselor&apos;s approval.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The closure was approved. The case is closed.</source>
        <translation>The closure was approved. The case is closed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The closure was sent back. The case stays open.</source>
        <translation>The closure was sent back. The case stays open.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The case was reopened. The closure is kept in the history.</source>
        <translation>The case was reopened. The closure is kept in the history.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing the closure record...</source>
        <translation>Preparing the closure record...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closure record {number}</source>
        <translation>Closure record {number}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/plan_tab.py" line="+60"/>
        <source>Compare plan versions</source>
        <translation>Compare plan versions</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+57"/>
        <location line="+3"/>
        <source>Version {number} ({status})</source>
        <translation>Version {number} ({status})</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>&amp;Before:</source>
        <translation>&amp;Before:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;After:</source>
        <translation>&amp;After:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The two versions have the same content.</source>
        <translation>The two versions have the same content.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yellow: changed. Green: added. Red: removed.</source>
        <translation>Yellow: changed. Green: added. Red: removed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No changes.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Support rows</source>
        <translation>Support rows</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Added: row {b}</source>
        <translation>Added: row {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed: row {a}</source>
        <translation>Removed: row {a}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed: row {a} → row {b}</source>
        <translation>Changed: row {a} → row {b}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} other rows are unchanged.</source>
        <translation>{count} other rows are unchanged.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/conflict_dialog.py" line="+113"/>
        <source>Someone else saved this first</source>
        <translation>Someone else saved this first</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your save was not made. What you typed is still in the editor and in its draft. Compare it with what was saved, then choose what to do.</source>
        <translation>Your save was not made. What you typed is still in the editor and in its draft. Compare it with what was saved, then choose what to do.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you opened it</source>
        <translation>When you opened it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved by the other person</source>
        <translation>Saved by the other person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your input</source>
        <translation>Your input</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The other person&apos;s save did not change the fields of this form (it changed something else, such as a confirmation or the case&apos;s stage).</source>
        <translation>The other person&apos;s save did not change the fields of this form (it changed something else, such as a confirmation or the case&apos;s stage).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bold: changed by the other person. Marked ★: you both changed it; saving your input replaces what they saved.</source>
        <translation>Bold: changed by the other person. Marked ★: you both changed it; saving your input replaces what they saved.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Keep my input on top of the latest</source>
        <translation>&amp;Keep my input on top of the latest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your input stays in the form. Check it and save again: it then replaces the latest version.</source>
        <translation>Your input stays in the form. Check it and save again: it then replaces the latest version.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the &amp;latest (your input to the clipboard)</source>
        <translation>Show the &amp;latest (your input to the clipboard)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The form shows what was saved last. Your input is copied to the clipboard so you can paste what you still need.</source>
        <translation>The form shows what was saved last. Your input is copied to the clipboard so you can paste what you still need.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{what} was saved by someone else after you opened it.</source>
        <translation>{what} was saved by someone else after you opened it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} was saved on {when} with your account, in another window or on another PC, after you opened it.</source>
        <translation>{what} was saved on {when} with your account, in another window or on another PC, after you opened it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} was saved by {name} on {when}, after you opened it.</source>
        <translation>{what} was saved by {name} on {when}, after you opened it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another staff member</source>
        <translation>another staff member</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../welfaredesk/gui/connection_banner.py" line="+212"/>
        <source>Reconnect now</source>
        <translation>Reconnect now</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The connection is back. Saved the {count} waiting saves.</source>
        <translation>The connection is back. Saved the {count} waiting saves.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection is back.</source>
        <translation>The connection is back.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in {seconds} s</source>
        <translation>in {seconds} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connecting now</source>
        <translation>connecting now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database server cannot be reached. What you are typing is kept on this PC for now. Reconnecting automatically ({when}).</source>
        <translation>The database server cannot be reached. What you are typing is kept on this PC for now. Reconnecting automatically ({when}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saves waiting: {count} (they are saved automatically when the connection is back)</source>
        <translation>Saves waiting: {count} (they are saved automatically when the connection is back)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saves are waiting</source>
        <translation>Saves are waiting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} saves are waiting for the connection to the database server. If you quit now they are not saved; the drafts kept on this PC are offered again at the next start. Quit anyway?</source>
        <translation>{count} saves are waiting for the connection to the database server. If you quit now they are not saved; the drafts kept on this PC are offered again at the next start. Quit anyway?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep waiting</source>
        <translation>Keep waiting</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/connection_dialog.py" line="+66"/>
        <location line="+103"/>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Database files (*.db)</source>
        <translation>Database files (*.db)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate of the server&apos;s CA</source>
        <translation>Certificate of the server&apos;s CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.crt *.pem *.cer)</source>
        <translation>Certificates (*.crt *.pem *.cer)</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+382"/>
        <source>Database connection</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>Which database this PC opens</source>
        <translation>Which database this PC opens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open now: {location}</source>
        <translation>Open now: {location}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A &amp;file on this PC (SQLite)</source>
        <translation>A &amp;file on this PC (SQLite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;A server (PostgreSQL)</source>
        <translation>&amp;A server (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Do not keep the password here (use my own .pgpass file)</source>
        <translation>Do not keep the password here (use my own .pgpass file)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Normally the password is kept in a password file only you can read, in this PC&apos;s settings folder. Tick this if the administrator set up your own .pgpass file (or PGPASSFILE) instead.</source>
        <translation>Normally the password is kept in a password file only you can read, in this PC&apos;s settings folder. Tick this if the administrator set up your own .pgpass file (or PGPASSFILE) instead.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encrypted (certificate not checked)</source>
        <translation>Encrypted (certificate not checked)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, server certificate checked</source>
        <translation>Encrypted, server certificate checked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection is always encrypted. With the certificate of the server&apos;s CA, the program also checks that it talks to the real server (recommended; the host must be the name in the server&apos;s certificate). Without a certificate it is encrypted but not checked, which is chosen when no certificate is given.</source>
        <translation>The connection is always encrypted. With the certificate of the server&apos;s CA, the program also checks that it talks to the real server (recommended; the host must be the name in the server&apos;s certificate). Without a certificate it is encrypted but not checked, which is chosen when no certificate is given.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>B&amp;rowse...</source>
        <translation>B&amp;rowse...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database name:</source>
        <translation>&amp;Database name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificate:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The new connection is used after the program is started again. The password is never written into the settings file.</source>
        <translation>The new connection is used after the program is started again. The password is never written into the settings file.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Test the connection</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A password is kept for this server. Leave it empty to keep it.</source>
        <translation>A password is kept for this server. Leave it empty to keep it.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Database file: this is a folder. Choose or type a file name.</source>
        <translation>Database file: this is a folder. Choose or type a file name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database file: the folder does not exist. Choose an existing folder.</source>
        <translation>Database file: the folder does not exist. Choose an existing folder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host: enter the server&apos;s name or IP address.</source>
        <translation>Host: enter the server&apos;s name or IP address.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host: enter only the server&apos;s name or IP address, without spaces.</source>
        <translation>Host: enter only the server&apos;s name or IP address, without spaces.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port: enter a number from 1 to 65535 (usually 5432).</source>
        <translation>Port: enter a number from 1 to 65535 (usually 5432).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database name: enter the name.</source>
        <translation>Database name: enter the name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name: enter the user name.</source>
        <translation>User name: enter the user name.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificate: choose the certificate file of the server&apos;s CA, or choose encryption without the check.</source>
        <translation>Certificate: choose the certificate file of the server&apos;s CA, or choose encryption without the check.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate: the file does not exist. Choose it again.</source>
        <translation>Certificate: the file does not exist. Choose it again.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Testing the connection...</source>
        <translation>Testing the connection...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Details: {detail}</source>
        <translation>Details: {detail}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Password: enter the password, or tick the box to use your own .pgpass file.</source>
        <translation>Password: enter the password, or tick the box to use your own .pgpass file.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The connection was saved. Close WelfareDesk and start it again to use the new connection.</source>
        <translation>The connection was saved. Close WelfareDesk and start it again to use the new connection.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/consent_dialog.py" line="+92"/>
        <source>Record or change consent</source>
        <translation>Record or change consent</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Con&amp;sent</source>
        <translation>Con&amp;sent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 2025-06-10</source>
        <translation>e.g. 2025-06-10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+204"/>
        <source>Agencies the person agreed to</source>
        <translation>Agencies the person agreed to</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Filter by name or section</source>
        <translation>Filter by name or section</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+186"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+178"/>
        <source>Information that may be shared</source>
        <translation>Information that may be shared</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{count} agencies chosen</source>
        <translation>{count} agencies chosen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Consent status</source>
        <translation>Consent status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of consent</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent method</source>
        <translation>Consent method</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes on the consent</source>
        <translation>Notes on the consent</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This case</source>
        <translation>This case</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your input is kept on top of the latest version. Check it and save: it then replaces what the other person saved.</source>
        <translation>Your input is kept on top of the latest version. Check it and save: it then replaces what the other person saved.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The latest version is shown. Your input was copied to the clipboard: paste what you still need.</source>
        <translation>The latest version is shown. Your input was copied to the clipboard: paste what you still need.</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryDialog</name>
    <message>
        <location line="+18"/>
        <source>Consent history</source>
        <translation>Consent history</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No consent has been recorded for this case yet.</source>
        <translation>No consent has been recorded for this case yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded by {name}</source>
        <translation>Recorded by {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/crash.py" line="+147"/>
        <source>WelfareDesk - Error</source>
        <translation>WelfareDesk - Error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unexpected error occurred in the program. Saved records are safe. If the same problem happens again, please tell the system administrator.</source>
        <translation>An unexpected error occurred in the program. Saved records are safe. If the same problem happens again, please tell the system administrator.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An error report (without personal information) was saved here:
{path}</source>
        <translation>An error report (without personal information) was saved here:
{path}</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../welfaredesk/gui/dashboard_tab.py" line="+86"/>
        <source>MMMM d (ddd)</source>
        <translation>MMMM d (ddd)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a bar, or double-click a number in a table, to open the list of those cases.</source>
        <translation>Click a bar, or double-click a number in a table, to open the list of those cases.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open cases by stage</source>
        <translation>Open cases by stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent of the person (open cases)</source>
        <translation>Consent of the person (open cases)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New consultations per month</source>
        <translation>New consultations per month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases per lead worker</source>
        <translation>Open cases per lead worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complex needs (open cases)</source>
        <translation>Complex needs (open cases)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past their due date (open cases)</source>
        <translation>Past their due date (open cases)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals made this fiscal year, by status</source>
        <translation>Referrals made this fiscal year, by status</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only the first row opens a case list; the others count the overdue tasks of all cases (referral confirmations, monitoring, plan reviews).</source>
        <translation>Only the first row opens a case list; the others count the overdue tasks of all cases (referral confirmations, monitoring, plan reviews).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list shows every case with a referral in that status, including referrals of earlier years.</source>
        <translation>The list shows every case with a referral in that status, including referrals of earlier years.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>As of {date} ({year})</source>
        <translation>As of {date} ({year})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open cases: {open}&#x3000;Closed this fiscal year: {closed}</source>
        <translation>Open cases: {open}&#x3000;Closed this fiscal year: {closed}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next holiday consultation window: {day}</source>
        <translation>Next holiday consultation window: {day}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Month opened</source>
        <translation>Month opened</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breakdown</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count of cases</source>
        <translation>Count of cases</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This row has no case list.</source>
        <translation>This row has no case list.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Year total</source>
        <translation>Year total</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../welfaredesk/gui/idle_lock.py" line="+302"/>
        <source>The login failed. Enter the password again.</source>
        <translation>The login failed. Enter the password again.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/intake_dialog.py" line="+189"/>
        <location line="+6"/>
        <location line="+3"/>
        <location line="+71"/>
        <location line="+12"/>
        <location line="+3"/>
        <location line="+80"/>
        <location line="+42"/>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Age {age}</source>
        <translation>Age {age}</translation>
    </message>
    <message>
        <location line="+310"/>
        <source>Unsaved intake</source>
        <translation>Unsaved intake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is input that was not saved. Restore it?</source>
        <translation>There is input that was not saved. Restore it?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{name} ({kana})</source>
        <translation>{name} ({kana})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Born {date} (age {age})</source>
        <translation>Born {date} (age {age})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone {phone}</source>
        <translation>Phone {phone}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open cases: {numbers}</source>
        <translation>Open cases: {numbers}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open case</source>
        <translation>No open case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches: {reasons}</source>
        <translation>Matches: {reasons}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Registering for an existing person: {name} ({numbers})</source>
        <translation>Registering for an existing person: {name} ({numbers})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registering for an existing person: {name} (no open case; a new case is opened)</source>
        <translation>Registering for an existing person: {name} (no open case; a new case is opened)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Close the intake</source>
        <translation>Close the intake</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The intake is not saved. Close it? What you typed is kept as a draft and offered again next time.</source>
        <translation>The intake is not saved. Close it? What you typed is kept as a draft and offered again next time.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="+14"/>
        <source>New consultation intake</source>
        <translation>New consultation intake</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancel &amp;link</source>
        <translation>Cancel &amp;link</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date &amp;received</source>
        <translation>Date &amp;received</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. R8.4.1</source>
        <translation>e.g. R8.4.1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. 10:30</source>
        <translation>e.g. 10:30</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recei&amp;ved by</source>
        <translation>Recei&amp;ved by</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Consu&amp;lter</source>
        <translation>Consu&amp;lter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Consulter&apos;s name</source>
        <translation>Consulter&apos;s name</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Relation to client</source>
        <translation>Relation to client</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Consulter&apos;s contact</source>
        <translation>Consulter&apos;s contact</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Referred &amp;by</source>
        <translation>Referred &amp;by</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agency or person that referred the client to the desk, if any.</source>
        <translation>The agency or person that referred the client to the desk, if any.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Family name</source>
        <translation>&amp;Family name</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Given name</source>
        <translation>&amp;Given name</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Se&amp;x</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+170"/>
        <source>Furigana (family)</source>
        <translation>Furigana (family)</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+158"/>
        <source>Furigana (given)</source>
        <translation>Furigana (given)</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Date of &amp;birth</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. S19.5.3</source>
        <translation>e.g. S19.5.3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. 03-1234-5678</source>
        <translation>e.g. 03-1234-5678</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;ddress</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ar&amp;ea</source>
        <translation>Ar&amp;ea</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Household members</source>
        <translation>Household members</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lives together</source>
        <translation>Lives together</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add member</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;move member</source>
        <translation>Re&amp;move member</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Situation: separate several with commas (e.g. 要介護、認知症).</source>
        <translation>Situation: separate several with commas (e.g. 要介護、認知症).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Presenting &amp;concern</source>
        <translation>Presenting &amp;concern</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Issues</source>
        <translation>&amp;Issues</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Most pressing (◎)</source>
        <translation>Most pressing (◎)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suspected complex needs</source>
        <translation>Suspected complex needs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Economic hardship</source>
        <translation>Economic hardship</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Did not know where to consult</source>
        <translation>Did not know where to consult</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Consent and first response</source>
        <translation>Consent and first response</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Co&amp;nsent</source>
        <translation>Co&amp;nsent</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shared &amp;with</source>
        <translation>Shared &amp;with</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agencies the client agreed to share information with (check with the space bar).</source>
        <translation>The agencies the client agreed to share information with (check with the space bar).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Coordination meeting</source>
        <translation>Coordination meeting</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other case meetings</source>
        <translation>Other case meetings</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First &amp;response</source>
        <translation>First &amp;response</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Already known?</source>
        <translation>Already known?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People already registered who match the name, furigana, date of birth or phone appear here. Nothing is merged unless you choose.</source>
        <translation>People already registered who match the name, furigana, date of birth or phone appear here. Nothing is merged unless you choose.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Register as this person&apos;s consultation</source>
        <translation>Register as this person&apos;s consultation</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>LedgerImportWizard</name>
    <message>
        <location filename="../../welfaredesk/gui/ledger_import_wizard.py" line="+197"/>
        <source>Import a ledger</source>
        <translation>Import a ledger</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the consultation ledger (an Excel file .xlsx, or a CSV file in UTF-8 or Shift_JIS) to import. The file is only read; nothing is saved until the last step.</source>
        <translation>Choose the consultation ledger (an Excel file .xlsx, or a CSV file in UTF-8 or Shift_JIS) to import. The file is only read; nothing is saved until the last step.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file...</source>
        <translation>&amp;Choose file...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose what each column of the file holds. Recognised headers are already set; columns set to “Do not import” are left out. The reception date and the name are required.</source>
        <translation>Choose what each column of the file holds. Recognised headers are already set; columns set to “Do not import” are left out. The reception date and the name are required.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Problems in the file</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fix these rows in the file and check again, or import only the rows without problems.</source>
        <translation>Fix these rows in the file and check again, or import only the rows without problems.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Co&amp;py the list</source>
        <translation>Co&amp;py the list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People who may already be known</source>
        <translation>People who may already be known</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person on these rows may already have a case. Decide for each row: the same person (a new case for them) or a new person. Nobody is merged without a decision.</source>
        <translation>The person on these rows may already have a case. Decide for each row: the same person (a new case for them) or a new person. Nobody is merged without a decision.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+376"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="-376"/>
        <source>Possible matches</source>
        <translation>Possible matches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import only the rows without problems (rows with problems or without a decision are left out)</source>
        <translation>Import only the rows without problems (rows with problems or without a decision are left out)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What will be imported</source>
        <translation>What will be imported</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Try it first (nothing is saved)</source>
        <translation>&amp;Try it first (nothing is saved)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1. File</source>
        <translation>1. File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Columns</source>
        <translation>2. Columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Check</source>
        <translation>3. Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Import</source>
        <translation>4. Import</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Reading the file...</source>
        <translation>Reading the file...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shift_JIS</source>
        <translation>Shift_JIS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel file</source>
        <translation>Excel file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} ({encoding})</source>
        <translation>{kind} ({encoding})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {kind}. Headers on row {header}, {rows} data rows, {columns} columns ({known} recognised).</source>
        <translation>{file}: {kind}. Headers on row {header}, {rows} data rows, {columns} columns ({known} recognised).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Column of the file</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example {n}</source>
        <translation>Example {n}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Do not import</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Checking every row of the file...</source>
        <translation>Checking every row of the file...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No row of the file can be imported.</source>
        <translation>No row of the file can be imported.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{total} rows: {ready} can be imported, {problems} with problems, {undecided} waiting for a decision, {already} imported before.</source>
        <translation>{total} rows: {ready} can be imported, {problems} with problems, {undecided} waiting for a decision, {already} imported before.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every row is ready.</source>
        <translation>Every row is ready.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({kana}, born {born}): cases {cases} ({reasons})</source>
        <translation>{name} ({kana}, born {born}): cases {cases} ({reasons})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person {id}</source>
        <translation>Person {id}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Same person ({who})</source>
        <translation>Same person ({who})</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Not decided yet</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied {count} problems.</source>
        <translation>Copied {count} problems.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File: {file}</source>
        <translation>File: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows to import: {count} (each becomes a case with a contact slip)</source>
        <translation>Rows to import: {count} (each becomes a case with a contact slip)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of them, new cases for people already known: {count}</source>
        <translation>Of them, new cases for people already known: {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows left out (problems or no decision): {count}</source>
        <translation>Rows left out (problems or no decision): {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows imported before (skipped): {count}</source>
        <translation>Rows imported before (skipped): {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All rows are saved together, or none. Press Import to start, or try it first without saving.</source>
        <translation>All rows are saved together, or none. Press Import to start, or try it first without saving.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Trying the import...</source>
        <translation>Trying the import...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing the rows...</source>
        <translation>Importing the rows...</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was imported: the file has rows with problems or waiting for a decision. Go back to the check.</source>
        <translation>Nothing was imported: the file has rows with problems or waiting for a decision. Go back to the check.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trial run: {count} cases would be created. Nothing was saved; untick the trial to import.</source>
        <translation>Trial run: {count} cases would be created. Nothing was saved; untick the trial to import.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported. {count} cases were created ({numbers}).</source>
        <translation>Imported. {count} cases were created ({numbers}).</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../welfaredesk/gui/idle_lock.py" line="-221"/>
        <source>The screen is locked</source>
        <translation>The screen is locked</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location line="+35"/>
        <source>WelfareDesk - Screen locked</source>
        <translation>WelfareDesk - Screen locked</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The screen is locked</source>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logged in: {name} ({role}, login ID {login})</source>
        <translation>Logged in: {name} ({role}, login ID {login})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter your password to continue.</source>
        <translation>Enter your password to continue.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log in as another user</source>
        <translation>Log in as another user</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking...</source>
        <translation>Checking...</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/login_dialog.py" line="+76"/>
        <source>&amp;Database connection...</source>
        <translation>&amp;Database connection...</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter your login ID.</source>
        <translation>Enter your login ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking...</source>
        <translation>Checking...</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a new password to continue. Log in again when you are ready.</source>
        <translation>Choose a new password to continue. Log in again when you are ready.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The database server cannot be reached. Check that the server is running and that this PC is connected to the network, then try again. If it continues, contact your system administrator.</source>
        <translation>The database server cannot be reached. Check that the server is running and that this PC is connected to the network, then try again. If it continues, contact your system administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="+20"/>
        <source>WelfareDesk - Log in</source>
        <translation>WelfareDesk - Log in</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>General Welfare Consultation Desk</source>
        <translation>General Welfare Consultation Desk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter your login ID and password.</source>
        <translation>Enter your login ID and password.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Login &amp;ID</source>
        <translation>Login &amp;ID</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../welfaredesk/gui/main_window.py" line="+190"/>
        <source>Case records are not shown to the role “{role}”. Log in with a counselor&apos;s or supervisor&apos;s account to work with cases.</source>
        <translation>Case records are not shown to the role “{role}”. Log in with a counselor&apos;s or supervisor&apos;s account to work with cases.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Approvals and confirmations</source>
        <translation>Approvals and confirmations</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search &amp;everything</source>
        <translation>Search &amp;everything</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>User: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Only a system administrator can make backups.</source>
        <translation>Only a system administrator can make backups.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a ledger...</source>
        <translation>&amp;Import a ledger...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Statistics and reports...</source>
        <translation>&amp;Statistics and reports...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Database connection...</source>
        <translation>&amp;Database connection...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a system administrator can change the database connection.</source>
        <translation>Only a system administrator can change the database connection.</translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <location line="+32"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case(s)</numerusform>
            <numerusform>%n case(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No case matches the search. Check the spelling or clear the filters.</source>
        <translation>No case matches the search. Check the spelling or clear the filters.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {location} ({count} cases)</source>
        <translation>Database: {location} ({count} cases)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unsaved intake</source>
        <translation>Unsaved intake</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An intake you were writing was not saved (last autosave {when}). Open it now to continue?</source>
        <translation>An intake you were writing was not saved (last autosave {when}). Open it now to continue?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsaved assessment</source>
        <translation>Unsaved assessment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An assessment you were writing was not saved (last autosave {when}). Open the case now to continue?</source>
        <translation>An assessment you were writing was not saved (last autosave {when}). Open the case now to continue?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Your password was changed ({name}).</source>
        <translation>Your password was changed ({name}).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="+14"/>
        <source>WelfareDesk - General Welfare Consultation Desk</source>
        <translation>WelfareDesk - General Welfare Consultation Desk</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Case list</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Case number, name, kana or phone number</source>
        <translation>Case number, name, kana or phone number</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;tage</source>
        <translation>S&amp;tage</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Exclude closed</source>
        <translation>&amp;Exclude closed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;My cases only</source>
        <translation>&amp;My cases only</translation>
    </message>
    <message>
        <location filename="../../welfaredesk/gui/application.py" line="+474"/>
        <location filename="../../ui/main_window.ui" line="+80"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="+14"/>
        <source>&amp;Consultation</source>
        <translation>&amp;Consultation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change &amp;password...</source>
        <translation>Change &amp;password...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lock screen</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Settings...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;User administration...</source>
        <translation>&amp;User administration...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit &amp;trail...</source>
        <translation>Audit &amp;trail...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Backup...</source>
        <translation>&amp;Backup...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New consultation intake...</source>
        <translation>&amp;New consultation intake...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Agency directory...</source>
        <translation>&amp;Agency directory...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Meetings...</source>
        <translation>&amp;Meetings...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find case</source>
        <translation>&amp;Find case</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close case tab</source>
        <translation>&amp;Close case tab</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About WelfareDesk</source>
        <translation>&amp;About WelfareDesk</translation>
    </message>
</context>
<context>
    <name>MeetingsDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/meetings.py" line="-1017"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+148"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+72"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+52"/>
        <location line="+99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New meeting</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda and decisions</source>
        <translation>Agenda and decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+824"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="-821"/>
        <source>Print &amp;agenda...</source>
        <translation>Print &amp;agenda...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print attendance &amp;list...</source>
        <translation>Print attendance &amp;list...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print minu&amp;tes...</source>
        <translation>Print minu&amp;tes...</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. 2025-06-10</source>
        <translation>e.g. 2025-06-10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 14:00</source>
        <translation>e.g. 14:00</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Regular meeting (not ad hoc)</source>
        <translation>Regular meeting (not ad hoc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save meeting</source>
        <translation>&amp;Save meeting</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule the &amp;following months</source>
        <translation>Schedule the &amp;following months</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedules this regular meeting on the same weekday of each following month (e.g. every third Tuesday); months that already have one are skipped.</source>
        <translation>Schedules this regular meeting on the same weekday of each following month (e.g. every third Tuesday); months that already have one are skipped.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meeting type</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark &amp;present</source>
        <translation>Mark &amp;present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a&amp;bsent</source>
        <translation>Mark a&amp;bsent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Remove from the list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add an attendee</source>
        <translation>Add an attendee</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add staff</source>
        <translation>Add staff</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Person&apos;s name</source>
        <translation>Person&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add agency</source>
        <translation>Add agency</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name and affiliation</source>
        <translation>Name and affiliation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add guest</source>
        <translation>Add guest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Case number, e.g. R7-00012</source>
        <translation>Case number, e.g. R7-00012</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to the a&amp;genda</source>
        <translation>Add to the a&amp;genda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+37"/>
        <source>Meeting decision</source>
        <translation>Meeting decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision note</source>
        <translation>Decision note</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+447"/>
        <source>{n} cases, {d} decided</source>
        <translation>{n} cases, {d} decided</translation>
    </message>
    <message>
        <location line="-584"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve from the agenda</source>
        <translation>Remo&amp;ve from the agenda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decision on the chosen case</source>
        <translation>Decision on the chosen case</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What was decided: roles, next review</source>
        <translation>What was decided: roles, next review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;cord decision</source>
        <translation>Re&amp;cord decision</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The record of the meeting: what was discussed and agreed</source>
        <translation>The record of the meeting: what was discussed and agreed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the &amp;minutes</source>
        <translation>Save the &amp;minutes</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Choose a meeting from the list</source>
        <translation>Choose a meeting from the list</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Support coordination meeting: only cases with the person&apos;s recorded consent.</source>
        <translation>Support coordination meeting: only cases with the person&apos;s recorded consent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support meeting (Article 9): cases without consent, for sharing information between agencies. Members must keep what they learn confidential.</source>
        <translation>Support meeting (Article 9): cases without consent, for sharing information between agencies. Members must keep what they learn confidential.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network promotion meeting: no individual cases; its papers print aggregate numbers only.</source>
        <translation>Network promotion meeting: no individual cases; its papers print aggregate numbers only.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other meeting.</source>
        <translation>Other meeting.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legal basis: {basis}. Members must not disclose what they learn.</source>
        <translation>Legal basis: {basis}. Members must not disclose what they learn.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Decisions can be recorded once the meeting has been held (or its day has come).</source>
        <translation>Decisions can be recorded once the meeting has been held (or its day has come).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a case on the agenda to record the meeting&apos;s decision.</source>
        <translation>Choose a case on the agenda to record the meeting&apos;s decision.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may not see this case.</source>
        <translation>You may not see this case.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision recorded: {decision}. Only its note can be changed.</source>
        <translation>Decision recorded: {decision}. Only its note can be changed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The meeting was saved.</source>
        <translation>The meeting was saved.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} meetings were scheduled.</source>
        <translation>{count} meetings were scheduled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every month already has this meeting; nothing was added.</source>
        <translation>Every month already has this meeting; nothing was added.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The minutes were saved.</source>
        <translation>The minutes were saved.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The case was added to the agenda.</source>
        <translation>The case was added to the agenda.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The decision was recorded.</source>
        <translation>The decision was recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: {status}.</source>
        <translation>Plan: {status}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case: {stage}.</source>
        <translation>Case: {stage}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The case was taken off the agenda.</source>
        <translation>The case was taken off the agenda.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The attendee was added.</source>
        <translation>The attendee was added.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance list</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparing the document...</source>
        <translation>Preparing the document...</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../welfaredesk/gui/ops.py" line="+367"/>
        <source>WelfareDesk</source>
        <translation>WelfareDesk</translation>
    </message>
    <message>
        <location filename="../../welfaredesk/gui/widgets/messages.py" line="+62"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue editing</source>
        <translation>Continue editing</translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message>
        <location filename="../../welfaredesk/gui/monitoring_tab.py" line="+145"/>
        <source>This case is closed. Its reviews can be viewed, but not recorded. Reopen the case on the Closure tab to record more.</source>
        <translation>This case is closed. Its reviews can be viewed, but not recorded. Reopen the case on the Closure tab to record more.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Support plan in force</source>
        <translation>Support plan in force</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+222"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>How often</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Next monitoring review</source>
        <translation>Next monitoring review</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review &amp;date</source>
        <translation>Review &amp;date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Schedule the review</source>
        <translation>&amp;Schedule the review</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record the review</source>
        <translation>&amp;Record the review</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reviews recorded</source>
        <translation>Reviews recorded</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+160"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+159"/>
        <source>Reviewed by</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>No support plan is in force. Reviews are made of a plan decided at a coordination meeting.</source>
        <translation>No support plan is in force. Reviews are made of a plan decided at a coordination meeting.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan no. {number} ({status}), decided {date}</source>
        <translation>Plan no. {number} ({status}), decided {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overall goal: {goal}</source>
        <translation>Overall goal: {goal}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No review is scheduled.</source>
        <translation>No review is scheduled.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The review due on {date} is overdue.</source>
        <translation>The review due on {date} is overdue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review due on {date}.</source>
        <translation>Review due on {date}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No review has been recorded yet.</source>
        <translation>No review has been recorded yet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reviewed on</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery by the agencies</source>
        <translation>Delivery by the agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice given</source>
        <translation>Advice given</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evaluation of the plan items</source>
        <translation>Evaluation of the plan items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievement</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The review was scheduled for {date}.</source>
        <translation>The review was scheduled for {date}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The review was recorded. The next review is on {date}.</source>
        <translation>The review was recorded. The next review is on {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The review was recorded. The plan is under review and the case is back at “{stage}”: write a revised plan for the next coordination meeting.</source>
        <translation>The review was recorded. The plan is under review and the case is back at “{stage}”: write a revised plan for the next coordination meeting.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The review was recorded and the plan has ended. The case is not closed yet: write the closure on the Closure tab.</source>
        <translation>The review was recorded and the plan has ended. The case is not closed yet: write the closure on the Closure tab.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/application.py" line="+244"/>
        <source>This progress note</source>
        <translation>This progress note</translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/note_dialog.py" line="-517"/>
        <source>Edit progress note</source>
        <translation>Edit progress note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New progress note</source>
        <translation>New progress note</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The note you were writing was not saved; it has been restored. Check it and save.</source>
        <translation>The note you were writing was not saved; it has been restored. Check it and save.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>e.g. 2025-06-10</source>
        <translation>e.g. 2025-06-10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 10:30</source>
        <translation>e.g. 10:30</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ime</source>
        <translation>T&amp;ime</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minu&amp;tes</source>
        <translation>Minu&amp;tes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;utreach</source>
        <translation>O&amp;utreach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Method</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>St&amp;aff</source>
        <translation>St&amp;aff</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;On</source>
        <translation>&amp;On</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Inserts the chosen template or stock phrase at the cursor.</source>
        <translation>Inserts the chosen template or stock phrase at the cursor.</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes spent</source>
        <translation>Minutes spent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action date</source>
        <translation>Next action date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a supervisor to confirm</source>
        <translation>Ask a supervisor to confirm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Tem&amp;plate</source>
        <translation>Tem&amp;plate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Content</source>
        <translation>&amp;Content</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. visit together with the care centre</source>
        <translation>e.g. visit together with the care centre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Next action</source>
        <translation>&amp;Next action</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As&amp;k a supervisor to confirm this note</source>
        <translation>As&amp;k a supervisor to confirm this note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+Enter saves.</source>
        <translation>Ctrl+Enter saves.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(insert a template or stock phrase)</source>
        <translation>(insert a template or stock phrase)</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This progress note</source>
        <translation>This progress note</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your input is kept on top of the latest version. Check it and save: it then replaces what the other person saved.</source>
        <translation>Your input is kept on top of the latest version. Check it and save: it then replaces what the other person saved.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The latest version is shown. Your input was copied to the clipboard: paste what you still need.</source>
        <translation>The latest version is shown. Your input was copied to the clipboard: paste what you still need.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Discard the note?</source>
        <translation>Discard the note?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note you are writing is not saved. Discard what you typed? To keep it, choose Continue and save.</source>
        <translation>The note you are writing is not saved. Discard what you typed? To keep it, choose Continue and save.</translation>
    </message>
</context>
<context>
    <name>NoteTemplateDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/note_templates.py" line="+64"/>
        <source>Note templates and stock phrases</source>
        <translation>Note templates and stock phrases</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+64"/>
        <source>Every method</source>
        <translation>Every method</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>&amp;Method</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Order</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active (offered in the note editor)</source>
        <translation>&amp;Active (offered in the note editor)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not offered</source>
        <translation>Not offered</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../welfaredesk/gui/notes_tab.py" line="+129"/>
        <source>&amp;New note</source>
        <translation>&amp;New note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Con&amp;firm...</source>
        <translation>Con&amp;firm...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print progress record</source>
        <translation>&amp;Print progress record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Templates...</source>
        <translation>&amp;Templates...</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All methods</source>
        <translation>All methods</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All staff</source>
        <translation>All staff</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from (date)</source>
        <translation>from (date)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to (date)</source>
        <translation>to (date)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words in the notes</source>
        <translation>Words in the notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;waiting confirmation</source>
        <translation>A&amp;waiting confirmation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show &amp;more</source>
        <translation>Show &amp;more</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A note you were writing on this case was not saved. Choose New note to continue it.</source>
        <translation>A note you were writing on this case was not saved. Choose New note to continue it.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No progress notes match.</source>
        <translation>No progress notes match.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {total} notes, newest first</source>
        <translation>{shown} of {total} notes, newest first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{total} notes, newest first</source>
        <translation>{total} notes, newest first</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[Awaiting confirmation]</source>
        <translation>[Awaiting confirmation]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: {action}</source>
        <translation>Next: {action}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed by {name} on {date}</source>
        <translation>Confirmed by {name} on {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment: {comment}</source>
        <translation>Comment: {comment}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The case is closed; reopen it to record progress notes.</source>
        <translation>The case is closed; reopen it to record progress notes.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The note was saved.</source>
        <translation>The note was saved.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The note was confirmed.</source>
        <translation>The note was confirmed.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Preparing the progress record...</source>
        <translation>Preparing the progress record...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress record {number}</source>
        <translation>Progress record {number}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/pdf_preview.py" line="+73"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print...</source>
        <translation>Print...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF...</source>
        <translation>Save as PDF...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The PDF could not be shown.</source>
        <translation>The PDF could not be shown.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {page} of {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sent {count} page(s) to the printer.</source>
        <translation>Sent {count} page(s) to the printer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file could not be saved: {reason}</source>
        <translation>The file could not be saved: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved to {path}.</source>
        <translation>Saved to {path}.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../welfaredesk/gui/plan_tab.py" line="-1244"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New version</source>
        <translation>&amp;New version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;bmit to the meeting</source>
        <translation>Su&amp;bmit to the meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdraw the submission</source>
        <translation>&amp;Withdraw the submission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the p&amp;lan</source>
        <translation>End the p&amp;lan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the client&apos;s c&amp;onfirmation</source>
        <translation>Record the client&apos;s c&amp;onfirmation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mpare versions</source>
        <translation>Co&amp;mpare versions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print plan</source>
        <translation>&amp;Print plan</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>In the person&apos;s own words</source>
        <translation>In the person&apos;s own words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client&apos;s wishes</source>
        <translation>&amp;Client&apos;s wishes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;verall goal</source>
        <translation>O&amp;verall goal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;hort-term goals</source>
        <translation>S&amp;hort-term goals</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+246"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="-245"/>
        <location line="+246"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="-245"/>
        <location line="+37"/>
        <location line="+201"/>
        <location line="+8"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person in charge</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+245"/>
        <source>Frequency and period</source>
        <translation>Frequency and period</translation>
    </message>
    <message>
        <location line="-244"/>
        <location line="+245"/>
        <source>Funding programme</source>
        <translation>Funding programme</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>&amp;Add row</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove row</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. 2025-10-01</source>
        <translation>e.g. 2025-10-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next rev&amp;iew</source>
        <translation>Next rev&amp;iew</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Version {number}  {status}</source>
        <translation>Version {number}  {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decided {date}</source>
        <translation>Decided {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created {date}</source>
        <translation>Created {date}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No support plan has been made for this case yet.</source>
        <translation>No support plan has been made for this case yet.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The case is closed; reopen it to change the plan.</source>
        <translation>The case is closed; reopen it to change the plan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A draft or a submitted version exists; only one can be in progress.</source>
        <translation>A draft or a submitted version exists; only one can be in progress.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coordinators and supervisors submit plans to the meeting.</source>
        <translation>Coordinators and supervisors submit plans to the meeting.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support plan version {number} ({status})</source>
        <translation>Support plan version {number} ({status})</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+366"/>
        <source>Client&apos;s wishes</source>
        <translation>Client&apos;s wishes</translation>
    </message>
    <message>
        <location line="-355"/>
        <location line="+356"/>
        <source>Overall goal</source>
        <translation>Overall goal</translation>
    </message>
    <message>
        <location line="-355"/>
        <location line="+356"/>
        <source>Short-term goals</source>
        <translation>Short-term goals</translation>
    </message>
    <message>
        <location line="-355"/>
        <location line="+356"/>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location line="-355"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by the client</source>
        <translation>Confirmed by the client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revises</source>
        <translation>Revises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No rows yet.</source>
        <translation>No rows yet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In charge</source>
        <translation>In charge</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Editing version {number} (draft)</source>
        <translation>Editing version {number} (draft)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The plan you were writing was not saved; it has been restored. Check it and save.</source>
        <translation>The plan you were writing was not saved; it has been restored. Check it and save.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The plan was saved.</source>
        <translation>The plan was saved.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Plan rows</source>
        <translation>Plan rows</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Support plan version {number}</source>
        <translation>Support plan version {number}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your input is kept on top of the latest version. Check it and save: it then replaces what the other person saved.</source>
        <translation>Your input is kept on top of the latest version. Check it and save: it then replaces what the other person saved.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The latest version is shown. Your input was copied to the clipboard: paste what you still need.</source>
        <translation>The latest version is shown. Your input was copied to the clipboard: paste what you still need.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Discard the changes?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The changes to the plan are not saved. Discard what you typed? To keep it, choose Continue editing and save.</source>
        <translation>The changes to the plan are not saved. Discard what you typed? To keep it, choose Continue editing and save.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Submit the plan to the meeting?</source>
        <translation>Submit the plan to the meeting?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {number} goes to the coordination meeting and can no longer be edited (unless the submission is withdrawn).</source>
        <translation>Version {number} goes to the coordination meeting and can no longer be edited (unless the submission is withdrawn).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Withdraw the submission?</source>
        <translation>Withdraw the submission?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {number} is taken off the meeting and becomes a draft again; the case goes back to plan drafting.</source>
        <translation>Version {number} is taken off the meeting and becomes a draft again; the case goes back to plan drafting.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End the plan?</source>
        <translation>End the plan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {number} is ended. An ended plan cannot be changed again.</source>
        <translation>Version {number} is ended. An ended plan cannot be changed again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the plan</source>
        <translation>End the plan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Do not change</source>
        <translation>Do not change</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Version {number} is now “{status}”.</source>
        <translation>Version {number} is now “{status}”.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Preparing the support plan...</source>
        <translation>Preparing the support plan...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Support plan {number} version {plan}</source>
        <translation>Support plan {number} version {plan}</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/reassign_dialog.py" line="+50"/>
        <source>Change the lead worker</source>
        <translation>Change the lead worker</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The %n selected case(s) get a new lead worker. Each change is recorded in the audit trail.</source>
        <translation>
            <numerusform>The %n selected case(s) get a new lead worker. Each change is recorded in the audit trail.</numerusform>
            <numerusform>The %n selected case(s) get a new lead worker. Each change is recorded in the audit trail.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a staff member</source>
        <translation>Choose a staff member</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;lead worker</source>
        <translation>New &amp;lead worker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needed when a complex case gets a lead who is not a coordinator</source>
        <translation>Needed when a complex case gets a lead who is not a coordinator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New lead worker: choose a staff member from the list.</source>
        <translation>New lead worker: choose a staff member from the list.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/referral_tab.py" line="+897"/>
        <source>Edit referral</source>
        <translation>Edit referral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a referral</source>
        <translation>Record a referral</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issues of this case</source>
        <translation>Issues of this case</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search by agency name or section</source>
        <translation>Search by agency name or section</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issues</source>
        <translation>Issues</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Who is referred: the client or a member of the household.</source>
        <translation>Who is referred: the client or a member of the household.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Person referred</source>
        <translation>&amp;Person referred</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 2025-06-10</source>
        <translation>e.g. 2025-06-10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned &amp;date</source>
        <translation>Planned &amp;date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Method</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accompanying s&amp;taff</source>
        <translation>Accompanying s&amp;taff</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact at the a&amp;gency</source>
        <translation>Contact at the a&amp;gency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason and request</source>
        <translation>&amp;Reason and request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Handed over</source>
        <translation>&amp;Handed over</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Information shared</source>
        <translation>Information shared</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Basis for sharing</source>
        <translation>&amp;Basis for sharing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which support meeting decided it (date)</source>
        <translation>Which support meeting decided it (date)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support meeti&amp;ng</source>
        <translation>Support meeti&amp;ng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: {days} days after the planned date</source>
        <translation>Empty: {days} days after the planned date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;onfirm by</source>
        <translation>C&amp;onfirm by</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Consented</source>
        <translation>Consented</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose the agency from the list.</source>
        <translation>Choose the agency from the list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Referred to: {agency}</source>
        <translation>Referred to: {agency}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This agency is outside the person&apos;s consent. Update the consent, or record the sharing under a support meeting.</source>
        <translation>This agency is outside the person&apos;s consent. Update the consent, or record the sharing under a support meeting.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{item} (outside the consent)</source>
        <translation>{item} (outside the consent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person has not agreed to share this.</source>
        <translation>The person has not agreed to share this.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
</context>
<context>
    <name>ReferralTab</name>
    <message>
        <location line="-1015"/>
        <source>This case is closed. Its referrals and consent can be viewed and printed, but not changed. Reopen the case to record more.</source>
        <translation>This case is closed. Its referrals and consent can be viewed and printed, but not changed. Reopen the case to record more.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send &amp;back</source>
        <translation>Send &amp;back</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+292"/>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location line="-291"/>
        <location line="+294"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="-293"/>
        <location line="+300"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-299"/>
        <location line="+301"/>
        <source>Confirm by</source>
        <translation>Confirm by</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Record a referral</source>
        <translation>&amp;Record a referral</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit referral</source>
        <translation>&amp;Edit referral</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;status</source>
        <translation>Change &amp;status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print referral sheet</source>
        <translation>&amp;Print referral sheet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Consent to share information</source>
        <translation>Consent to share information</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{count} referrals are past their confirmation date: check that the person was taken on.</source>
        <translation>{count} referrals are past their confirmation date: check that the person was taken on.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{closure} is waiting for the chief counselor&apos;s approval.</source>
        <translation>{closure} is waiting for the chief counselor&apos;s approval.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (requested by {name})</source>
        <translation> (requested by {name})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{closure} was sent back. Reason: {reason}</source>
        <translation>{closure} was sent back. Reason: {reason}</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Record or change c&amp;onsent</source>
        <translation>Record or change c&amp;onsent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent histor&amp;y</source>
        <translation>Consent histor&amp;y</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>{closure} was approved (closed on {date}).</source>
        <translation>{closure} was approved (closed on {date}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The closure ({reason})</source>
        <translation>The closure ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{date} (overdue)</source>
        <translation>{date} (overdue)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+73"/>
        <source>The confirmation is overdue.</source>
        <translation>The confirmation is overdue.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>No referral has been recorded for this case yet.</source>
        <translation>No referral has been recorded for this case yet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{status} (reason: {reason})</source>
        <translation>{status} (reason: {reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person referred</source>
        <translation>Person referred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned date</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accompanying staff</source>
        <translation>Accompanying staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason and request</source>
        <translation>Reason and request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information shared</source>
        <translation>Information shared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis for sharing</source>
        <translation>Basis for sharing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date referred</source>
        <translation>Date referred</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed on</source>
        <translation>Confirmed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome confirmed</source>
        <translation>Outcome confirmed</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The consent was recorded.</source>
        <translation>The consent was recorded.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The referral to {agency} was saved ({status}).</source>
        <translation>The referral to {agency} was saved ({status}).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The referral to {agency} is now “{status}”.</source>
        <translation>The referral to {agency} is now “{status}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handover to {agency} is complete.</source>
        <translation>The handover to {agency} is complete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case was closed.</source>
        <translation>The case was closed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The closure is waiting for the chief counselor&apos;s approval.</source>
        <translation>The closure is waiting for the chief counselor&apos;s approval.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case stays open for these reasons:</source>
        <translation>The case stays open for these reasons:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case stays open.</source>
        <translation>The case stays open.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The closure was approved. The case is closed.</source>
        <translation>The closure was approved. The case is closed.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The closure was sent back. The case stays open.</source>
        <translation>The closure was sent back. The case stays open.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preparing the referral sheet...</source>
        <translation>Preparing the referral sheet...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Referral sheet {number} {agency}</source>
        <translation>Referral sheet {number} {agency}</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/closure_tab.py" line="+44"/>
        <source>Reopen the case</source>
        <translation>Reopen the case</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The case goes back to “{stage}”. The closure stays in the history.</source>
        <translation>The case goes back to “{stage}”. The closure stays in the history.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reason for reopening</source>
        <translation>&amp;Reason for reopening</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/report_dialog.py" line="+111"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Hidden: a small count could single out a person.</source>
        <translation>Hidden: a small count could single out a person.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Statistics and reports</source>
        <translation>Statistics and reports</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tables and charts</source>
        <translation>Tables and charts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft of the annual results</source>
        <translation>Draft of the annual results</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What to count</source>
        <translation>What to count</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fiscal year</source>
        <translation>&amp;Fiscal year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date range</source>
        <translation>&amp;Date range</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>e.g. R7.4.1</source>
        <translation>e.g. R7.4.1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hide counts below:</source>
        <translation>Hide counts below:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (hidden below this count)</source>
        <translation> (hidden below this count)</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Measure (policy)</source>
        <translation>Measure (policy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programme results</source>
        <translation>Programme results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-evaluation (A to D)</source>
        <translation>Self-evaluation (A to D)</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Counting the figures...</source>
        <translation>Counting the figures...</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+59"/>
        <source>Saving the file...</source>
        <translation>Saving the file...</translation>
    </message>
    <message>
        <location line="-472"/>
        <source>For submission outside the desk (hide small counts)</source>
        <translation>For submission outside the desk (hide small counts)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Count</source>
        <translation>&amp;Count</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This draft is not saved. Export it to Excel, then edit it there.</source>
        <translation>This draft is not saved. Export it to Excel, then edit it there.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Press Count above; the year&apos;s figures are written here as a first draft.</source>
        <translation>Press Count above; the year&apos;s figures are written here as a first draft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the &amp;figures again</source>
        <translation>Write the &amp;figures again</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not decided)</source>
        <translation>(not decided)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Programme or activity</source>
        <translation>Programme or activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department in charge</source>
        <translation>Department in charge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plans and outlook</source>
        <translation>Plans and outlook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the draft to E&amp;xcel...</source>
        <translation>Export the draft to E&amp;xcel...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export to &amp;Excel...</source>
        <translation>Export to &amp;Excel...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to CS&amp;V...</source>
        <translation>Export to CS&amp;V...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to &amp;PDF...</source>
        <translation>Export to &amp;PDF...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Counted: {count} tables.</source>
        <translation>Counted: {count} tables.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a fiscal year or a date range, then press Count.</source>
        <translation>Choose a fiscal year or a date range, then press Count.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} (period: {period}, cases counted: {scope})</source>
        <translation>{title} (period: {period}, cases counted: {scope})</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>RestrictionEditor</name>
    <message>
        <location filename="../../welfaredesk/gui/access_dialog.py" line="+91"/>
        <source>Lift the restriction</source>
        <translation>Lift the restriction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restrict the case</source>
        <translation>Restrict the case</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone in the role&apos;s scope will see the case again; named staff outside it will no longer see it. Why is it lifted?</source>
        <translation>Everyone in the role&apos;s scope will see the case again; named staff outside it will no longer see it. Why is it lifted?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the staff you check can see the case; you are named automatically. Supervisors who are not named cannot see it either.</source>
        <translation>Only the staff you check can see the case; you are named automatically. Supervisors who are not named cannot see it either.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restrict</source>
        <translation>Restrict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff who may see the case</source>
        <translation>Staff who may see the case</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/monitoring_tab.py" line="+34"/>
        <source>Record the monitoring review</source>
        <translation>Record the monitoring review</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review due on {date} of plan no. {number}</source>
        <translation>Review due on {date} of plan no. {number}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Review &amp;date</source>
        <translation>Review &amp;date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluation of each plan item (all required)</source>
        <translation>Evaluation of each plan item (all required)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How it went</source>
        <translation>How it went</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delivery by the &amp;agencies</source>
        <translation>Delivery by the &amp;agencies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advice &amp;given</source>
        <translation>Advice &amp;given</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vise the plan</source>
        <translation>Re&amp;vise the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End the support</source>
        <translation>&amp;End the support</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Next review (required to continue)</source>
        <translation>&amp;Next review (required to continue)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose what happens next.</source>
        <translation>Choose what happens next.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan continues as it is. The next review is scheduled at the date given, which becomes the case&apos;s next due date.</source>
        <translation>The plan continues as it is. The next review is scheduled at the date given, which becomes the case&apos;s next due date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan is put under review and the case goes back to “Support plan draft”: write a revised plan and submit it to the next coordination meeting.</source>
        <translation>The plan is put under review and the case goes back to “Support plan draft”: write a revised plan and submit it to the next coordination meeting.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan ends. The case stays open until the closure (reason and, where required, the chief counselor&apos;s approval) is written on the Closure tab.</source>
        <translation>The plan ends. The case stays open until the closure (reason and, where required, the chief counselor&apos;s approval) is written on the Closure tab.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <location filename="../../welfaredesk/gui/application.py" line="-149"/>
        <source>Demo user: demo / password: ********</source>
        <translation>Demo user: demo / password: ********</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <location filename="../../welfaredesk/gui/search_tab.py" line="+309"/>
        <source>Case no., name, kana, phone number, or words in concerns and notes</source>
        <translation>Case no., name, kana, phone number, or words in concerns and notes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client of the case</source>
        <translation>Client of the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found record</source>
        <translation>Found record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching text</source>
        <translation>Matching text</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Names match in any form: old or variant kanji, hiragana, katakana, half width.</source>
        <translation>Names match in any form: old or variant kanji, hiragana, katakana, half width.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Type a case number such as R7-12, a name in kanji or kana, a phone number, or words from a concern or a progress note to search.</source>
        <translation>Type a case number such as R7-12, a name in kanji or kana, a phone number, or words from a concern or a progress note to search.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case numbers</source>
        <translation>Case numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People by name or kana</source>
        <translation>People by name or kana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People by phone number</source>
        <translation>People by phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns on contact slips</source>
        <translation>Concerns on contact slips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress notes</source>
        <translation>Progress notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first {count}</source>
        <translation>first {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} hits</source>
        <translation>{count} hits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No phone number, concern or note matches these digits.</source>
        <translation>No phone number, concern or note matches these digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found. Try fewer words, or type the name starting with the family name, in kanji or kana.</source>
        <translation>Nothing found. Try fewer words, or type the name starting with the family name, in kanji or kana.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Only the newest hits of each kind are shown. Add words to narrow the search.</source>
        <translation>Only the newest hits of each kind are shown. Add words to narrow the search.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No case has this case number (or you may not see it).</source>
        <translation>No case has this case number (or you may not see it).</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/referral_tab.py" line="+705"/>
        <source>Send the closure back</source>
        <translation>Send the closure back</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reason for sending it back</source>
        <translation>&amp;Reason for sending it back</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send &amp;back</source>
        <translation>Send &amp;back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/settings_dialog.py" line="+91"/>
        <location line="+523"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="-414"/>
        <source>Standard ({percent}%)</source>
        <translation>Standard ({percent}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger ({percent}%)</source>
        <translation>Larger ({percent}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large ({percent}%)</source>
        <translation>Large ({percent}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra large ({percent}%)</source>
        <translation>Extra large ({percent}%)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A new connection is used from the next start of the program.</source>
        <translation>A new connection is used from the next start of the program.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a system administrator can change the database connection.</source>
        <translation>Only a system administrator can change the database connection.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first</source>
        <translation>first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second</source>
        <translation>second</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>third</source>
        <translation>third</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fourth</source>
        <translation>fourth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fifth</source>
        <translation>fifth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only a supervisor or a system administrator can change these settings.</source>
        <translation>Only a supervisor or a system administrator can change these settings.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> day(s)</source>
        <translation> day(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> backup(s)</source>
        <translation> backup(s)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a system administrator can change these settings.</source>
        <translation>Only a system administrator can change these settings.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When someone logs in and the last automatic backup is older than the interval, a new one is made in this folder; the oldest beyond the number to keep are deleted.</source>
        <translation>When someone logs in and the last automatic backup is older than the interval, a new one is made in this folder; the oldest beyond the number to keep are deleted.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a system administrator can see the backup settings.</source>
        <translation>Only a system administrator can see the backup settings.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>This desk&apos;s database is on a PostgreSQL server: the server&apos;s own scheduled backups apply, and this program makes no automatic backups. The folder is where backups made by hand are suggested.</source>
        <translation>This desk&apos;s database is on a PostgreSQL server: the server&apos;s own scheduled backups apply, and this program makes no automatic backups. The folder is where backups made by hand are suggested.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>No holiday window</source>
        <translation>No holiday window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first open day of each month</source>
        <translation>The first open day of each month</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every month on the {nth} {weekday}</source>
        <translation>Every month on the {nth} {weekday}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The settings were saved. The language and the text size change from the next start of the program.</source>
        <translation>The settings were saved. The language and the text size change from the next start of the program.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings were saved.</source>
        <translation>The settings were saved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The desk holds no holiday consultation window.</source>
        <translation>The desk holds no holiday consultation window.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rule}: no day in the coming months.</source>
        <translation>{rule}: no day in the coming months.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rule}. Next: {days}.</source>
        <translation>{rule}. Next: {days}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The next case: {number} (existing cases keep their numbers)</source>
        <translation>The next case: {number} (existing cases keep their numbers)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Choose a folder that starts with a drive name (or /).</source>
        <translation>Choose a folder that starts with a drive name (or /).</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The changes on the other parts were saved; only this one was not.</source>
        <translation>The changes on the other parts were saved; only this one was not.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Close without saving?</source>
        <translation>Close without saving?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings you changed are not saved. Close without saving them? To keep them, choose Continue editing and save.</source>
        <translation>The settings you changed are not saved. Close without saving them? To keep them, choose Continue editing and save.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="+14"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This PC</source>
        <translation>This PC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Text size:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Text at this size: intake, support plan, referral slip</source>
        <translation>Text at this size: intake, support plan, referral slip</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language and the text size change from the next start of the program.</source>
        <translation>The language and the text size change from the next start of the program.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected to:</source>
        <translation>Connected to:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Change connection...</source>
        <translation>&amp;Change connection...</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Desk &amp;name:</source>
        <translation>Desk &amp;name:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Case numbers</source>
        <translation>Case numbers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Japanese era</source>
        <translation>&amp;Japanese era</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Western year</source>
        <translation>&amp;Western year</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Holiday consultation window</source>
        <translation>Holiday consultation window</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;First open day of each month</source>
        <translation>&amp;First open day of each month</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ever&amp;y month on the</source>
        <translation>Ever&amp;y month on the</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>N&amp;o holiday window</source>
        <translation>N&amp;o holiday window</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>The desk (printed on the forms)</source>
        <translation>The desk (printed on the forms)</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>In a month where that day is a public holiday or in the year-end closure, the desk holds no holiday window.</source>
        <translation>In a month where that day is a public holiday or in the year-end closure, the desk holds no holiday window.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open days are Monday to Friday, except public holidays and the year-end closure (December 29 to January 3).</source>
        <translation>Open days are Monday to Friday, except public holidays and the year-end closure (December 29 to January 3).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Closures that need a supervisor&apos;s approval</source>
        <translation>Closures that need a supervisor&apos;s approval</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A closure for a checked reason waits for a supervisor&apos;s approval; the others are closed at once.</source>
        <translation>A closure for a checked reason waits for a supervisor&apos;s approval; the others are closed at once.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Screen lock</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock the screen after (&amp;minutes):</source>
        <translation>Lock the screen after (&amp;minutes):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The screen locks when the program has not been used for this long, on every PC of the desk.</source>
        <translation>The screen locks when the program has not been used for this long, on every PC of the desk.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fol&amp;der:</source>
        <translation>Fol&amp;der:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Interval:</source>
        <translation>&amp;Interval:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Number to &amp;keep:</source>
        <translation>Number to &amp;keep:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/setup_dialog.py" line="+60"/>
        <source>Login ID: enter a login ID.</source>
        <translation>Login ID: enter a login ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name: enter your name.</source>
        <translation>Name: enter your name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password: enter a password.</source>
        <translation>Password: enter a password.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password (again): the two passwords differ. Type the same password twice.</source>
        <translation>Password (again): the two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating the account...</source>
        <translation>Creating the account...</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="+20"/>
        <source>WelfareDesk - First start</source>
        <translation>WelfareDesk - First start</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Welcome to WelfareDesk</source>
        <translation>Welcome to WelfareDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is the first start: there is no account yet. Create the account of the first system administrator. The administrator adds the staff accounts and manages the settings; case records are not shown to this account.</source>
        <translation>This is the first start: there is no account yet. Create the account of the first system administrator. The administrator adds the staff accounts and manages the settings; case records are not shown to this account.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Login &amp;ID</source>
        <translation>Login &amp;ID</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Letters and digits, e.g. admin</source>
        <translation>Letters and digits, e.g. admin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Password (&amp;again)</source>
        <translation>Password (&amp;again)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a long password that others cannot guess, and do not write it down where others can see it.</source>
        <translation>Choose a long password that others cannot guess, and do not write it down where others can see it.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Create administrator</source>
        <translation>&amp;Create administrator</translation>
    </message>
</context>
<context>
    <name>StageBar</name>
    <message>
        <location filename="../../welfaredesk/gui/timeline_tab.py" line="+91"/>
        <source>Stage: {stage}</source>
        <translation>Stage: {stage}</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <location filename="../../welfaredesk/gui/application.py" line="-254"/>
        <source>The database could not be opened.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database was named with --db or WELFAREDESK_DATABASE_URL: change it there.</source>
        <translation>The database was named with --db or WELFAREDESK_DATABASE_URL: change it there.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WelfareDesk</source>
        <translation>WelfareDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Change the connection...</source>
        <translation>&amp;Change the connection...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/referral_tab.py" line="-229"/>
        <source>Change the status of the referral</source>
        <translation>Change the status of the referral</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{agency} (planned {date}), now “{status}”</source>
        <translation>{agency} (planned {date}), now “{status}”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New status</source>
        <translation>&amp;New status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Reason (required)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact at the a&amp;gency</source>
        <translation>Contact at the a&amp;gency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm &amp;by</source>
        <translation>Confirm &amp;by</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: {days} days after the date referred</source>
        <translation>Empty: {days} days after the date referred</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close this case (handed over to another agency)</source>
        <translation>&amp;Close this case (handed over to another agency)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Date referred</source>
        <translation>&amp;Date referred</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date confirmed</source>
        <translation>&amp;Date confirmed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outcome confirmed (required)</source>
        <translation>&amp;Outcome confirmed (required)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../welfaredesk/gui/tasks_tab.py" line="+93"/>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of task</source>
        <translation>Kind of task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person concerned</source>
        <translation>Person concerned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Overdue ({count})</source>
        <translation>Overdue ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today ({count})</source>
        <translation>Due today ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week ({count})</source>
        <translation>This week ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within two weeks ({count})</source>
        <translation>Within two weeks ({count})</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No tasks for today.</source>
        <translation>No tasks for today.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../welfaredesk/gui/timeline_tab.py" line="+47"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Case timeline</source>
        <translation>Case timeline</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{count} events</source>
        <translation>{count} events</translation>
    </message>
</context>
<context>
    <name>UserAdminDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/user_admin.py" line="+73"/>
        <source>WelfareDesk - User administration</source>
        <translation>WelfareDesk - User administration</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User administration</source>
        <translation>User administration</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login ID</source>
        <translation>Login ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;New user...</source>
        <translation>&amp;New user...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+158"/>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>&amp;Reset password...</source>
        <translation>&amp;Reset password...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un&amp;lock</source>
        <translation>Un&amp;lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;team...</source>
        <translation>Add &amp;team...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Security settings</source>
        <translation>Security settings</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failed logins before lockout</source>
        <translation>Failed logins before lockout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lockout time (minutes)</source>
        <translation>Lockout time (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle time before the screen locks (minutes)</source>
        <translation>Idle time before the screen locks (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum password length</source>
        <translation>Minimum password length</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes apply to the next login and, for the screen lock, the next time the program starts.</source>
        <translation>Changes apply to the next login and, for the screen lock, the next time the program starts.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Last login: {when}</source>
        <translation>Last login: {when}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked until {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active (must change password)</source>
        <translation>Active (must change password)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ena&amp;ble</source>
        <translation>Ena&amp;ble</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved {name}.</source>
        <translation>Saved {name}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} can log in again.</source>
        <translation>{name} can log in again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} can no longer log in.</source>
        <translation>{name} can no longer log in.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Temporary password</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The temporary password of {name} ({login}):</source>
        <translation>The temporary password of {name} ({login}):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{password}

It is shown only now. Hand it over in person (not by e-mail or phone). The user must choose a new password at the next login.</source>
        <translation>{password}

It is shown only now. Hand it over in person (not by e-mail or phone). The user must choose a new password at the next login.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is unlocked.</source>
        <translation>{name} is unlocked.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add team</source>
        <translation>Add team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team name:</source>
        <translation>Team name:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added {name}.</source>
        <translation>Added {name}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The security settings were saved.</source>
        <translation>The security settings were saved.</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location line="+36"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no team)</source>
        <translation>(no team)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Login ID</source>
        <translation>&amp;Login ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kana</source>
        <translation>&amp;Kana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initial &amp;password</source>
        <translation>Initial &amp;password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial password (a&amp;gain)</source>
        <translation>Initial password (a&amp;gain)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login ID is half-width letters and digits and cannot be changed later. The user must choose their own password at the first login.</source>
        <translation>The login ID is half-width letters and digits and cannot be changed later. The user must choose their own password at the first login.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The login ID cannot be changed. Use Reset password for the password.</source>
        <translation>The login ID cannot be changed. Use Reset password for the password.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the same password in both fields.</source>
        <translation>Type the same password in both fields.</translation>
    </message>
</context>
<context>
    <name>WhoViewedDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/audit_viewer.py" line="+30"/>
        <source>Who viewed this case</source>
        <translation>Who viewed this case</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone who opened, printed or exported this case&apos;s records, newest first.</source>
        <translation>Everyone who opened, printed or exported this case&apos;s records, newest first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No one has viewed this case yet.</source>
        <translation>No one has viewed this case yet.</translation>
    </message>
</context>
</TS>
