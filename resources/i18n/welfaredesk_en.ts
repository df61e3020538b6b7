<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/about_dialog.py" line="+58"/>
        <location line="+9"/>
        <source>About WelfareDesk</source>
        <translation>About WelfareDesk</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+10"/>
        <source>Bundled components</source>
        <translation>Bundled components</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+25"/>
        <source>Licence text</source>
        <translation>Licence text</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../../welfaredesk/gui/access_dialog.py" line="+80"/>
        <source>Access and sharing</source>
        <translation>Access and sharing</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who can see this case</source>
        <translation>Who can see this case</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Search agencies</source>
        <translation>Search agencies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search by name, kana, section or notes</source>
        <translation>Search by name, kana, section or notes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by issue</source>
        <translation>Filter by issue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by kind</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+59"/>
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
        <location line="+83"/>
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
        <location filename="../../ui/agency_directory.ui" line="+35"/>
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
        <location filename="../../welfaredesk/gui/agency_directory.py" line="-291"/>
        <location filename="../../ui/agency_directory.ui" line="+10"/>
        <source>Issues handled</source>
        <translation>Issues handled</translation>
    </message>
    <message>
        <location filename="../../ui/agency_directory.ui" line="-60"/>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location line="+74"/>
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
        <location filename="../../welfaredesk/gui/agency_directory.py" line="+325"/>
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
        <location line="+10"/>
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
        <location line="+11"/>
        <source>The anonymised export</source>
        <translation>The anonymised export</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location filename="../../welfaredesk/gui/assessment_tab.py" line="+181"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New assessment</source>
        <translation>&amp;New assessment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print assessment sheet</source>
        <translation>&amp;Print assessment sheet</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Assessment &amp;date</source>
        <translation>Assessment &amp;date</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+246"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-246"/>
        <location line="+246"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="-246"/>
        <location line="+246"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-246"/>
        <location line="+246"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-232"/>
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
        <location line="-73"/>
        <source>Assessment versions</source>
        <translation>Assessment versions</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The chosen assessment</source>
        <translation>The chosen assessment</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+8"/>
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
        <location line="+34"/>
        <source>The case is closed; reopen it to record an assessment.</source>
        <translation>The case is closed; reopen it to record an assessment.</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="+171"/>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location line="-167"/>
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
        <location line="+22"/>
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
        <location line="+162"/>
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
        <location line="+69"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="-64"/>
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
        <location line="+11"/>
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
        <location line="-11"/>
        <source>Period end</source>
        <translation>Period end</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2025-06-01</source>
        <translation>e.g. 2025-06-01</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+10"/>
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
        <location line="+42"/>
        <source>Period (from)</source>
        <translation>Period (from)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period (to)</source>
        <translation>Period (to)</translation>
    </message>
    <message>
        <location line="+67"/>
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
        <location filename="../../welfaredesk/gui/backup_dialog.py" line="+179"/>
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
        <location line="-215"/>
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
        <location line="+10"/>
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
        <location filename="../../welfaredesk/gui/case_filter_panel.py" line="+203"/>
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
        <location line="+8"/>
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
        <location line="+7"/>
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
        <location line="+5"/>
        <source>C&amp;lear conditions</source>
        <translation>C&amp;lear conditions</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../welfaredesk/gui/meetings.py" line="+1124"/>
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
        <location line="+7"/>
        <source>Meetings of this case</source>
        <translation>Meetings of this case</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+199"/>
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
        <location filename="../../welfaredesk/gui/case_view.py" line="+187"/>
        <source>Restricted case: only the staff named on it can see it.</source>
        <translation>Restricted case: only the staff named on it can see it.</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+101"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+101"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>No progress notes have been recorded yet.</source>
        <translation>No progress notes have been recorded yet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The {count} most recent notes are shown.</source>
        <translation>The {count} most recent notes are shown.</translation>
    </message>
    <message>
        <location line="+69"/>
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
        <location line="+32"/>
        <source>Sections of the case</source>
        <translation>Sections of the case</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+28"/>
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
        <location filename="../../welfaredesk/gui/plan_tab.py" line="+1293"/>
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
        <location filename="../../welfaredesk/gui/closure_tab.py" line="+141"/>
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
        <location line="+55"/>
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
        <location line="+88"/>
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
        <location line="+21"/>
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
        <location filename="../../welfaredesk/gui/connection_dialog.py" line="+67"/>
        <location line="+104"/>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location line="-102"/>
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
        <location line="+383"/>
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
        <location filename="../../welfaredesk/gui/consent_dialog.py" line="+88"/>
        <source>Record or change consent</source>
        <translation>Record or change consent</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location line="+8"/>
        <source>Without consent no date, method, agencies, meetings or information are recorded; what is ticked below is kept only in case you choose consent again.</source>
        <translation>Without consent no date, method, agencies, meetings or information are recorded; what is ticked below is kept only in case you choose consent again.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+208"/>
        <source>Agencies the person agreed to</source>
        <translation>Agencies the person agreed to</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Filter by name or section</source>
        <translation>Filter by name or section</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+190"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+181"/>
        <source>Information that may be shared</source>
        <translation>Information that may be shared</translation>
    </message>
    <message>
        <location line="-168"/>
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
        <location line="+48"/>
        <source>{count} agencies chosen</source>
        <translation>{count} agencies chosen</translation>
    </message>
    <message>
        <location line="+67"/>
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
        <location filename="../../welfaredesk/gui/dashboard_tab.py" line="+90"/>
        <source>MMMM d (ddd)</source>
        <translation>MMMM d (ddd)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a bar, or double-click a number in a table, to open the list of those cases.</source>
        <translation>Click a bar, or double-click a number in a table, to open the list of those cases.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <source>Open cases: {open} · Closed this fiscal year: {closed}</source>
        <translation>Open cases: {open} · Closed this fiscal year: {closed}</translation>
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
    <name>Data</name>
    <message>
        <location filename="../../welfaredesk/gui/forms/data_catalog.py" line="+11"/>
        <source>相談支援員</source>
        <translation>Counselor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談支援包括化推進員</source>
        <translation>Inclusive support coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主任相談支援員</source>
        <translation>Chief counselor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議事務局</source>
        <translation>Meeting secretariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>システム管理者</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談受付</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題分析・振り分け</source>
        <translation>Assessment and triage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同行支援・引継ぎ</source>
        <translation>Accompanied referral and handover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画案</source>
        <translation>Draft support plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援調整会議</source>
        <translation>Coordination meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援提供</source>
        <translation>Support in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>経過確認と評価</source>
        <translation>Monitoring and review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人同意なし(支援会議)</source>
        <translation>No consent (support meeting)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結</source>
        <translation>Closure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意あり</source>
        <translation>Consented</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意なし</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未確認</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>署名</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口頭</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>女性</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>男性</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回答しない</source>
        <translation>Prefers not to say</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情報提供のみで終了</source>
        <translation>Information only, then closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画策定</source>
        <translation>Support plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援会議</source>
        <translation>Support meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議提出</source>
        <translation>Submitted to the meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>決定</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>見直し中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終了</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談支援包括化推進会議</source>
        <translation>Network promotion meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>その他の会議</source>
        <translation>Other meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>予定</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開催済み</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中止</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>プラン検討</source>
        <translation>Plan review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>評価</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結確認</source>
        <translation>Closure check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情報共有</source>
        <translation>Information sharing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>了承</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修正のうえ了承</source>
        <translation>Approved with changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>見直し</source>
        <translation>Revise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>継続</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>達成</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一部達成</source>
        <translation>Partly achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未達成</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人</source>
        <translation>The person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家族</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係機関からの聞き取り</source>
        <translation>Hearing from agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>訪問時の観察</source>
        <translation>Observation on a home visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>庁内関係課</source>
        <translation>City department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談支援機関</source>
        <translation>Consultation agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域の担い手</source>
        <translation>Community support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>制度・事業</source>
        <translation>Programme or service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同行</source>
        <translation>Accompanied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話でつなぐ</source>
        <translation>Connected by phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紹介状のみ</source>
        <translation>Referral letter only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>実施</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引継ぎ完了</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保留</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人辞退</source>
        <translation>Declined by the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人の同意</source>
        <translation>The person&apos;s consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援会議（生活困窮者自立支援法第9条）</source>
        <translation>Support meeting (Article 9 of the Act on Self-Reliance Support for Needy Persons)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所・電話番号</source>
        <translation>Address and phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯の状況</source>
        <translation>Household situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談の概要</source>
        <translation>Summary of the consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題の状況</source>
        <translation>Issues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>心身の状況</source>
        <translation>Physical and mental health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>経済状況・債務</source>
        <translation>Finances and debts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>強み・支援上の留意点</source>
        <translation>Strengths and points to note in support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承認待ち</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>差し戻し</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再開</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登録</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>変更</source>
        <translation>Update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>閲覧</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>印刷</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>書き出し</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログイン</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログイン失敗</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログアウト</source>
        <translation>Logout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>初期設定</source>
        <translation>Setup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>権限がなく拒否</source>
        <translation>Denied (no permission)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来所</source>
        <translation>Visit to the desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窓口に来所しての相談(窓口来庁者)。</source>
        <translation>A consultation in person at the desk (a visitor to the city office).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話による相談。</source>
        <translation>A consultation by phone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>訪問(アウトリーチ)</source>
        <translation>Home visit (outreach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必要に応じて相談支援員が居宅を訪問して受けた相談。支援につながっていない人を「発見」し「つながる」ための訪問を含む。</source>
        <translation>A consultation taken by a counselor visiting the home when needed, including visits to find people not yet connected to support and to connect with them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係機関からのつなぎ</source>
        <translation>Referred by an agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ネットワークの関係機関や庁内関係課、民生委員・児童委員等から窓口へつながった相談。</source>
        <translation>A consultation that reached the desk through a network agency, a city department, a commissioned welfare volunteer (minsei-iin) or the like.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>休日窓口</source>
        <translation>Holiday window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>平日に来庁できない方のための休日窓口(例: 毎月第1開庁日のみ)での相談。</source>
        <translation>A consultation at the holiday window for people who cannot come on weekdays (for example, only on the first open day of each month).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>メール</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電子メールによる相談。</source>
        <translation>A consultation by email.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上記以外の経路(文書など)。</source>
        <translation>Any other route (a letter, for example).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談の対象となる本人が相談した。</source>
        <translation>The person the consultation is about consulted the desk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人の家族が相談した。</source>
        <translation>A family member of the person consulted the desk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>その他関係者</source>
        <translation>Other concerned person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>近隣住民、民生委員・児童委員、知人など、家族以外の関係者が相談した。</source>
        <translation>Someone other than family consulted the desk: a neighbour, a commissioned welfare volunteer, an acquaintance and so on.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係機関</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係機関・庁内関係課の職員が相談・連絡した。</source>
        <translation>Staff of an agency or a city department consulted or contacted the desk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高齢</source>
        <translation>Older people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高齢者とその家族に関わる課題。</source>
        <translation>Issues of older people and their families.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がい</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がいのある人とその家族に関わる課題。</source>
        <translation>Issues of people with disabilities and their families.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子ども</source>
        <translation>Children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子ども・子育て家庭に関わる課題。</source>
        <translation>Issues of children and families raising children.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>女性が抱える課題(暴力被害を含む)。</source>
        <translation>Issues women face (including violence).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ひきこもり</source>
        <translation>Social withdrawal (hikikomori)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ひきこもりの状態にある本人とその家族に関わる課題。</source>
        <translation>Issues of a person in social withdrawal (hikikomori) and their family.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮</source>
        <translation>Financial hardship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>現に経済的に困窮し、最低限度の生活を維持することができなくなるおそれがあるなど、経済的な困りごと。</source>
        <translation>Money troubles, such as current hardship with the risk of no longer being able to maintain a minimum standard of living.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>福祉</source>
        <translation>Welfare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>福祉制度・サービスの利用や権利擁護、制度の狭間にある課題。</source>
        <translation>Use of welfare programmes and services, advocacy, and issues in the gap between systems.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>介護</source>
        <translation>Long-term care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家族の介護に関わる課題(介護者の負担を含む)。</source>
        <translation>Issues of caring for a family member (including the carer&apos;s burden).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>介護予防</source>
        <translation>Care prevention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>心身の機能低下の予防、閉じこもり予防、生活支援。</source>
        <translation>Preventing physical and mental decline, preventing staying shut in, and daily-life support.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保健医療</source>
        <translation>Health and medical care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>心身の健康、医療、依存症、精神保健に関わる課題。</source>
        <translation>Issues of physical and mental health, medical care, addiction and mental health services.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住まい</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住まいの確保・維持に関わる課題。</source>
        <translation>Issues of finding or keeping a home.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労</source>
        <translation>Work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労・就職、働き続けることに関わる課題。</source>
        <translation>Issues of work, finding a job and staying in work.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>教育</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学校・学習・進学に関わる課題。</source>
        <translation>Issues of school, learning and going on to further education.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>孤立</source>
        <translation>Isolation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域社会からの孤立。</source>
        <translation>Isolation from the local community.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参加</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>あらゆる分野の活動に参加する機会の確保に支障があること(居場所、社会参加)。</source>
        <translation>Difficulty in having opportunities to take part in activities of any kind (a place to belong, social participation).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>認知症</source>
        <translation>Dementia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人または家族(親など)の認知症に関わる課題。</source>
        <translation>Issues of dementia of the person or a family member (a parent, for example).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高齢者虐待</source>
        <translation>Elder abuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>養護者等による高齢者への虐待。</source>
        <translation>Abuse of an older person by a carer or others.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一人暮らし高齢者・高齢者のみの世帯</source>
        <translation>Older person living alone or older-only household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>見守りが必要な一人暮らし高齢者や高齢者のみの世帯。</source>
        <translation>An older person living alone or a household of older people only who need to be watched over.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>親族等の支援が得られない</source>
        <translation>No support from relatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>親族等の支援が得られず、自立した生活を送ることが困難。</source>
        <translation>No support from relatives or others, and living independently is difficult.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がいがあり困っている</source>
        <translation>Difficulties due to a disability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人に障がいがあり、生活上の困りごとを抱えている。</source>
        <translation>The person has a disability and has difficulties in daily life.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がい者虐待</source>
        <translation>Abuse of a person with a disability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がいのある人への虐待。</source>
        <translation>Abuse of a person with a disability.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子育ての困りごと</source>
        <translation>Difficulties in raising children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子育てに関する悩みや困りごと。</source>
        <translation>Worries and difficulties in raising children.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がいのある子ども</source>
        <translation>Child with a disability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がいのある子どもの養育・発達に関わる課題。</source>
        <translation>Issues of raising a child with a disability and the child&apos;s development.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子どもの貧困</source>
        <translation>Child poverty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>貧困が子どもの生活・育ちに影響している。</source>
        <translation>Poverty affects a child&apos;s life and development.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ヤングケアラー</source>
        <translation>Young carer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家族の介護や世話を日常的に担っている子ども・若者。</source>
        <translation>A child or young person who routinely cares for or looks after family members.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>児童虐待</source>
        <translation>Child abuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子どもへの虐待(緊急の分離が必要な場合を含む)。</source>
        <translation>Abuse of a child (including cases that need urgent separation).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>配偶者からの暴力(DV)</source>
        <translation>Domestic violence (DV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>配偶者やパートナーからの暴力(DV)。閲覧制限の要否を確認する。</source>
        <translation>Violence from a spouse or partner (DV). Check whether the case needs restricted access.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会参加を避け、長期にわたり家庭にとどまっている状態。</source>
        <translation>Avoiding social participation and staying at home for a long time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8050世帯</source>
        <translation>8050 problem household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高齢の親と働いていない独身の50代の子が同居している世帯(いわゆる「8050(はちまるごーまる)」)。</source>
        <translation>A household where an elderly parent lives with an unmarried, unemployed child in their fifties (the so-called 8050 problem).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活費の困窮</source>
        <translation>Hardship with living costs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活費に困っている。生活保護に至る前の段階の経済的困窮を含む。</source>
        <translation>Struggling with living costs, including hardship before the stage of public assistance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多重債務</source>
        <translation>Multiple debts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>複数の借入先からの借金の返済に困っている。</source>
        <translation>Struggling to repay loans from several lenders.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>債務整理</source>
        <translation>Debt settlement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>債務整理に向けた支援が必要。</source>
        <translation>Needs support towards settling debts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家計管理</source>
        <translation>Household budgeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>収支の把握や家計のやりくりに支援が必要(家計改善支援)。</source>
        <translation>Needs support in tracking income and spending and managing the household budget (household budget support).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>制度の狭間</source>
        <translation>Gap between systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ひきこもりやサービス利用の拒否等、既存の制度に明確に位置付けられていませんが、何らかの支援が必要である、いわゆる「制度の狭間にある課題」。</source>
        <translation>Issues such as social withdrawal or refusing services that no existing programme clearly covers but that need some support: the so-called gap between systems.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>サービス利用の拒否</source>
        <translation>Refusing services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必要な支援やサービスの利用を拒んでいる(制度の狭間にある課題の例)。</source>
        <translation>Refuses needed support or services (an example of an issue in the gap between systems).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セルフネグレクト</source>
        <translation>Self-neglect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自分自身の世話や健康・安全への配慮を放棄し、生活環境や心身の状態が悪化している。</source>
        <translation>Has stopped looking after themselves, their health and safety, and their living conditions and physical or mental state are getting worse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成年後見・権利擁護</source>
        <translation>Adult guardianship and advocacy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>判断能力が十分でない人の金銭管理・契約・権利を守る支援(成年後見制度、日常生活自立支援事業)が必要。</source>
        <translation>A person with limited decision-making capacity needs support to manage money, make contracts and protect their rights (adult guardianship, daily-life independence support).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>消費者被害・特殊詐欺</source>
        <translation>Consumer fraud and scams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>悪質商法や特殊詐欺などの消費者被害。</source>
        <translation>Harm from fraudulent business practices, scams and the like.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>災害時要配慮</source>
        <translation>Needs care in a disaster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要配慮者(高齢者、障がいのある人、乳幼児その他の特に配慮を要する人)や、自ら避難することが困難な避難行動要支援者で、災害への備えが必要。</source>
        <translation>A person who needs special care (an older person, a person with a disability, an infant or anyone else needing particular care) or who cannot evacuate on their own, and needs disaster preparation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>親の介護</source>
        <translation>Caring for a parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>親の介護を担っている、または必要になっている。</source>
        <translation>Is caring for a parent, or a parent needs care.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>老々介護</source>
        <translation>Older person caring for an older person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高齢者が高齢者を介護している。</source>
        <translation>An older person is caring for another older person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ダブルケア</source>
        <translation>Double care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>介護と育児に同時に直面する世帯(いわゆる「ダブルケア」)。</source>
        <translation>A household facing care for a family member and raising children at the same time (so-called double care).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移動・買い物困難</source>
        <translation>Difficulty getting around or shopping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外出や移動、日常の買い物が難しい(移動制約者・買い物困難)。</source>
        <translation>Has difficulty going out, getting around or doing daily shopping.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医療に繋がらない精神疾患</source>
        <translation>Mental illness without medical care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>精神疾患が疑われるが医療につながっていない。</source>
        <translation>A mental illness is suspected but the person is not receiving medical care.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>アルコール等依存症</source>
        <translation>Alcohol and other addictions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>アルコール・薬物・ギャンブル等への依存。</source>
        <translation>Addiction to alcohol, drugs, gambling and the like.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>心の病気・重い病気で動けない</source>
        <translation>Unable to get about due to mental or serious illness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>心の病気や重い病気のため、日常生活や外出が困難になっている。</source>
        <translation>Daily life or going out has become difficult because of a mental illness or a serious illness.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自殺念慮</source>
        <translation>Suicidal thoughts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>死にたい気持ちや自殺のおそれがある。緊急性を確認する。</source>
        <translation>Wants to die or is at risk of suicide. Check the urgency.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医療的ケア</source>
        <translation>Medical care needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人工呼吸器装着など、医療的ケアを要する(災害時の個別支援を含む)。</source>
        <translation>Needs medical care such as a ventilator (including individual support in a disaster).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住まいの確保</source>
        <translation>Securing housing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住まいを失った、または失うおそれがある(住居確保給付金等)。</source>
        <translation>Has lost their home or is at risk of losing it (housing security benefit and the like).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>路上生活</source>
        <translation>Rough sleeping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>路上生活をしている、またはそのおそれがある。</source>
        <translation>Is sleeping rough or at risk of it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労困難</source>
        <translation>Difficulty working</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労に困難を抱えている、就職活動がうまくいかない。</source>
        <translation>Has difficulty working, or the job search is not going well.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>離職・失業</source>
        <translation>Job loss and unemployment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仕事を失った、または失うおそれがある。</source>
        <translation>Has lost their job or is at risk of losing it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>進学・学習</source>
        <translation>Further education and learning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子どもの学習や進学に支援が必要(学習支援、進学支援)。</source>
        <translation>A child needs support with learning or going on to further education (learning support, further-education support).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会的孤立</source>
        <translation>Social isolation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家族や地域とのつながりがなく孤立している。</source>
        <translation>Is isolated, with no ties to family or the community.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会的排除</source>
        <translation>Social exclusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域社会や制度から排除されている。</source>
        <translation>Is excluded from the community or from public programmes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外国籍・言語</source>
        <translation>Foreign nationality and language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外国籍の方で、言葉や制度の違いにより支援や社会参加に困難がある。</source>
        <translation>A foreign national who has difficulty getting support or taking part in society because of language or differences in systems.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居場所・社会参加</source>
        <translation>A place to belong and social participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居場所がない、社会参加や就労体験の機会が必要。</source>
        <translation>Has no place to belong, and needs opportunities for social participation or work experience.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>犯罪・非行からの立ち直り</source>
        <translation>Recovery from crime or delinquency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>犯罪や非行からの立ち直りに支援が必要。</source>
        <translation>Needs support to recover from crime or delinquency.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上記のいずれにも当てはまらない課題。</source>
        <translation>An issue that fits none of the above.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自立</source>
        <translation>Became self-reliant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援により自立し、支援を終了した。</source>
        <translation>The person became self-reliant with support, and support ended.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>他機関への引継ぎ</source>
        <translation>Handed over to another agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>庁内関係課・他機関へ引き継ぎ、支援を終了した(引継ぎ先を記録する)。</source>
        <translation>Handed over to a city department or another agency, and support ended (record where it was handed over to).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情報提供のみ</source>
        <translation>Information only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情報提供・助言のみで終了した。</source>
        <translation>Ended with information and advice only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>転居</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人が市外へ転居した。</source>
        <translation>The person moved out of the city.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>死亡</source>
        <translation>Died</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人が亡くなった。</source>
        <translation>The person died.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>連絡途絶</source>
        <translation>Lost contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人と連絡が取れなくなった。</source>
        <translation>The person can no longer be contacted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人の希望</source>
        <translation>The person&apos;s wish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人の希望により支援を終了した。</source>
        <translation>Support ended at the person&apos;s request.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上記以外の理由(理由を記録する)。</source>
        <translation>Any other reason (record the reason).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援調整会議(定例)</source>
        <translation>Coordination meeting (regular)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>福祉総合相談窓口で受け付けた相談(本人同意あり)を対象として、支援プランの個別検討と庁内関係課・他機関の役割調整を行う。定例は月1回。主催・事務局は地域福祉課。本人同意が必要。</source>
        <translation>For consultations taken at the general welfare consultation desk (with the person&apos;s consent): reviews each support plan and coordinates the roles of city departments and other agencies. Held regularly once a month; organised by the Community Welfare Division, which is also the secretariat. Needs the person&apos;s consent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援調整会議(随時)</source>
        <translation>Coordination meeting (as needed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必要の都度開催する支援調整会議。本人同意ありの相談の支援プランを個別に検討する。本人同意が必要。</source>
        <translation>A coordination meeting held whenever needed. Reviews the support plans of individual consultations with the person&apos;s consent. Needs the person&apos;s consent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法第9条に基づく会議(設置は任意)。福祉総合相談窓口へつながっていない人(本人同意を得られない人)を対象として、関係機関間の情報共有を行う。本人同意はなくても可(個人情報保護法の「法令に基づく場合」に該当)。構成員には守秘義務があり、守秘義務違反には罰則がある(同法第9条、第28条)。関係機関へ個人情報の提供を依頼でき、関係機関には協力の努力義務がある。開催は必要の都度。</source>
        <translation>A meeting under Article 9 of the Act on Self-Reliance Support for Needy Persons (optional to set up). Agencies share information about people not connected to the general welfare consultation desk (people whose consent cannot be obtained). Possible without the person&apos;s consent (a case &quot;based on laws and regulations&quot; under the Act on the Protection of Personal Information). Members are bound to confidentiality, and breaches are penalised (Articles 9 and 28 of the Act). The meeting can ask agencies for personal information, and agencies must endeavour to cooperate. Held whenever needed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>複合的な課題を抱える相談者等に必要な相談支援が円滑に提供されるよう、関係機関の業務内容の理解や具体的な連携方法等を検討する会議。個別ケースは扱わない(個別検討はせず、総括的な議論)。個人情報は持ち込まない。年数回程度。委員長は福祉保健部長、事務局は地域福祉課。</source>
        <translation>A meeting where agencies learn about each other&apos;s work and agree concrete ways to cooperate, so that people with complex needs get the consultation support they need smoothly. No individual cases (general discussion only); no personal information is brought in. A few times a year. Chaired by the head of the Health and Welfare Department; the secretariat is the Community Welfare Division.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>個別ケース検討会議</source>
        <translation>Individual case conference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>既存の個別ケース検討会議。</source>
        <translation>An existing individual case conference.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域ケア会議(個別型)</source>
        <translation>Community care meeting (individual)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域包括支援センター等が開催。利用者個人の問題を地域の問題として捉える。</source>
        <translation>Held by a community comprehensive support centre or the like. Looks at an individual user&apos;s problems as problems of the community.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域ケア会議(地域型)</source>
        <translation>Community care meeting (area)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域包括支援センター等が定期的に開催する地域型の地域ケア会議。</source>
        <translation>An area-type community care meeting held regularly by a community comprehensive support centre or the like.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第1層協議会</source>
        <translation>Tier 1 council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活支援体制整備事業の市全域の協議体。地域の困りごとについて話し合う。</source>
        <translation>The city-wide council of the daily-life support system programme. Discusses the community&apos;s problems.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第2層協議会</source>
        <translation>Tier 2 council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活支援体制整備事業の圏域ごとの協議体。地域包括支援センターが地域住民や関係団体と開催。</source>
        <translation>The council of each area in the daily-life support system programme, held by the community comprehensive support centre with residents and local organisations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地区連絡協議会</source>
        <translation>District liaison council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民生委員児童委員と児童相談所・学校・子ども家庭支援センター等の連絡協議会(年1回)。</source>
        <translation>A liaison council of commissioned welfare volunteers with the child guidance centre, schools, the child and family support centre and others (once a year).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上記以外の会議。</source>
        <translation>Any other meeting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自立相談支援事業</source>
        <translation>Self-reliance consultation support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法に基づく自立相談支援事業。</source>
        <translation>The self-reliance consultation support programme under the Act on Self-Reliance Support for Needy Persons.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家計改善支援事業</source>
        <translation>Household budget improvement support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法に基づく家計改善支援事業(家計相談支援事業)。</source>
        <translation>The household budget improvement support programme under the Act on Self-Reliance Support for Needy Persons (household budget consultation).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労準備支援事業</source>
        <translation>Employment preparation support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法に基づく就労準備支援事業。</source>
        <translation>The employment preparation support programme under the Act on Self-Reliance Support for Needy Persons.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>包括的相談支援事業(重層的支援体制整備事業)</source>
        <translation>Inclusive consultation support (multi-layered support system)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>属性を問わない相談支援。重層的支援体制整備事業の一部。</source>
        <translation>Consultation support for anyone, whatever their circumstances. Part of the multi-layered support system programme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多機関協働事業</source>
        <translation>Multi-agency collaboration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多機関の協働による包括的な相談支援体制。小金井市の検討時は「(多機関の協働による)包括的支援体制構築事業」として経費を按分した。</source>
        <translation>An inclusive consultation support system through the collaboration of many agencies. When Koganei City planned it, its costs were shared as the &quot;programme to build an inclusive support system (through multi-agency collaboration)&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>アウトリーチ等継続的支援事業</source>
        <translation>Continuous support through outreach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>アウトリーチ等により継続的に関わり続ける伴走型支援。</source>
        <translation>Accompanying support that stays involved over time through outreach and the like.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参加支援事業</source>
        <translation>Participation support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会とのつながりや参加を支援する(就労体験、居場所など)。</source>
        <translation>Supports ties with society and participation (work experience, places to belong and so on).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上記以外の事業・自主財源による活動。</source>
        <translation>Any other programme, or activities funded by the city&apos;s own budget.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住居確保給付金</source>
        <translation>Housing security benefit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法の必須事業。住まいを失ったまたは失うおそれのある人に家賃相当額を支給し、就職活動を支援する。</source>
        <translation>A mandatory programme under the Act on Self-Reliance Support for Needy Persons. Pays the equivalent of rent to people who have lost or may lose their home, and supports their job search.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労準備支援</source>
        <translation>Employment preparation support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法の任意事業(就労準備支援事業)。</source>
        <translation>An optional programme under the Act on Self-Reliance Support for Needy Persons (employment preparation support).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一時生活支援</source>
        <translation>Temporary living support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法の任意事業(一時生活支援事業)。</source>
        <translation>An optional programme under the Act on Self-Reliance Support for Needy Persons (temporary living support).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家計改善支援</source>
        <translation>Household budget support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法の任意事業(家計改善支援事業・家計相談支援事業)。</source>
        <translation>An optional programme under the Act on Self-Reliance Support for Needy Persons (household budget improvement and consultation support).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学習支援</source>
        <translation>Learning support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法の任意事業(子どもの学習支援事業)。</source>
        <translation>An optional programme under the Act on Self-Reliance Support for Needy Persons (learning support for children).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労支援相談</source>
        <translation>Employment support consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就職活動や就労に向けた相談支援。</source>
        <translation>Consultation support towards a job search and work.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>健康管理支援</source>
        <translation>Health management support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>健康管理に向けた支援。</source>
        <translation>Support for managing health.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>債務整理支援</source>
        <translation>Debt settlement support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>債務整理に向けた支援。</source>
        <translation>Support towards settling debts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子どもの進学支援</source>
        <translation>Further-education support for children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子どもの進学に向けた支援。</source>
        <translation>Support for a child going on to further education.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活保護</source>
        <translation>Public assistance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活保護(地域福祉課の地区担当員が担当)。</source>
        <translation>Public assistance (handled by the district caseworker of the Community Welfare Division).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成年後見(後見)</source>
        <translation>Adult guardianship (guardian)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>後見類型：常に支援が必要です。日常的な買い物や通帳・印鑑の管理ができません。</source>
        <translation>Guardianship: always needs support. Cannot do everyday shopping or manage a bankbook and seal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成年後見(保佐)</source>
        <translation>Adult guardianship (curator)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保佐類型：大半の部分で支援が必要です。日常的な買い物はできますが、通帳管理などを忘れることがあります。本人が自覚していない物忘れが、しばしばあります。</source>
        <translation>Curatorship: needs support in most matters. Can do everyday shopping but may forget things such as managing a bankbook. Often forgets things without being aware of it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成年後見(補助)</source>
        <translation>Adult guardianship (assistant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>補助類型：支援が必要な場合もあります。複雑な契約行為などは、誰かに支援してもらう必要があります。物忘れがあり、本人もその自覚があります。</source>
        <translation>Assistance: sometimes needs support. Needs someone&apos;s help with complex contracts and the like. Forgets things and is aware of it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任意後見</source>
        <translation>Voluntary guardianship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任意後見制度:将来の不安に備えるため(法定後見制度は、すでに判断能力が不十分な方に)。</source>
        <translation>Voluntary guardianship: to prepare for worries about the future (statutory guardianship is for people whose capacity is already limited).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成年後見 市長申立て</source>
        <translation>Adult guardianship petition by the mayor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>親族等の支援が得られず、自立した生活を送ることが困難な高齢者等について、市長が成年後見の申立てを行う。報酬の支払いが困難な場合は助成がある。</source>
        <translation>The mayor petitions for adult guardianship for an older person or others who have no support from relatives and cannot live independently. Fees are subsidised when they are hard to pay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日常生活自立支援事業</source>
        <translation>Daily-life independence support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域福祉権利擁護事業。判断能力が十分でない人の福祉サービスの利用援助や日常的な金銭管理。</source>
        <translation>Community welfare advocacy: help in using welfare services and managing daily money for people with limited decision-making capacity.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>見守り</source>
        <translation>Watching over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一人暮らし・高齢者のみ世帯などの見守り(75歳・80歳訪問、見守り協定締結事業者等)。</source>
        <translation>Watching over people living alone, older-only households and the like (visits at 75 and 80, businesses with watch-over agreements and so on).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移送サービス</source>
        <translation>Transport service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外出が困難な人の移送サービス(NPO等が運営)。</source>
        <translation>Transport for people who find it hard to go out (run by NPOs and others).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>介護保険</source>
        <translation>Long-term care insurance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>介護保険サービスの利用。</source>
        <translation>Use of long-term care insurance services.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各種手当</source>
        <translation>Allowances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がい等に関わる各種手当制度。</source>
        <translation>Allowances related to disability and other circumstances.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>避難行動要支援者名簿</source>
        <translation>Register of people needing help to evacuate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自ら避難することが困難な避難行動要支援者の名簿への登録。</source>
        <translation>Registration in the list of people who cannot evacuate on their own.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>食料支援(フードパントリー等)</source>
        <translation>Food support (food pantry and the like)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>フードパントリー・フードドライブ等による食料支援。</source>
        <translation>Food support through food pantries, food drives and the like.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労体験・居場所</source>
        <translation>Work experience and places to belong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会参加型就労体験や居場所など、参加の機会。</source>
        <translation>Opportunities to take part, such as work experience with social participation and places to belong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上記以外の制度・サービス。</source>
        <translation>Any other programme or service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>困難な複合的課題の主担当。関係機関の連絡調整、プラン作成、支援の実施状況の把握と助言。</source>
        <translation>Lead worker for difficult complex needs. Coordinates agencies, writes plans, follows how support is delivered and advises.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家計改善支援員</source>
        <translation>Household budget support worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労支援員</source>
        <translation>Employment support worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域福祉コーディネーター(CSW)</source>
        <translation>Community social worker (CSW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域の身近な相談員。個別の相談から地域の課題を見つけ、関係機関と連携する。</source>
        <translation>A counselor close to the community. Finds community issues through individual consultations and works with agencies.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議事務局(地域福祉課)</source>
        <translation>Meeting secretariat (Community Welfare Division)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援調整会議等の事務局。</source>
        <translation>The secretariat of the coordination meetings and others.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>利用者・マスタ・バックアップの管理。</source>
        <translation>Manages users, reference data and backups.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>配偶者</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>父</source>
        <translation>Father</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>母</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子</source>
        <translation>Child</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子の配偶者</source>
        <translation>Child&apos;s spouse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>息子の配偶者・娘の配偶者。</source>
        <translation>A son&apos;s or daughter&apos;s spouse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>孫</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>祖父</source>
        <translation>Grandfather</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>祖母</source>
        <translation>Grandmother</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兄弟姉妹</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>親族(その他)</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>おじ・おば、おい・めい、いとこ、配偶者の親など。</source>
        <translation>Uncle or aunt, nephew or niece, cousin, a spouse&apos;s parent and so on.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同居人</source>
        <translation>Lodger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>親族ではない同居人。</source>
        <translation>Someone living in the household who is not a relative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要介護</source>
        <translation>Needs long-term care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要支援</source>
        <translation>Needs support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がい(身体)</source>
        <translation>Disability (physical)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がい(知的)</source>
        <translation>Disability (intellectual)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がい(精神)</source>
        <translation>Disability (mental)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>難病</source>
        <translation>Intractable disease</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就学中</source>
        <translation>In school</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乳幼児</source>
        <translation>Infant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労中</source>
        <translation>Working</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>無職</source>
        <translation>Not working</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>妊娠中</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外国籍</source>
        <translation>Foreign national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情報提供</source>
        <translation>Information given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>制度や窓口の案内、情報提供を行った。</source>
        <translation>Explained programmes and services or where to go, and gave information.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>助言</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談に応じ助言を行った。</source>
        <translation>Listened and gave advice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>庁内関係課・他機関へ同行してつないだ。</source>
        <translation>Went with the person to a city department or another agency and connected them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>継続支援へ</source>
        <translation>Ongoing support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題分析を行い、継続して支援する。</source>
        <translation>Assess the issues and keep supporting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>面談</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>訪問</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>庁内関係課・他機関への同行支援。</source>
        <translation>Accompanying the person to a city department or another agency.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係機関連絡</source>
        <translation>Contact with agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>メール・文書</source>
        <translation>Email and letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生命・安全に関わる、または早急な対応が必要。</source>
        <translation>Life or safety is at stake, or a quick response is needed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>近日中の対応が必要。</source>
        <translation>Needs a response in the next few days.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>継続的に対応する。</source>
        <translation>Ongoing response.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほぼ施策内容を達成した。</source>
        <translation>The measure was mostly achieved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>施策内容をある程度達成したが、今後の改善、検討を要する。</source>
        <translation>The measure was partly achieved but needs improvement and further review.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>施策内容を達成したとは言えず、現状について大きな課題がある。</source>
        <translation>The measure cannot be said to be achieved; there are major problems with the current state.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未実施</source>
        <translation>Not carried out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>西圏域</source>
        <translation>West area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中央西圏域</source>
        <translation>Central west area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中央圏域</source>
        <translation>Central area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中央東圏域</source>
        <translation>Central east area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>東圏域</source>
        <translation>East area</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>毎月第1開庁日</source>
        <translation>First open day of each month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最終</source>
        <translation>Last</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>設けない</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「第何」は第1から第5、または最終から選んでください。</source>
        <translation>Choose which week: 1st to 5th, or last.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>曜日を月曜日から日曜日の中から選んでください。</source>
        <translation>Choose a day of the week from Monday to Sunday.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受付番号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「R7-00012」のように元号の頭文字・年・ハイフン・番号で、または「2025-00012」のように西暦の年度・ハイフン・番号で入力してください。</source>
        <translation>Enter it as era initial, year, hyphen and number, like &quot;R7-00012&quot;, or as western fiscal year, hyphen and number, like &quot;2025-00012&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>和暦(R7-00012)</source>
        <translation>Japanese era (R7-00012)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>西暦(2025-00012)</source>
        <translation>Western (2025-00012)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付番号を入力してください。{hint}</source>
        <translation>Enter the case number. {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付番号として読み取れません。{hint}</source>
        <translation>This cannot be read as a case number. {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{era}{era_year}年度の受付番号はありません。元号と年を確かめてください。</source>
        <translation>There are no case numbers for fiscal year {era} {era_year}. Check the era and the year.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>番号は1以上です。{hint}</source>
        <translation>The number must be 1 or more. {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{fiscal_year}年度の受付番号はありません。年を確かめてください。</source>
        <translation>There are no case numbers for fiscal year {fiscal_year}. Check the year.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1月</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2月</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3月</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4月</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5月</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6月</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7月</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8月</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9月</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10月</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11月</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12月</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{era}{era_year}年度({year}年度)</source>
        <translation>FY{year} ({era} {era_year})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「令和7年4月1日」「R7.4.1」「2025/4/1」のように入力してください。</source>
        <translation>Enter it like &quot;R7.4.1&quot;, &quot;2025/4/1&quot; or &quot;2025-04-01&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日付を入力してください。{hint}</source>
        <translation>Enter a date. {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>元号を省略すると{era}の年として読みます。ほかの元号の場合は「S45.3.2」のように元号を付けてください。</source>
        <translation>Without an era, the year is read as a year of {era}. For another era, add the era, like &quot;S45.3.2&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}は未来の日付です。今日（{today}）以前の日付を入力してください。{hint}</source>
        <translation>{date} is in the future. Enter a date on or before today ({today}). {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日付として読み取れません。{hint}</source>
        <translation>This cannot be read as a date. {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year}年{month}月{day}日という日付はありません。正しい日付を入力してください。</source>
        <translation>There is no such date as {year}-{month}-{day}. Enter a valid date.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>データベースがほかの処理で使用中のため開けませんでした。ほかのパソコンやプログラム（バックアップやコピーなど）がこのファイルを使っていないか確かめ、少し待ってからもう一度開いてください。続く場合はシステム管理者に連絡してください。</source>
        <translation>The database is in use by another process and could not be opened. Check that no other PC or program (a backup or a copy, for example) is using this file, wait a little and open it again. If it goes on, contact the system administrator.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>研修用に匿名化したケース</source>
        <translation>Case anonymised for training</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>破棄した下書き: {form}</source>
        <translation>Discarded draft: {form}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下書き: {form}</source>
        <translation>Draft: {form}</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>同じ方が二度選ばれています。この行を削除してください。</source>
        <translation>The same person has been chosen twice. Remove this row.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選んだ方の記録は見つからないか、閲覧する権限がありません。この行を削除して、新しい方として入力してください。</source>
        <translation>The chosen person&apos;s record was not found, or you may not see it. Remove this row and enter them as a new person.</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>{year}年{month}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location line="-707"/>
        <source>元</source>
        <translation>1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{era_year}は{year}年で、{western}年ではありません。元号の年か西暦の年を確かめてください。</source>
        <translation>{era_year} is {year}, not {western}. Check the era year or the western year.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{items}・{item}</source>
        <translation>{items} / {item}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>パスワード</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{min_length}文字以上にしてください(いま{count}文字)。</source>
        <translation>Use at least {min_length} characters (now {count}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログインIDと同じパスワードは使えません。</source>
        <translation>The password cannot be the same as the login ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同じ文字の繰り返しだけのパスワードは使えません。ほかの文字も混ぜてください。</source>
        <translation>A password of one repeated character cannot be used. Mix in other characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字だけのパスワードは使えません。英字や記号も混ぜてください。</source>
        <translation>A password of digits only cannot be used. Mix in letters or symbols.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同じ文字の繰り返しが多すぎます。推測されにくいものにしてください。</source>
        <translation>Too many repeated characters. Choose something harder to guess.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ケースの閲覧</source>
        <translation>View cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケースの編集</source>
        <translation>Edit cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当者の変更</source>
        <translation>Change the worker in charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結の承認</source>
        <translation>Approve closures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>閲覧制限の設定</source>
        <translation>Restrict access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケース一覧の書き出し</source>
        <translation>Export the case list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援経過の記録</source>
        <translation>Write progress notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援経過の確認</source>
        <translation>Acknowledge progress notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画の作成</source>
        <translation>Write support plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画の会議提出</source>
        <translation>Submit support plans to a meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議の管理</source>
        <translation>Manage meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>集計表の作成</source>
        <translation>Make statistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選択肢の編集</source>
        <translation>Edit pick lists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係機関の編集</source>
        <translation>Edit related agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>利用者の管理</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>バックアップ</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作記録の閲覧</source>
        <translation>View the audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窓口の設定</source>
        <translation>Desk settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>支援計画は会議（支援調整会議など）の決定でのみ「決定」になります。会議に提出し、会議の記録で了承を入力してください。</source>
        <translation>A support plan becomes &quot;Decided&quot; only by the decision of a meeting (such as a coordination meeting). Submit it to a meeting and enter the approval in the meeting&apos;s record.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{label}」の支援計画は変更できません。</source>
        <translation>A support plan that is &quot;{label}&quot; cannot be changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{current}」から「{wanted}」には変更できません。次に選べるのは {allowed} です。</source>
        <translation>It cannot be changed from &quot;{current}&quot; to &quot;{wanted}&quot;. You can choose: {allowed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画の状況</source>
        <translation>Support plan status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議の決定</source>
        <translation>Meeting decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>了承できるのは会議に提出された支援計画（会議提出）だけです。支援計画を会議に提出してから決定を入力してください。</source>
        <translation>Only a support plan submitted to a meeting can be approved. Submit the support plan to a meeting, then enter the decision.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>議題のケース</source>
        <translation>Case on the agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談支援包括化推進会議では個別のケースを検討しません。ケースを検討する場合は支援調整会議（同意あり）か支援会議（同意なし）に載せてください。</source>
        <translation>The network promotion meeting does not discuss individual cases. To discuss a case, put it on a coordination meeting (with consent) or a support meeting (without consent).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{case_number} は本人の同意が記録されていないため、支援調整会議には載せられません。本人の同意を得て記録するか、同意が得られない場合は支援会議（法第9条）で検討してください。</source>
        <translation>{case_number} has no recorded consent of the person, so it cannot go to a coordination meeting. Get and record the person&apos;s consent, or if consent cannot be obtained, discuss it at a support meeting (Article 9 of the Act).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{case_number} は、本人の同意の範囲に支援調整会議での検討が含まれていません。本人に確認し、同意の範囲（会議）に支援調整会議を加えて記録してください。</source>
        <translation>For {case_number}, the person&apos;s consent does not cover discussion at a coordination meeting. Ask the person and add coordination meetings to the scope of consent (meetings).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{case_number} は本人の同意があるため、支援会議（法第9条）ではなく支援調整会議で検討してください。</source>
        <translation>{case_number} has the person&apos;s consent, so discuss it at a coordination meeting, not at a support meeting (Article 9 of the Act).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>氏名・生年月日・性別</source>
        <translation>Name, date of birth and sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{label}」のつなぎは完了しているため、状況を変更できません。</source>
        <translation>The referral is &quot;{label}&quot;, which is final, so its status cannot be changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎの状況</source>
        <translation>Referral status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{label}」にする理由を入力してください。</source>
        <translation>Enter the reason for &quot;{label}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>確認日</source>
        <translation>Date confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引継ぎ先で支援が始まったことを確認した日を入力してください。</source>
        <translation>Enter the date you confirmed that support started at the receiving agency.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>確認した結果</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引継ぎ先で確認できたこと（受理された、支援が始まった など）を入力してください。</source>
        <translation>Enter what you confirmed with the receiving agency (accepted, support started, etc.).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援会議の記録</source>
        <translation>Support meeting record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情報共有を決めた支援会議（開催日など）を入力してください。</source>
        <translation>Enter the support meeting that decided to share the information (date held, etc.).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎ先</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人の同意の範囲に「{agency_name}」が含まれていないため、つなぐことができません。本人に確認して同意の範囲を更新するか、支援会議（法第9条）で共有を決めた場合は情報共有の根拠を「支援会議」にして記録してください。</source>
        <translation>The person&apos;s consent does not cover &quot;{agency_name}&quot;, so the referral cannot be made. Ask the person and update the scope of consent, or if a support meeting (Article 9 of the Act) decided to share, record &quot;Support meeting&quot; as the basis for sharing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引き継ぐ情報</source>
        <translation>Information handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{names}」は本人が共有に同意した情報に含まれていません。チェックを外すか、本人に確認して同意の範囲を更新してください。</source>
        <translation>&quot;{names}&quot; is not among the information the person agreed to share. Clear the check box, or ask the person and update the scope of consent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>明治</source>
        <translation>Meiji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大正</source>
        <translation>Taisho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>昭和</source>
        <translation>Showa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>平成</source>
        <translation>Heisei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>令和</source>
        <translation>Reiwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>明治6年（1873年）1月1日より前の日付は旧暦のため扱えません。明治6年1月1日以降の日付を入力してください。</source>
        <translation>Dates before 1 January 1873 (Meiji 6) use the old calendar and cannot be handled. Enter a date on or after 1 January 1873.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreachable: EARLIEST_DATE is within 明治</source>
        <translation>unreachable: EARLIEST_DATE is within Meiji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{era}{year}年という年はありません。{era}の最初の年は元年（1年）です。正しい年を入力してください。</source>
        <translation>There is no year {era} {year}. The first year of {era} is year 1. Enter a valid year.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{era}{year}年という年はありません。{era}は{month_day}までです。正しい年を入力してください。</source>
        <translation>There is no year {era} {year}. {era} lasts until {month_day}. Enter a valid year.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}という日付はありません。正しい日付を入力してください。</source>
        <translation>There is no such date as {date}. Enter a valid date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}という日付はありません。{era}は{month_day}からで、前日までは{other_era}です。正しい日付を入力してください。</source>
        <translation>There is no such date as {date}. {era} starts on {month_day}; until the day before it is {other_era}. Enter a valid date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}という日付はありません。{era}は{month_day}までで、翌日からは{other_era}です。正しい日付を入力してください。</source>
        <translation>There is no such date as {date}. {era} lasts until {month_day}; from the next day it is {other_era}. Enter a valid date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>主担当を推進員以外にする理由</source>
        <translation>Reason the lead worker is not a coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>振り分け</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人の同意があるため支援会議（法第9条）には振り分けられません。支援計画策定を選び、支援調整会議で検討してください。</source>
        <translation>The person has given consent, so the case cannot be triaged to a support meeting (Article 9 of the Act). Choose support planning and discuss it at a coordination meeting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人の同意が記録されていません。支援計画案は作成できますが、支援調整会議に提出する前に同意を記録してください。</source>
        <translation>The person&apos;s consent is not recorded. You can draft a support plan, but record consent before submitting it to a coordination meeting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>複合的課題のケースは相談支援包括化推進員を主担当にします。推進員以外を主担当にする場合は、その理由を入力してください。</source>
        <translation>A case with complex needs has an inclusive support coordinator as lead worker. To choose someone else, enter the reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>コピー元には SQLite のファイルか PostgreSQL の URL を指定してください。</source>
        <translation>For the source, give an SQLite file or a PostgreSQL URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コピー元のデータベースを読み取れません。場所(URL)、利用者名とパスワード、サーバーが動いているかを確認してください。</source>
        <translation>The source database cannot be read. Check the location (URL), user name and password, and that the server is running.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コピー元は WelfareDesk のデータベースではないか、空のデータベースです。コピー元の指定を確認してください。</source>
        <translation>The source is not a WelfareDesk database, or it is empty. Check the source.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コピー元とコピー先に同じデータベースが指定されています。</source>
        <translation>The same database is given as source and destination.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コピーの途中でデータベースのサーバーとの接続が切れました。コピー先には何も残っていません。サーバーを確認して、もう一度実行してください。</source>
        <translation>The connection to the database server was lost during the copy. Nothing was left at the destination. Check the server and run it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ほかの利用者が先にこの記録を保存しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</source>
        <translation>Another user saved this record first. What you entered is kept. Check the latest content, then save again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>データベースのサーバーに接続できません。サーバーが動いているか、接続先（ホスト・ポート）とネットワークを確かめてください。続く場合はシステム管理者に連絡してください。</source>
        <translation>Cannot connect to the database server. Check that the server is running, the connection (host and port) and the network. If it continues, contact the system administrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>データベースのサーバーに接続できないため保存できませんでした。入力した内容はそのまま残っています。接続が戻ると画面上部の表示が消えますので、もう一度保存してください。続く場合はシステム管理者に連絡してください。</source>
        <translation>Could not save because the database server cannot be reached. What you entered is kept. When the connection is back, the notice at the top disappears; then save again. If it continues, contact the system administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>データベースがほかの処理で使用中のため保存できませんでした。入力した内容はそのまま残っています。少し待ってから、もう一度保存してください。</source>
        <translation>Could not save because the database is busy with another task. What you entered is kept. Wait a moment, then save again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ディスクの空き容量が足りないため保存できませんでした。入力した内容はそのまま残っています。不要なファイルを削除するか、システム管理者に連絡してください。</source>
        <translation>Could not save because the disk is full. What you entered is kept. Delete files you do not need, or contact the system administrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>データベースのファイルに書き込めません。ファイルの場所と権限を確認するか、システム管理者に連絡してください。</source>
        <translation>The database file cannot be written. Check the file&apos;s location and permissions, or contact the system administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>閲覧制限</source>
        <translation>Restricted access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指名の変更</source>
        <translation>Change of named staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>解除</source>
        <translation>Lift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>副担当</source>
        <translation>Co-worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共有</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>閲覧制限で指名</source>
        <translation>Named (restricted access)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>閲覧制限の理由</source>
        <translation>Reason for restricting access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>なぜ閲覧を制限するのか</source>
        <translation>Why access is restricted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指名する職員</source>
        <translation>Staff to name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>解除の理由</source>
        <translation>Reason for lifting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>なぜ閲覧制限を解除するのか</source>
        <translation>Why the restriction is lifted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースには閲覧制限がありません。</source>
        <translation>This case has no access restriction.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共有する職員</source>
        <translation>Staff to share with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この職員とはすでに共有しています。</source>
        <translation>The case is already shared with this staff member.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースはその職員と共有していません。</source>
        <translation>The case is not shared with that staff member.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}を入力してください。</source>
        <translation>Fill in &quot;{what}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{limit}文字以内で入力してください(いま{count}文字)。</source>
        <translation>Use at most {limit} characters (now {count}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先にこのケースを更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度操作してください。</source>
        <translation>Another user updated this case first. What you entered is kept. Check the latest content, then try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選んだ職員は見つからないか、利用が停止されています。</source>
        <translation>The chosen staff member was not found or is disabled.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{role}はケースを閲覧できないため選べません。相談支援員・包括化推進員・主任相談支援員から選んでください。</source>
        <translation>{role} cannot view cases and cannot be chosen. Choose a counselor, an inclusive support coordinator or a chief counselor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケースを共有できるのは、主担当の職員と主任相談支援員です。必要な場合は主任相談支援員に相談してください。</source>
        <translation>A case can be shared by its lead worker and by chief counselors. If needed, ask a chief counselor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>閲覧制限のあるケースは共有できません。見られる職員を変えるには、主任相談支援員が閲覧制限の指名を変更してください。</source>
        <translation>A case with restricted access cannot be shared. To change who can see it, a chief counselor changes the named staff of the restriction.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このほか、{role}は全員と「{team}」の職員が見られます。</source>
        <translation>Also, every user with the role &quot;{role}&quot; and the staff of &quot;{team}&quot; can see it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このほか、{role}は全員が見られます。</source>
        <translation>Also, every user with the role &quot;{role}&quot; can see it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ふりがな</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>種別</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当部署</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付時間</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当者</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>扱う課題</source>
        <translation>Issues handled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>圏域コード</source>
        <translation>Area code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ネットワーク</source>
        <translation>Network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>備考</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有効</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{choices}のいずれかを選んでください。</source>
        <translation>Choose one of: {choices}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{limit}文字以内で入力してください。</source>
        <translation>Use at most {limit} characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力してください。</source>
        <translation>Enter a value.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>200文字以内で入力してください。</source>
        <translation>Use at most 200 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0から始まる10桁か11桁の番号を入力してください(例 042-123-4567)。</source>
        <translation>Enter a 10- or 11-digit number starting with 0 (e.g. 042-123-4567).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>圏域</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登録されていない圏域です。</source>
        <translation>This area is not registered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{code}」は課題の分類にありません。</source>
        <translation>&quot;{code}&quot; is not an issue category.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定された関係機関は見つかりません。一覧を更新してください。</source>
        <translation>The agency was not found. Refresh the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1(はい)か0(いいえ)で入力してください。</source>
        <translation>Enter 1 (yes) or 0 (no).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログインしてから操作してください。</source>
        <translation>Log in first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1行目 見出し：1行目は「{items}」にしてください。</source>
        <translation>Line 1 headings: line 1 must be &quot;{items}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start}行目 {label}：{problem}</source>
        <translation>Line {start} {label}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start}行目 名称：{seen}行目と同じ名称です。</source>
        <translation>Line {start} name: same name as line {seen}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列の数</source>
        <translation>Number of columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{expected}列にしてください({count}列あります)。</source>
        <translation>Use {expected} columns (there are {count}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{area_code}」は登録されていません。</source>
        <translation>&quot;{area_code}&quot; is not registered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同じ名称の機関が複数登録されているため更新できません。</source>
        <translation>Several agencies are registered with the same name, so it cannot be updated.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>世帯全体</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定された課題分析の記録は見つかりません。</source>
        <translation>The assessment record was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先にこのケースを更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</source>
        <translation>Another user updated this case first. What you entered is kept. Check the latest content, then save again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題分析</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題分析日</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談受付日（{date:%Y-%m-%d}）より前の日付は入力できません。</source>
        <translation>Dates before the intake date ({date:%Y-%m-%d}) cannot be entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>緊急度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選択肢から選んでください。</source>
        <translation>Choose from the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題{number}の{field}</source>
        <translation>{field} of issue {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>分類</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>対象者</source>
        <translation>Person concerned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースの世帯員ではありません。世帯員または世帯全体を選んでください。</source>
        <translation>Not a member of this case&apos;s household. Choose a household member or the whole household.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>振り分けの理由</source>
        <translation>Reason for the triage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>振り分けを選んだ理由を入力してください。</source>
        <translation>Enter the reason for the triage you chose.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主担当</source>
        <translation>Lead worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主担当を選んでください。</source>
        <translation>Choose the lead worker.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主担当と同じ職員は副担当にできません。</source>
        <translation>The lead worker cannot also be the co-worker.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケースを担当できる職員（在職中の相談支援員など）を選んでください。</source>
        <translation>Choose staff who can take cases (an active counselor, etc.).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>番号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日時</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>利用者</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログインID</source>
        <translation>Login ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>対象</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>対象の番号</source>
        <translation>Target No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>詳細</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>データベース</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケース</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人同意</source>
        <translation>Consent of the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画</source>
        <translation>Support plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>経過確認</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援経過</source>
        <translation>Progress notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議の出席者</source>
        <translation>Meeting attendees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議の議題</source>
        <translation>Meeting agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>定型文</source>
        <translation>Note template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選択肢</source>
        <translation>Pick list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下書き</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>権限</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作記録</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>デモデータ</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>検索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケース一覧</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一覧の表示</source>
        <translation>Case list view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>システム</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>連絡票</source>
        <translation>Contact slip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎシート</source>
        <translation>Referral sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結記録票</source>
        <translation>Closure record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画書</source>
        <translation>Support plan form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援経過記録票</source>
        <translation>Progress note record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題分析シート</source>
        <translation>Assessment sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議の次第</source>
        <translation>Meeting agenda sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席者名簿</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議録</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>段階</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有効・無効</source>
        <translation>Active or disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>役割</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>チーム</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結日</source>
        <translation>Closure date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>次回の確認予定日</source>
        <translation>Next review due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>決定の内容</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出欠</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人確認日</source>
        <translation>Date of identity check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意の状況</source>
        <translation>Consent status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話番号</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ロック中のアカウント</source>
        <translation>Locked account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>無効のアカウント</source>
        <translation>Disabled account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（不明）</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（システム）</source>
        <translation>(system)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作記録（閲覧した人の一覧）</source>
        <translation>Audit trail (who viewed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>帳票</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>拒否した操作: {action}</source>
        <translation>Refused action: {action}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拒否した操作: その他</source>
        <translation>Refused action: other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>帳票: {form}</source>
        <translation>Form: {form}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}ほか{others}項目</source>
        <translation>{text} and {others} more fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{others}項目</source>
        <translation>{others} fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>変更した項目: {text}</source>
        <translation>Fields changed: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{plan_no}版</source>
        <translation>Version {plan_no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状態: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>役割: {role}</source>
        <translation>Role: {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count}件</source>
        <translation>{count} rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count}件を表示</source>
        <translation>{count} shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>異常なし</source>
        <translation>no problems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>改ざんあり</source>
        <translation>tampered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>連鎖の検証: {count}件、{result}</source>
        <translation>Chain check: {count} events, {result}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>閲覧した人の一覧</source>
        <translation>List of who viewed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>初期設定はすでに済んでいます。ログインしてください。</source>
        <translation>Initial setup is already done. Please log in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログインIDまたはパスワードが違います。もう一度入力してください。</source>
        <translation>The login ID or password is wrong. Enter them again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このアカウントは使用停止されています。システム管理者に連絡してください。</source>
        <translation>This account is disabled. Contact the system administrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログインの失敗が続いたため、このアカウントは{hour}時{minute}分までロックされています。時間をおいてから、もう一度お試しください。</source>
        <translation>After repeated failed logins this account is locked until {hour}:{minute}. Wait a while, then try again.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{era}{era_year}年度（{year}年度）</source>
        <translation>FY{year} ({era} {era_year})</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>現在のパスワード</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>月火水木金土日</source>
        <translation>MTWTFSS</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{items}、{item}</source>
        <translation>{items}, {item}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ひらがなかカタカナで入力してください。</source>
        <translation>Enter it in hiragana or katakana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ひらがなかカタカナで入力してください。漢字・英字・数字・記号は使えません。</source>
        <translation>Enter it in hiragana or katakana. Kanji, Latin letters, digits and symbols cannot be used.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>{name}（{role}）</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>{name}（{login}）</source>
        <translation>{name} ({login})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{form}（PDFに保存）</source>
        <translation>{form} (saved as PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{form}（プリンターへ）</source>
        <translation>{form} (to the printer)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>現在のパスワードが違います。もう一度入力してください。</source>
        <translation>The current password is wrong. Enter it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新しいパスワード(確認)</source>
        <translation>New password (again)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新しいパスワードと同じものを、もう一度入力してください。</source>
        <translation>Enter the same new password again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新しいパスワード</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>いまのパスワードと違うものにしてください。</source>
        <translation>Choose a password different from the current one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログインIDを入力してください。</source>
        <translation>Enter a login ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログインIDは半角英数字で、空白を入れずに入力してください。</source>
        <translation>Enter the login ID in ASCII letters and digits, without spaces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名を入力してください。</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{login}」はすでに使われています。別のIDにしてください。</source>
        <translation>&quot;{login}&quot; is already in use. Choose another ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL のサーバーで使用中のデータベースは、プログラムからは上書きしません。サーバーに新しい空のデータベースを作り(docs/server.md の「バックアップからの復元」)、コマンド welfaredesk --db 今のデータベースのURL backup restore バックアップのファイル --to 新しいデータベースのURL で復元してから、各パソコンの接続先を新しいデータベースに切り替えてください。</source>
        <translation>A database in use on a PostgreSQL server is never overwritten by the program. Create a new empty database on the server (&quot;Restoring from a backup&quot; in docs/server.md), restore with the command welfaredesk --db URL-of-the-current-database backup restore BACKUP-FILE --to URL-of-the-new-database, then switch every computer&apos;s connection to the new database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>パスフレーズが違います。バックアップを作成したときのパスフレーズを入力してください。</source>
        <translation>The passphrase is wrong. Enter the passphrase used when the backup was made.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>バックアップのファイルが壊れているか、WelfareDesk のバックアップではありません。別のバックアップを選んでください。</source>
        <translation>The backup file is damaged or is not a WelfareDesk backup. Choose another backup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>間隔</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1日から{max_interval_days}日までの日数を入力してください。</source>
        <translation>Enter a number of days from 1 to {max_interval_days}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残す数</source>
        <translation>Copies to keep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1から{max_keep}までの数を入力してください。</source>
        <translation>Enter a number from 1 to {max_keep}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存先フォルダー</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ドライブ名(または / )から始まるフォルダーを指定してください。</source>
        <translation>Give a folder that starts with a drive name (or /).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このフォルダーは作成できません。場所と書き込みの権限を確認してください。</source>
        <translation>This folder cannot be created. Check the location and the write permission.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの管理者が先に自動バックアップの設定を保存しました。画面を開き直して、最新の設定を確認してください。</source>
        <translation>Another administrator saved the automatic backup settings first. Reopen the screen and check the latest settings.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>パスフレーズ</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{passphrase_min_length}文字以上で入力してください。</source>
        <translation>Use at least {passphrase_min_length} characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>バックアップの保存先に、使用中のデータベースのファイルは指定できません。別のファイル名を指定してください。</source>
        <translation>The database file in use cannot be the backup destination. Give another file name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>データベースを読み取れないため、バックアップを作成できませんでした。少し待ってから、もう一度実行してください。</source>
        <translation>The database cannot be read, so the backup was not made. Wait a moment and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>バックアップのファイルを書き込めませんでした。保存先の場所、空き容量、書き込みの権限を確認してください。</source>
        <translation>The backup file could not be written. Check the destination, the free space and the write permission.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自動バックアップの保存先フォルダーを作成できませんでした。システム管理者に保存先の設定を確認してもらってください。</source>
        <translation>The folder for automatic backups could not be created. Ask the system administrator to check the destination setting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>バックアップのファイルが見つかりません。ファイルの場所を確認してください。</source>
        <translation>The backup file was not found. Check where the file is.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このバックアップは暗号化されています。作成したときのパスフレーズを入力してください。</source>
        <translation>This backup is encrypted. Enter the passphrase used when it was made.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>バックアップを復号するための一時ファイルを書き込めませんでした。データベースのフォルダーの空き容量を確認してください。</source>
        <translation>A temporary file for decrypting the backup could not be written. Check the free space in the database folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>バックアップを復元できませんでした。ほかのパソコンやプログラムがこのデータベースを使っていないか、空き容量と書き込みの権限を確認してください。復元前のデータベースは次の場所に残っています: {aside}</source>
        <translation>The backup could not be restored. Check that no other computer or program is using this database, and check the free space and the write permission. The database as it was before the restore is kept here: {aside}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このバックアップは、より新しい版の WelfareDesk で作成されています。WelfareDesk を最新版に更新してから復元してください。(バックアップの版: {revision} / このプログラムの版: {head_revision})</source>
        <translation>This backup was made by a newer version of WelfareDesk. Update WelfareDesk to the latest version, then restore. (Backup version: {revision} / this program&apos;s version: {head_revision})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このバックアップの操作記録(監査証跡)の連鎖が壊れています。改ざんのおそれがあるため復元しません。別のバックアップを選んでください。</source>
        <translation>The audit trail chain in this backup is broken. It may have been tampered with, so it is not restored. Choose another backup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コピー元の操作記録(監査証跡)の連鎖が番号 {event_id} で壊れているため、コピーを取り消しました。コピー元で welfaredesk --db コピー元 audit verify を実行し、システム管理者が原因を確かめてください。</source>
        <translation>The audit trail chain of the source is broken at event {event_id}, so the copy was cancelled. Run welfaredesk --db SOURCE audit verify on the source and have the system administrator find the cause.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コピー元のバックアップは暗号化されています。作成したときのパスフレーズを入力してください。</source>
        <translation>The source backup is encrypted. Enter the passphrase used when it was made.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>バックアップのファイルを読み取れません。権限を確認してください。</source>
        <translation>The backup file cannot be read. Check the permissions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>書き出す内容</source>
        <translation>Content to export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容が空です。</source>
        <translation>The content is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存先</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ファイルの種類は .txt か .md にしてください。</source>
        <translation>The file type must be .txt or .md.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>・</source>
        <translation> / </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースの{kinds}が残っています({count}か所)。該当する箇所を消すか言い換えてから保存してください。</source>
        <translation>The {kinds} of this case are still in the text ({count} places). Delete or reword them before saving.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ファイルを保存できませんでした。保存先のフォルダーと空き容量を確かめてください。({reason})</source>
        <translation>The file could not be saved. Check the destination folder and the free space. ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>自分の担当</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限超過</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要確認</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>包括化推進員主担当</source>
        <translation>Coordinator is lead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>すべてのケース</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>複合的課題</source>
        <translation>Complex needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>経済的困窮</source>
        <translation>Financial hardship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>緊急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談先が分からなかった</source>
        <translation>Did not know where to go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年齢</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最終接触からの日数</source>
        <translation>Days since last contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>次の期限</source>
        <translation>Next due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付日</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}（無効）</source>
        <translation>{name} (disabled)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表示の名前</source>
        <translation>View name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名前を入力してください。</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{name}」は最初から用意されている表示の名前です。別の名前にしてください。</source>
        <translation>&quot;{name}&quot; is the name of a built-in view. Choose another name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{name}」という表示はすでにあります。別の名前にするか、上書きしてください。</source>
        <translation>A view named &quot;{name}&quot; already exists. Choose another name or overwrite it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この表示は見つかりません。一覧を更新してください。</source>
        <translation>This view was not found. Refresh the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>対象のケース</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当を変えるケースを一覧で選んでください。</source>
        <translation>Choose the cases to reassign in the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新しい主担当</source>
        <translation>New lead worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主担当にできる職員（相談支援員・推進員・主任相談支援員）を選んでください。</source>
        <translation>Choose staff who can be lead worker (counselor, coordinator or chief counselor).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当の変更</source>
        <translation>Change of worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{case_number} は終結しているため担当を変えられません。終結したケースを選択から外してください。</source>
        <translation>{case_number} is closed, so its worker cannot be changed. Remove closed cases from the selection.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text}：
{value}</source>
        <translation>{text}:
{value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}：{value}</source>
        <translation>{text}: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>差し戻しの理由</source>
        <translation>Reason for sending back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>差し戻す理由を入力してください。</source>
        <translation>Enter the reason for sending it back.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースの終結はすでに承認待ちです。主任相談支援員の承認または差し戻しを待ってください。</source>
        <translation>The closure of this case is already awaiting approval. Wait for a chief counselor to approve or send it back.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結の理由</source>
        <translation>Reason for closure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結の理由を選んでください。</source>
        <translation>Choose the reason for closure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引継ぎ先</source>
        <translation>Handed over to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>他機関への引継ぎで終結する場合は、引継ぎ先の機関を選んでください。</source>
        <translation>When closing by handover to another agency, choose the agency.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談受付日（{date}）より前の日付は入力できません。</source>
        <translation>Dates before the intake date ({date}) cannot be entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結に至る経過</source>
        <translation>Course up to closure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>どのような経過で支援を終えるのかを入力してください。</source>
        <translation>Enter how the support came to an end.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再開の理由</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケースを再開する理由を入力してください。</source>
        <translation>Enter the reason for reopening the case.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースは終結していないため、再開できません。</source>
        <translation>This case is not closed, so it cannot be reopened.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースには承認された終結の記録がありません。システム管理者に相談してください。</source>
        <translation>This case has no approved closure record. Ask the system administrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースには終結の記録がまだありません。終結を記録してから印刷してください。</source>
        <translation>This case has no closure record yet. Record the closure, then print.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定された終結の記録は見つかりません。</source>
        <translation>The closure record was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先にこの終結の記録を更新しました。画面を読み込み直してください。</source>
        <translation>Another user updated this closure record first. Reload the screen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この終結は承認待ちではありません。画面を読み込み直してください。</source>
        <translation>This closure is not awaiting approval. Reload the screen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(詳細: {detail})</source>
        <translation>(Details: {detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>サーバーが見つかりません(ホスト名を解決できません)。</source>
        <translation>The server was not found (the host name cannot be resolved).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ホスト名の綴りを確認してください。名前で見つからない場合は IP アドレスを入力してください。</source>
        <translation>Check the spelling of the host name. If it is not found by name, enter the IP address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>サーバーが接続を拒否しました(そのポートで PostgreSQL が動いていません)。</source>
        <translation>The server refused the connection (PostgreSQL is not running on that port).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ポート番号を確認し、サーバーが起動しているかシステム管理者に確認してください。</source>
        <translation>Check the port number, and ask the system administrator whether the server is running.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>サーバーから応答がありません(時間切れ)。</source>
        <translation>No answer from the server (timed out).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ネットワークの接続、ホスト名・ポート番号、ファイアウォールの設定をシステム管理者に確認してください。</source>
        <translation>Ask the system administrator to check the network connection, host name, port number and firewall settings.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>パスワードが違います(またはこのユーザー名ではログインできません)。</source>
        <translation>The password is wrong (or this user name cannot log in).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ユーザー名とパスワードを確認して入力し直してください。</source>
        <translation>Check the user name and password and enter them again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>パスワードが必要です。</source>
        <translation>A password is required.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>パスワードを入力してください。</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このユーザー名はサーバーに登録されていません。</source>
        <translation>This user name is not registered on the server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ユーザー名を確認するか、システム管理者に登録を依頼してください。</source>
        <translation>Check the user name, or ask the system administrator to register it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この名前のデータベースはサーバーにありません。</source>
        <translation>There is no database with this name on the server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>データベース名を確認するか、システム管理者に作成を依頼してください。</source>
        <translation>Check the database name, or ask the system administrator to create it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>サーバーがこのパソコン・ユーザーからの接続を許可していません。</source>
        <translation>The server does not accept connections from this computer or user.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>サーバーの接続許可(pg_hba.conf)と権限の設定をシステム管理者に確認してください。</source>
        <translation>Ask the system administrator to check the server&apos;s connection rules (pg_hba.conf) and permissions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗号化(TLS)の接続を確立できませんでした。</source>
        <translation>The encrypted (TLS) connection could not be established.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗号化の設定と証明書ファイルがサーバーに合っているか、システム管理者に確認してください。「証明書を確認」では、証明書に書かれたホスト名と同じ名前で接続します。</source>
        <translation>Ask the system administrator whether the encryption settings and the certificate file match the server. &quot;Verify certificate&quot; connects with the host name written in the certificate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>証明書ファイルを読み取れません。</source>
        <translation>The certificate file cannot be read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>証明書ファイルの場所を選び直してください。</source>
        <translation>Choose the location of the certificate file again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>サーバーが起動中または停止中です。</source>
        <translation>The server is starting up or shutting down.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>少し待ってから、もう一度試してください。</source>
        <translation>Wait a moment and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>データベースのファイルを開けません。</source>
        <translation>The database file cannot be opened.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ファイルの場所と権限を確認してください。WelfareDesk のデータベースでない可能性もあります。</source>
        <translation>Check the file&apos;s location and permissions. It may not be a WelfareDesk database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接続できませんでした。</source>
        <translation>Could not connect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容を確認し、続く場合は下の詳細をシステム管理者に伝えてください。</source>
        <translation>Check what you entered; if it continues, give the details below to the system administrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接続できませんでした: {summary}</source>
        <translation>Could not connect: {summary}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接続先: {location}</source>
        <translation>Connected to: {location}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>サーバー: PostgreSQL {server_version}</source>
        <translation>Server: PostgreSQL {server_version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>データベースの版: {database_revision} / このプログラムの版: {program_revision}</source>
        <translation>Database version: {database_revision} / this program&apos;s version: {program_revision}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最新です。</source>
        <translation>up to date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更新が必要です</source>
        <translation>needs an upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(管理者が db upgrade を実行してください)。</source>
        <translation> (an administrator should run db upgrade).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>システム管理者が welfaredesk --db … db upgrade を実行してから使ってください。</source>
        <translation>Have the system administrator run welfaredesk --db … db upgrade before use.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(次に開くとき、複製を取ってから自動で更新されます)。</source>
        <translation> (it is upgraded automatically, after a copy is made, the next time it is opened).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このプログラムより新しい版です。</source>
        <translation>newer than this program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このパソコンの WelfareDesk を最新版に更新してください。</source>
        <translation>Update WelfareDesk on this computer to the latest version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>空のデータベースです(初期設定が必要)。</source>
        <translation>The database is empty (initial setup needed).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>システム管理者が welfaredesk --db … db upgrade を実行するか、このまま開いて最初の管理者を登録してください。</source>
        <translation>Have the system administrator run welfaredesk --db … db upgrade, or open it as it is and register the first administrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WelfareDesk のデータベースではありません(ほかのプログラムの表があります)。</source>
        <translation>Not a WelfareDesk database (it has tables of another program).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>データベース名を確認してください。</source>
        <translation>Check the database name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ファイルがまだありません(開くと新しく作成されます)。</source>
        <translation>The file does not exist yet (it is created when opened).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接続できました。</source>
        <translation>Connected. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ファイルを開けました。</source>
        <translation>File opened. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{opened}データベースは{verdict}</source>
        <translation>{opened}The database is {verdict}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>同意日</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意を得た日を入力してください。</source>
        <translation>Enter the date consent was given.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意の方法</source>
        <translation>Consent method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>署名か口頭かを選んでください。</source>
        <translation>Choose signature or verbal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意の範囲</source>
        <translation>Scope of consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意の範囲は、同意の状況が「同意あり」のときだけ選べます。</source>
        <translation>The scope of consent can be chosen only when the consent status is &quot;Consented&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意の範囲(関係機関)</source>
        <translation>Scope of consent (agencies)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係機関を一覧から選んでください。</source>
        <translation>Choose agencies from the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意の範囲(会議)</source>
        <translation>Scope of consent (meetings)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議を一覧から選んでください。</source>
        <translation>Choose meetings from the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「同意あり」か「同意なし」を選んでください。</source>
        <translation>Choose &quot;Consented&quot; or &quot;Refused&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>確認予定日を過ぎたケース</source>
        <translation>Cases past their review date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主担当なし</source>
        <translation>No lead worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（利用停止）</source>
        <translation>(disabled)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>複合的な課題のケース</source>
        <translation>Cases with complex needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>うち包括化推進員が主担当</source>
        <translation>of which a coordinator is lead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>このケースには印刷できる連絡票がありません。</source>
        <translation>This case has no contact slip to print.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>閲覧制限のある記録があります。主任相談支援員に確認してください。</source>
        <translation>There are records with restricted access. Ask a chief counselor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>閲覧制限のある記録があります。{contacts}に確認してください。</source>
        <translation>There are records with restricted access. Ask {contacts}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当外の記録があります。主任相談支援員に確認してください。</source>
        <translation>There are records outside your cases. Ask a chief counselor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選んだ方の記録は見つからないか、閲覧する権限がありません。</source>
        <translation>The chosen person&apos;s record was not found, or you may not view it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選んだ方には担当外の進行中のケースがあります。主任相談支援員に確認してください。</source>
        <translation>The chosen person has an open case outside your cases. Ask a chief counselor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受付日を入力してください。</source>
        <translation>Enter the intake date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付経路</source>
        <translation>Intake channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付者</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>職員を一覧から選んでください。</source>
        <translation>Choose staff from the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談者</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談者の氏名</source>
        <translation>Consulter&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人以外からの相談です。相談者の氏名（機関名）を入力してください。</source>
        <translation>The consultation is not from the person. Enter the consulter&apos;s name (or agency name).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談者の続柄・関係</source>
        <translation>Consulter&apos;s relationship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談者の連絡先</source>
        <translation>Consulter&apos;s contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紹介元機関</source>
        <translation>Referring agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名(姓)</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓を入力してください。</source>
        <translation>Enter the family name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名(名)</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ふりがな(姓)</source>
        <translation>Family name kana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ふりがな(名)</source>
        <translation>Given name kana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>圏域を一覧から選んでください。</source>
        <translation>Choose the area from the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主訴</source>
        <translation>Main concern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談の内容（主訴）を入力してください。</source>
        <translation>Enter what the consultation is about (main concern).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題</source>
        <translation>Issues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題を一覧から選んでください。</source>
        <translation>Choose issues from the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最も困っていること(◎)</source>
        <translation>Most pressing issue (◎)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◎はチェックした課題の中から一つ選んでください。</source>
        <translation>Choose ◎ among the checked issues.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>チェックした課題のうち、最も困っていることに◎を一つ付けてください。</source>
        <translation>Mark the most pressing of the checked issues with one ◎.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>初期対応</source>
        <translation>First response</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>世帯員{number}の{field}</source>
        <translation>{field} of household member {number}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>続柄</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>続柄を選んでください。</source>
        <translation>Choose the relationship.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状況</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状況を一覧から選んでください。</source>
        <translation>Choose situations from the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付時刻</source>
        <translation>Intake time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付時刻を入力してください。</source>
        <translation>Enter the intake time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時刻として読み取れません。「10:30」のように入力してください。</source>
        <translation>This cannot be read as a time. Enter it like &quot;10:30&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付日より後の日付です。生年月日と受付日を確かめてください。</source>
        <translation>The date is after the intake date. Check the date of birth and the intake date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力できない制御文字が含まれています。その文字を消してから保存してください。</source>
        <translation>It contains control characters that cannot be entered. Delete them, then save.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>改行や制御文字は入力できません。その文字を消してから保存してください。</source>
        <translation>Line breaks and control characters cannot be entered. Delete them, then save.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{limit}文字以内で入力してください（今は{count}文字です）。</source>
        <translation>Use at most {limit} characters (now {count}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字とハイフンで、0から始まる番号を入力してください（例：03-1234-5678）。</source>
        <translation>Enter a number starting with 0, in digits and hyphens (e.g. 03-1234-5678).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市外局番から10桁か11桁で入力してください（今は{count}桁です）。</source>
        <translation>Enter 10 or 11 digits including the area code (now {count} digits).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}を選んでください。</source>
        <translation>Choose &quot;{label}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}を一覧から選んでください。</source>
        <translation>Choose &quot;{label}&quot; from the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名一致</source>
        <translation>Same name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓一致</source>
        <translation>Same family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ふりがな一致</source>
        <translation>Same kana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ふりがな(姓)一致</source>
        <translation>Same family name kana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日一致</source>
        <translation>Same date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話番号一致</source>
        <translation>Same phone number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>相談台帳から取り込み</source>
        <translation>Imported from the consultation ledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性別</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>圏域・地区</source>
        <translation>Area / district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談経路</source>
        <translation>Consultation channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談内容(主訴)</source>
        <translation>Consultation content (main concern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結理由</source>
        <translation>Closure reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ファイルが見つかりません: {name}</source>
        <translation>File not found: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 97-2003 形式(.xls)は読めません。Excel で「.xlsx」形式か CSV で保存し直してください。</source>
        <translation>Excel 97-2003 files (.xls) cannot be read. Save it again in Excel as .xlsx or CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読めるのは .xlsx と .csv のファイルです。Excel で保存し直してください。</source>
        <translation>Only .xlsx and .csv files can be read. Save it again in Excel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel ファイルを読めません。ファイルが壊れていないか、パスワードが掛かっていないか確かめてください。</source>
        <translation>The Excel file cannot be read. Check that it is not damaged and has no password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel ファイルにシートがありません。</source>
        <translation>The Excel file has no sheet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV ファイルの文字コードを判定できません。UTF-8 か Shift_JIS で保存し直してください。</source>
        <translation>The character encoding of the CSV file cannot be detected. Save it again as UTF-8 or Shift_JIS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ファイルに表がありません。1行目に見出し、2行目から相談を並べてください。</source>
        <translation>The file has no table. Put headings on line 1 and the consultations from line 2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列{letter}</source>
        <translation>Column {letter}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字とハイフンで、0から始まる番号にしてください(例:03-1234-5678)。</source>
        <translation>Use a number starting with 0, in digits and hyphens (e.g. 03-1234-5678).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市外局番から10桁か11桁にしてください(今は{count}桁です)。</source>
        <translation>Use 10 or 11 digits including the area code (now {count} digits).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{limit}文字以内にしてください。</source>
        <translation>Use at most {limit} characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{text}」：{problem}</source>
        <translation>&quot;{text}&quot;: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{text}」は一覧にありません。次のどれかにしてください：{allowed}</source>
        <translation>&quot;{text}&quot; is not in the list. Use one of: {allowed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付日が空欄です。受付日を入れてください。</source>
        <translation>The intake date is empty. Fill in the intake date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名が空欄です。氏名を入れてください。</source>
        <translation>The name is empty. Fill in the name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名が長すぎるか、使えない文字が含まれています。</source>
        <translation>The name is too long or contains characters that cannot be used.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付日より後の日付です。生年月日を確かめてください。</source>
        <translation>The date is after the intake date. Check the date of birth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>歳</source>
        <translation> years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{value}」は年齢として読めません。</source>
        <translation>&quot;{value}&quot; cannot be read as an age.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日から数えると受付日に{expected}歳です。年齢か生年月日を確かめてください。</source>
        <translation>Counting from the date of birth, the age at intake is {expected}. Check the age or the date of birth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{value}」は性別として読めません。男・女・その他・不明のどれかにしてください。</source>
        <translation>&quot;{value}&quot; cannot be read as a sex. Use the ledger&apos;s words for male, female, other or unknown.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{value}」は圏域の一覧にありません。次のどれかにしてください：{allowed}</source>
        <translation>&quot;{value}&quot; is not in the list of areas. Use one of: {allowed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談経路が空欄です。次のどれかにしてください：{allowed}</source>
        <translation>The consultation channel is empty. Use one of: {allowed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{limit}文字以内にしてください(今は{count}文字です)。</source>
        <translation>Use at most {limit} characters (now {count}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>使えない制御文字が含まれています。</source>
        <translation>It contains control characters that cannot be used.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{word}」は課題の一覧にありません。次のどれかにしてください：{allowed}</source>
        <translation>&quot;{word}&quot; is not in the list of issues. Use one of: {allowed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{value}」という利用者がいません。利用者の管理で登録するか、表示名と同じ書き方にしてください。</source>
        <translation>There is no user &quot;{value}&quot;. Register the user in user management, or write it the same way as the display name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{status}」は状況として読めません。「対応中」「支援中」「見守り」「終結」などにしてください。</source>
        <translation>&quot;{status}&quot; cannot be read as a status. Use the ledger&apos;s words for open, in support, watching or closed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結日があるのに終結していない状況です。どちらかを直してください。</source>
        <translation>There is a closure date but the status is not closed. Correct one of them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結したケースです。終結日を入れてください。</source>
        <translation>The case is closed. Fill in the closure date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付日より前の日付です。終結日を確かめてください。</source>
        <translation>The date is before the intake date. Check the closure date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結理由を入れてください。次のどれかです：{allowed}</source>
        <translation>Fill in the closure reason. Use one of: {allowed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付番号と受付日</source>
        <translation>Case number and intake date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{row}行目と{what}が同じです(重複)。どちらか一方を消してください。</source>
        <translation>Its {what} is the same as line {row} (duplicate). Delete one of them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選んだ人はこの行の候補にありません。候補から選ぶか、新しい人にしてください。</source>
        <translation>The chosen person is not among this line&apos;s candidates. Choose a candidate, or make it a new person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列の対応</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{name}」という列はファイルにありません。</source>
        <translation>The file has no column &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{field}」に二つの列が割り当てられています。一つにしてください。</source>
        <translation>Two columns are mapped to &quot;{field}&quot;. Use only one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「受付日」に当たる列を選んでください。</source>
        <translation>Choose the column for the intake date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「氏名」に当たる列を選んでください。</source>
        <translation>Choose the column for the name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>閲覧権限のないケース</source>
        <translation>Case you may not view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法第9条</source>
        <translation>Article 9 of the Act on Self-Reliance Support for Needy Persons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>了承すると支援計画は決定（支援決定）になり、ケースは支援提供に進みます。</source>
        <translation>Approving makes the support plan &quot;Decided&quot;, and the case moves on to &quot;Support in progress&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修正のうえ了承すると支援計画は決定（支援決定）になり、ケースは支援提供に進みます。修正の内容を決定の内容に書いてください。</source>
        <translation>Approving with changes makes the support plan &quot;Decided&quot;, and the case moves on to &quot;Support in progress&quot;. Write the changes in the decision.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>見直しにすると支援計画は見直し中になり、ケースは支援計画案に戻ります。担当者が新しい版の計画案を作ります。</source>
        <translation>&quot;Revise&quot; puts the support plan &quot;Under review&quot;, and the case goes back to &quot;Draft support plan&quot;. The worker drafts a new version of the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>継続にすると支援計画とケースの段階はそのままです。</source>
        <translation>&quot;Continue&quot; keeps the support plan and the case stage as they are.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結にすると支援計画は終了になります。ケースの終結は、終結の記録（理由・承認）で行ってください。</source>
        <translation>&quot;Closure&quot; makes the support plan &quot;Ended&quot;. Close the case itself with a closure record (reason and approval).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議の種類</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議の種類を一覧から選んでください。</source>
        <translation>Choose the meeting type from the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開催日</source>
        <translation>Date held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状況を選んでください。</source>
        <translation>Choose the status.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開催日（{date}）がまだ来ていないため「開催済み」にはできません。</source>
        <translation>The meeting date ({date}) has not come yet, so it cannot be marked as held.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>議題にケースがあるため、同意の扱いが異なる種類の会議には変更できません。議題を外してから変更してください。</source>
        <translation>There are cases on the agenda, so the meeting cannot be changed to a type that treats consent differently. Remove them from the agenda first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>決定を記録した議題があるため、中止にはできません。</source>
        <translation>Some agenda items have a recorded decision, so the meeting cannot be cancelled.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>場所</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>場所は200字、議長は100字までです。</source>
        <translation>The place can have up to 200 characters and the chair up to 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>か月数</source>
        <translation>Number of months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1から12までの数を入れてください。</source>
        <translation>Enter a number from 1 to 12.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>毎月の予定を作れるのは定例の会議だけです。随時の会議は一件ずつ予定してください。</source>
        <translation>Monthly schedules can be made only for regular meetings. Schedule ad hoc meetings one at a time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法的根拠</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援会議の法的根拠を入力してください（{basis}）。</source>
        <translation>Enter the legal basis of the support meeting ({basis}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席者</source>
        <translation>Attendee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>職員か関係機関のどちらかを選んでください。</source>
        <translation>Choose either staff or a related agency.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>職員</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在職中の職員を一覧から選んでください。</source>
        <translation>Choose active staff from the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} さんはすでに出席者にいます。</source>
        <translation>{name} is already an attendee.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名は100字までです。</source>
        <translation>The name can have up to 100 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この機関のこの方はすでに出席者にいます。</source>
        <translation>This person of this agency is already an attendee.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席者の氏名を入力するか、職員・関係機関を一覧から選んでください。</source>
        <translation>Enter the attendee&apos;s name, or choose staff or an agency from the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定された出席者は見つかりません。一覧を更新してください。</source>
        <translation>The attendee was not found. Refresh the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中止した会議には議題を追加できません。</source>
        <translation>Agenda items cannot be added to a cancelled meeting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>検討の目的</source>
        <translation>Purpose of discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>検討の目的を選んでください。</source>
        <translation>Choose the purpose of discussion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{case_number} はすでにこの会議の議題にあります。</source>
        <translation>{case_number} is already on the agenda of this meeting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>決定を記録した議題は外せません。</source>
        <translation>An agenda item with a recorded decision cannot be removed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定された議題は見つかりません。一覧を更新してください。</source>
        <translation>The agenda item was not found. Refresh the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>決定を選んでください。</source>
        <translation>Choose the decision.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケースのない議題には決定を記録できません。</source>
        <translation>A decision cannot be recorded for an agenda item without a case.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この議題には「{decision}」が記録済みです。決定は変更できません。改めて検討する場合は次の会議の議題にしてください。</source>
        <translation>&quot;{decision}&quot; is already recorded for this agenda item. The decision cannot be changed. To discuss it again, put it on the agenda of the next meeting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先にこの会議の記録を更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</source>
        <translation>Another user updated this meeting&apos;s record first. What you entered is kept. Check the latest content, then save again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>番号 {meeting_id} の会議は見つかりません。会議の一覧で番号を確かめてください。</source>
        <translation>Meeting No. {meeting_id} was not found. Check the number in the meeting list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中止した会議には{what}を記録できません。</source>
        <translation>{what} cannot be recorded for a cancelled meeting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この会議の開催日（{date}）はまだ来ていません。{what}は会議が開かれてから記録してください。</source>
        <translation>The date of this meeting ({date}) has not come yet. Record {what} after the meeting is held.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開始時刻</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開始時刻を入力してください。</source>
        <translation>Enter the start time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時刻として読み取れません。「14:00」のように入力してください。</source>
        <translation>This cannot be read as a time. Enter it like &quot;14:00&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付番号 {case_number} のケースは見つからないか、閲覧する権限がありません。</source>
        <translation>The case {case_number} was not found, or you may not view it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{case_number} には会議に提出された支援計画（会議提出）がないため、プラン検討の議題にはできません。支援計画を会議に提出してから追加するか、別の目的（評価・終結確認・情報共有）を選んでください。</source>
        <translation>{case_number} has no support plan submitted to a meeting, so it cannot be put on the agenda for plan review. Submit the support plan to a meeting first, or choose another purpose (evaluation, closure check, information sharing).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{plan_no}版（{status}）</source>
        <translation>Version {plan_no} ({status})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合計</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窓口全体</source>
        <translation>Whole desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当の範囲</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>継続中のケース（段階別・{scope}）</source>
        <translation>Open cases (by stage, {scope})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今年度に開催した会議（種類別）</source>
        <translation>Meetings held this fiscal year (by type)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今年度の会議で検討したケース（目的・決定別、延べ件数）</source>
        <translation>Cases discussed at meetings this fiscal year (by purpose and decision, total count)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未決定</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{purpose}：{text}</source>
        <translation>{purpose}: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>経過確認の予定（{date}）がすでにあります。その経過確認を記録してから、次の予定を立ててください。</source>
        <translation>A monitoring review is already scheduled ({date}). Record that review before scheduling the next one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>経過確認の予定日</source>
        <translation>Review due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>経過確認を行う予定日を入力してください。</source>
        <translation>Enter the date the monitoring review is due.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先にこの経過確認を更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</source>
        <translation>Another user updated this monitoring review first. What you entered is kept. Check the latest content, then save again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この経過確認はすでに記録されています。画面を読み込み直してください。</source>
        <translation>This monitoring review has already been recorded. Reload the screen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>経過確認日</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>評価の結果</source>
        <translation>Result of the evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>継続・見直し・終結のどれにするかを選んでください。</source>
        <translation>Choose continue, review or end.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>次回の経過確認日</source>
        <translation>Next review date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援を継続する場合は、次に経過確認を行う日を入力してください。</source>
        <translation>To continue the support, enter the date of the next monitoring review.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>経過確認日より後の日付にしてください。</source>
        <translation>Use a date after the review date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースには決定した支援計画がありません。経過確認は、支援調整会議で決定した支援計画について行います。</source>
        <translation>This case has no decided support plan. Monitoring reviews are for support plans decided at a coordination meeting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定された経過確認の記録は見つかりません。</source>
        <translation>The monitoring record was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画の決定日（{date}）より前の日付は入力できません。</source>
        <translation>Dates before the support plan&apos;s decision date ({date}) cannot be entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>計画の項目の評価</source>
        <translation>Evaluation of the plan items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>決定している支援計画にない項目が含まれています。画面を読み込み直してください。</source>
        <translation>It contains items that are not in the decided support plan. Reload the screen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number}「{goal}」</source>
        <translation>{number} &quot;{goal}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>項目{name}の達成状況を選んでください。計画のすべての項目を評価します。</source>
        <translation>Choose the achievement of item {name}. Every item of the plan is evaluated.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>指定された支援経過の記録は見つかりません。</source>
        <translation>The progress note was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この記録はすでに確認済みです。</source>
        <translation>This note has already been acknowledged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>件名</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>件名を入力してください。</source>
        <translation>Enter the subject.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100文字以内で入力してください。</source>
        <translation>Use at most 100 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本文を入力してください。</source>
        <translation>Enter the text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定された定型文は見つかりません。</source>
        <translation>The note template was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期間の終わり</source>
        <translation>End of period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期間の始めより前の日付です。</source>
        <translation>The date is before the start of the period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先にこの記録を更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</source>
        <translation>Another user updated this record first. What you entered is kept. Check the latest content, then save again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>定型文を編集する権限がありません。主任相談支援員またはシステム管理者に相談してください。</source>
        <translation>You may not edit note templates. Ask a chief counselor or the system administrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この記録を直せるのは、記録した職員と主任相談支援員だけです。直す必要があるときは、記録した職員に相談してください。</source>
        <translation>Only the staff member who wrote this note and chief counselors can correct it. If it needs correcting, ask the staff member who wrote it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時刻</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時刻を入力してください。</source>
        <translation>Enter the time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>これから先の時刻は入力できません。</source>
        <translation>A time in the future cannot be entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時間(分)</source>
        <translation>Time (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0から{maximum}までの分数を入力してください。</source>
        <translation>Enter a number of minutes from 0 to {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在職中の職員を選んでください。</source>
        <translation>Choose active staff.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事業区分</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援の内容を入力してください。</source>
        <translation>Enter the support given.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>次回予定日</source>
        <translation>Next planned date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>次回の予定</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>次回予定日を入れたときは、予定の内容も入力してください。</source>
        <translation>With a next planned date, also enter what is planned.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本人の意向</source>
        <translation>Wishes of the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>総合的な目標</source>
        <translation>Overall goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>短期目標</source>
        <translation>Short-term goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>次回見直し予定日</source>
        <translation>Next review date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目標</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援内容</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当（機関・担当者）</source>
        <translation>In charge (agency and person)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>頻度・期間</source>
        <translation>Frequency and period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースには作成中の支援計画（第{plan_no}版・案）があります。案は一度に一つだけです。その案を編集してください。</source>
        <translation>This case has a support plan being drafted (version {plan_no}, draft). Only one draft at a time: edit that draft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{plan_no}版が会議に提出されています。新しい版を作るには、会議の決定を待つか、提出を取り下げてください。</source>
        <translation>Version {plan_no} has been submitted to a meeting. To make a new version, wait for the meeting&apos;s decision or withdraw the submission.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{plan_no}版は「{status}」のため変更できません。内容を変えるには新しい版を作成してください。</source>
        <translation>Version {plan_no} is &quot;{status}&quot; and cannot be changed. To change the content, make a new version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画の本人確認</source>
        <translation>Person&apos;s confirmation of the support plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人確認日を記録できるのは「決定」の支援計画だけです。</source>
        <translation>The date of the person&apos;s confirmation can be recorded only for a decided support plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>決定日（{date}）より前の日付は入力できません。</source>
        <translation>Dates before the decision date ({date}) cannot be entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先にこの支援計画を更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</source>
        <translation>Another user updated this support plan first. What you entered is kept. Check the latest content, then save again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定された支援計画は見つかりません。</source>
        <translation>The support plan was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースに第{plan_no}版の支援計画はありません。版の一覧で番号を確かめてください。</source>
        <translation>This case has no version {plan_no} of the support plan. Check the number in the list of versions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number}行目の{field}</source>
        <translation>{field} of line {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この行で目指すことを入力してください（不要な行は削除してください）。</source>
        <translation>Enter what this line aims for (delete lines you do not need).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当機関</source>
        <translation>Agency in charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当機関を関係機関の一覧から選んでください。</source>
        <translation>Choose the agency in charge from the list of related agencies.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人の同意が記録されていないため、支援計画は支援調整会議に提出できません（支援調整会議は本人の同意があるケースだけを検討します）。本人の同意を得て記録するか、同意が得られない場合は支援会議（法第9条）で情報共有を検討してください。</source>
        <translation>The person&apos;s consent is not recorded, so the support plan cannot be submitted to a coordination meeting (coordination meetings discuss only cases with the person&apos;s consent). Get and record the person&apos;s consent, or if consent cannot be obtained, consider sharing information at a support meeting (Article 9 of the Act).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議に提出する前に総合的な目標を入力してください。</source>
        <translation>Enter the overall goal before submitting to a meeting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議に提出する前に支援内容を1行以上入力してください。</source>
        <translation>Enter at least one line of support before submitting to a meeting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{issue}：{goal}</source>
        <translation>{issue}: {goal}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>指定されたつなぎの記録は見つかりません。</source>
        <translation>The referral record was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>実施済み・完了したつなぎの内容は変更できません。状況の変更で記録してください。</source>
        <translation>A referral that is done or completed cannot be edited. Record it as a change of status.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>実施日</source>
        <translation>Date done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>実施日が予定日から離れすぎています。日付を確かめてください。</source>
        <translation>The date done is too far from the planned date. Check the date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎを行った日（{date}）より前の日付は入力できません。</source>
        <translation>Dates before the referral date ({date}) cannot be entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>確認予定日</source>
        <translation>Check due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースに番号 {referral_id} のつなぎの記録はありません。つなぎの一覧で番号を確かめてください。</source>
        <translation>This case has no referral No. {referral_id}. Check the number in the list of referrals.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先にこのつなぎの記録を更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</source>
        <translation>Another user updated this referral record first. What you entered is kept. Check the latest content, then save again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎ</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎ先の機関を一覧から選んでください。</source>
        <translation>Choose the receiving agency from the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{name}」は現在使われていない機関です。別の機関を選んでください。</source>
        <translation>&quot;{name}&quot; is an agency no longer in use. Choose another agency.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>予定日</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎの方法</source>
        <translation>Referral method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎの方法を選んでください。</source>
        <translation>Choose the referral method.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同行する職員</source>
        <translation>Accompanying staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同行する職員を1人以上選んでください。</source>
        <translation>Choose at least one accompanying staff member.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぐ理由・依頼事項</source>
        <translation>Reason and request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>なぜこの機関につなぐのか、何を依頼するのかを入力してください。</source>
        <translation>Enter why the person is referred to this agency and what is asked of it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>予定日より後の日付にしてください（つないだ後に、本人が支援につながったかを確かめる日です）。</source>
        <translation>Use a date after the planned date (the day to check whether the person is receiving support after the referral).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぐ人</source>
        <translation>Person referred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースの世帯員ではありません。本人または世帯員を選んでください。</source>
        <translation>Not a member of this case&apos;s household. Choose the person or a household member.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{agency}へのつなぎが「{status}」です。</source>
        <translation>The referral to {agency} is &quot;{status}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終了していない支援計画があります。</source>
        <translation>There is a support plan that has not ended.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結の承認待ちがすでにあります。</source>
        <translation>A closure is already awaiting approval.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人 {name}</source>
        <translation>Person {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}（{relation}）</source>
        <translation>{name} ({relation})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不明</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0～17歳</source>
        <translation>0–17</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18～39歳</source>
        <translation>18–39</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>40～64歳</source>
        <translation>40–64</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>65～74歳</source>
        <translation>65–74</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>75歳以上</source>
        <translation>75 and over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>対象の年度を西暦（例：2025）で正しく入力してください。</source>
        <translation>Enter the fiscal year as a western year (e.g. 2025).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ファイルを保存できませんでした。ほかのアプリで開いていないか、保存先のフォルダーに書き込めるかを確かめてください。</source>
        <translation>The file could not be saved. Check that it is not open in another application and that the folder can be written to.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終了日</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終了日は開始日と同じ日かそれより後の日付にしてください。</source>
        <translation>The end date must be on or after the start date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期間は5年以内にしてください。開始日か終了日を見直してください。</source>
        <translation>The period can be at most 5 years. Check the start or end date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開始日</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>明治6年以降の日付を入力してください。</source>
        <translation>Enter a date in 1873 or later.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非表示にする件数</source>
        <translation>Counts to hide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1以上の数を入力してください。</source>
        <translation>Enter a number of 1 or more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} {desk} 実績報告</source>
        <translation>{title} {desk} activity report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start}～{end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窓口全体（閲覧制限のケースは指名されたもののみ）</source>
        <translation>Whole desk (restricted cases only where you are named)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>すべてのケース（閲覧制限のケースは指名されたもののみ）</source>
        <translation>All cases (restricted cases only where you are named)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自分と係のケース</source>
        <translation>My and my team&apos;s cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ケースを開いた日（受付日）で数えた新規相談の件数（新規相談受付件数）。</source>
        <translation>New consultations counted by the day the case was opened (intake date).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケースを開いた日（受付日）で数えた新規相談の件数（新規相談受付件数）。前期間の欄は、前期間の同じ順番の月の件数です。</source>
        <translation>New consultations counted by the day the case was opened (intake date). The previous-period column is the count of the month in the same position of the previous period.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>期間内に開いたケース（新規相談）を数えています。最初の相談受付票の内容によります。</source>
        <translation>Counts the cases opened in the period (new consultations). Based on the first intake form.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>期間内に開いたケース（新規相談）を数えています。ケースの「複合的な課題」の印によります。</source>
        <translation>Counts the cases opened in the period (new consultations). Based on the case&apos;s &quot;complex needs&quot; mark.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>期間内に開いたケース（新規相談）を数えています。現在の主担当が包括化推進員（権限または職種）かどうかで分けています。</source>
        <translation>Counts the cases opened in the period (new consultations). Split by whether the current lead worker is an inclusive support coordinator (by permission or job).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>期間内に開いたケース（新規相談）を数えています。ケースの地区によります。地区のないケースは「不明」です。</source>
        <translation>Counts the cases opened in the period (new consultations). Based on the case&apos;s district. Cases without a district are &quot;Unknown&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>期間内に開いたケース（新規相談）を数えています。本人の受付日時点の年齢です(生年月日がなければ最初の相談で聞いた年齢)。どちらもない人は「不明」です。</source>
        <translation>Counts the cases opened in the period (new consultations). The person&apos;s age on the intake date (or the age heard at the first consultation if there is no date of birth). People with neither are &quot;Unknown&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>期間内に開いたケース（新規相談）を数えています。本人の性別です。</source>
        <translation>Counts the cases opened in the period (new consultations). The person&apos;s sex.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>期間内の支援経過記録を1件ずつ数えています（活動件数）。時間は記録された所要時間（分）の合計を時間にしたものです。</source>
        <translation>Counts the progress notes in the period one by one (activities). Hours are the recorded durations (minutes) added up and shown in hours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>期間内の支援経過記録を1件ずつ数えています（活動件数）。時間は記録された所要時間（分）の合計を時間にしたものです。事業区分の記録がない活動は「事業区分なし」です。</source>
        <translation>Counts the progress notes in the period one by one (activities). Hours are the recorded durations (minutes) added up and shown in hours. Activities without a recorded programme are &quot;No programme&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>つなぎ日が期間内のつなぎ（同行支援・引継ぎを含む）を、つなぎ先1か所につき1件で数えています。「同行」が同行支援の件数です。</source>
        <translation>Referrals (including accompanied referrals and handovers) with a referral date in the period, one per receiving agency. &quot;Accompanied&quot; is the number of accompanied referrals.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>つなぎ日が期間内のつなぎ（同行支援・引継ぎを含む）を、つなぎ先1か所につき1件で数えています。結果は現在の状況です。</source>
        <translation>Referrals (including accompanied referrals and handovers) with a referral date in the period, one per receiving agency. The result is the current status.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>月別の新規相談件数</source>
        <translation>New consultations by month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>相談経路別の新規相談件数</source>
        <translation>New consultations by channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談者別の新規相談件数</source>
        <translation>New consultations by consulter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>複合的な課題の有無別の新規相談件数</source>
        <translation>New consultations with and without complex needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>複合的な課題</source>
        <translation>Complex needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>あり</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>主担当の職種別の新規相談件数</source>
        <translation>New consultations by lead worker&apos;s job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>その他の職員</source>
        <translation>Other staff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>地区別の新規相談件数</source>
        <translation>New consultations by district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地区</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>年齢層別の新規相談件数</source>
        <translation>New consultations by age group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年齢層</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>性別の新規相談件数</source>
        <translation>New consultations by sex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>課題の分類別の新規相談件数</source>
        <translation>New consultations by issue category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題の分類</source>
        <translation>Issue category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題の記録なし</source>
        <translation>No issue recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期間内に開いたケースの課題を大分類で数えています。1件のケースが複数の分類に入るため、各行の和は合計（ケース数）と一致しません。</source>
        <translation>Counts the issues of the cases opened in the period by main category. One case can be in several categories, so the rows do not add up to the total (number of cases).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period} 件数</source>
        <translation>{period} count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period} 時間</source>
        <translation>{period} hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期間内の支援経過記録を1件ずつ数えています（活動件数）。</source>
        <translation>Counts the progress notes in the period one by one (activities).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>記録者なし</source>
        <translation>No author</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方法別の活動件数</source>
        <translation>Activities by method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>職員別の活動件数と時間</source>
        <translation>Activities and hours by staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事業区分別の活動件数と時間（按分用）</source>
        <translation>Activities and hours by programme (for apportioning)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事業区分なし</source>
        <translation>No programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>アウトリーチの件数</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>区分</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>アウトリーチの活動件数</source>
        <translation>Outreach activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>訪問（アウトリーチ）で受け付けた新規相談</source>
        <translation>New consultations received by a visit (outreach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活動件数は「アウトリーチ」の印がある支援経過記録の件数、新規相談は最初の相談受付票の相談経路が訪問（アウトリーチ）のケースの件数です。</source>
        <translation>Activities are progress notes marked &quot;outreach&quot;; new consultations are cases whose first intake channel was a visit (outreach).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎ日が期間内のつなぎ（同行支援・引継ぎを含む）を、つなぎ先1か所につき1件で数えています。</source>
        <translation>Referrals (including accompanied referrals and handovers) with a referral date in the period, one per receiving agency.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎ先の種類別のつなぎ件数</source>
        <translation>Referrals by kind of receiving agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎ先の種類</source>
        <translation>Kind of receiving agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方法別のつなぎ件数（同行支援）</source>
        <translation>Referrals by method (accompanied)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>結果別のつなぎ件数</source>
        <translation>Referrals by result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>結果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>支援計画の作成・見直し件数</source>
        <translation>Support plans made and reviewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>作成（初回の計画）</source>
        <translation>Made (first plan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>見直し（2回目以降の計画）</source>
        <translation>Reviewed (second and later plans)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>決定日が期間内の支援計画を数えています。ケースの最初の計画を作成、2回目以降の計画を見直しとしています。</source>
        <translation>Counts the support plans decided in the period. A case&apos;s first plan counts as made; second and later plans as reviewed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period} 開催回数</source>
        <translation>{period} meetings held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period} 検討ケース</source>
        <translation>{period} cases discussed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>種類別の会議の開催回数と検討したケース数</source>
        <translation>Meetings held and cases discussed, by type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期間内に開催済みの会議の回数と、その議題のうちケースについてのものの延べ件数です（中止・予定の会議は数えません）。</source>
        <translation>The number of meetings held in the period and the total number of their agenda items about cases (cancelled and scheduled meetings are not counted).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結理由別の終結件数</source>
        <translation>Closures by reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結日が期間内の、承認された終結を数えています（その後再開したケースを含みます）。</source>
        <translation>Counts approved closures with a closure date in the period (including cases reopened later).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period}末</source>
        <translation>End of {period}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>その後終結したケース</source>
        <translation>Closed since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>職員別の担当件数（期間末に継続中のケース）</source>
        <translation>Cases by staff member (open at the end of the period)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期間の末日に継続中だったケースを、現在の主担当で数えています。</source>
        <translation>Counts the cases open on the last day of the period by their current lead worker.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>段階別の継続中のケース（期間末）</source>
        <translation>Open cases by stage (end of the period)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期間の末日に継続中だったケースを現在の段階で数えています（段階の履歴は残らないため）。その後終結したケースは別の行です。</source>
        <translation>Counts the cases open on the last day of the period by their current stage (the history of stages is not kept). Cases closed since are on a separate row.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新規相談受付件数</source>
        <translation>New consultations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>プラン作成件数</source>
        <translation>Plans made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>プラン見直し件数</source>
        <translation>Plans reviewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>他機関・制度へのつなぎ件数</source>
        <translation>Referrals to other agencies and programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>うち同行支援の件数</source>
        <translation>of which accompanied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎを行ったケース数（実数）</source>
        <translation>Cases referred (distinct)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援終了件数</source>
        <translation>Support ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>うち情報提供のみで終了した件数</source>
        <translation>of which ended with information only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活動件数（支援経過記録）</source>
        <translation>Activities (progress notes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援調整会議の開催回数</source>
        <translation>Coordination meetings held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援会議の開催回数</source>
        <translation>Support meetings held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談支援包括化推進会議の開催回数</source>
        <translation>Network promotion meetings held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国への報告項目（主な指標）</source>
        <translation>Items reported to the national government (main indicators)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指標</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新規相談受付件数：期間内に開いたケース。プラン作成件数：決定日が期間内の初回の支援計画。プラン見直し件数：決定日が期間内の2回目以降の計画。つなぎ件数：つなぎ日が期間内のつなぎ（つなぎ先1か所につき1件）。支援終了件数：終結日が期間内の承認された終結。情報提供のみで終了：そのうち終結理由が「情報提供のみ」のもの。活動件数：日時が期間内の支援経過記録。会議の開催回数：期間内に開催済みの会議。</source>
        <translation>New consultations: cases opened in the period. Plans made: first support plans decided in the period. Plans reviewed: second and later plans decided in the period. Referrals: referrals with a referral date in the period (one per receiving agency). Support ended: approved closures with a closure date in the period. Ended with information only: those whose closure reason is &quot;information only&quot;. Activities: progress notes dated in the period. Meetings held: meetings held in the period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}（{kana}）</source>
        <translation>{name} ({kana})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>「{action}」を行う権限がありません。必要な場合は主任相談支援員またはシステム管理者に相談してください。</source>
        <translation>You do not have permission to &quot;{action}&quot;. If needed, ask a chief counselor or the system administrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定されたケースは見つからないか、閲覧する権限がありません。</source>
        <translation>The case was not found, or you may not view it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースは終結しています。{what}を記録するには、先にケースを再開してください。</source>
        <translation>This case is closed. To record {what}, reopen the case first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>窓口の名前</source>
        <translation>Desk name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窓口の所在地</source>
        <translation>Desk address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窓口の電話番号</source>
        <translation>Desk phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付番号の形</source>
        <translation>Case number format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>休日相談窓口の日</source>
        <translation>Holiday consultation day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承認が必要な終結の理由</source>
        <translation>Closure reasons that need approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先に窓口の設定を変更しました。入力した内容はそのまま残っています。最新の設定を確認してから、もう一度保存してください。</source>
        <translation>Another user changed the desk settings first. What you entered is kept. Check the latest settings, then save again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窓口の名前を入力してください。</source>
        <translation>Enter the desk name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字とハイフン、かっこだけで入力してください(例: 042-000-1234)。</source>
        <translation>Use only digits, hyphens and parentheses (e.g. 042-000-1234).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>和暦か西暦のどちらかを選んでください。</source>
        <translation>Choose Japanese era or western.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>休日相談窓口の日の決め方を選んでください。</source>
        <translation>Choose how the holiday consultation day is set.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結の理由の一覧にない理由が含まれています。一覧から選び直してください。</source>
        <translation>It contains reasons that are not in the list of closure reasons. Choose again from the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>モニタリング</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎの確認</source>
        <translation>Referral check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>計画の見直し</source>
        <translation>Plan review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>次回の対応</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力途中</source>
        <translation>Unfinished input</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存していない受付の入力</source>
        <translation>Unsaved intake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存していない課題分析の入力</source>
        <translation>Unsaved assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存していない支援計画の入力</source>
        <translation>Unsaved support plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存していない支援経過の入力</source>
        <translation>Unsaved progress note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>モニタリングを行う</source>
        <translation>Do the monitoring review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}につながったか確認する</source>
        <translation>Check that the person reached {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画（第{plan_no}版）を見直す</source>
        <translation>Review the support plan (version {plan_no})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}の支援経過に記した次回の対応</source>
        <translation>Next step written in the progress note of {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}（{held_at:%H:%M}）</source>
        <translation>{name} ({held_at:%H:%M})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}さんの支援経過（{date}）を確認する</source>
        <translation>Acknowledge {name}&apos;s progress note ({date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援経過（{date}）を確認する</source>
        <translation>Acknowledge the progress note ({date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}さんが申請した終結を確かめて承認する</source>
        <translation>Check and approve the closure requested by {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申請された終結を確かめて承認する</source>
        <translation>Check and approve the requested closure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}（{saved} 自動保存）</source>
        <translation>{text} ({saved} autosaved)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>相談受付（{channel}）</source>
        <translation>Intake ({channel})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人同意：{status}</source>
        <translation>Consent of the person: {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題分析（第{sequence}回）</source>
        <translation>Assessment (no. {sequence})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}：振り分け {decision}</source>
        <translation>{title}: triage {decision}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎ：{name}（{status}）</source>
        <translation>Referral: {name} ({status})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎ：{name}（実施）</source>
        <translation>Referral: {name} (done)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画 第{plan_no}版 作成（現在：{status}）</source>
        <translation>Support plan version {plan_no} made (now: {status})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画 第{plan_no}版 決定（支援決定）</source>
        <translation>Support plan version {plan_no} decided (support decision)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind}：{purpose}</source>
        <translation>{kind}: {purpose}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援経過（{method}）</source>
        <translation>Progress note ({method})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}：{decision}</source>
        <translation>{title}: {decision}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結（{reason}）</source>
        <translation>Closure ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結を申請（{reason}）：承認待ち</source>
        <translation>Closure requested ({reason}): awaiting approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結の申請（{reason}）：差し戻し</source>
        <translation>Closure request ({reason}): sent back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケースを再開</source>
        <translation>Case reopened</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ロックまでの失敗回数</source>
        <translation>Failed logins before lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ロック時間(分)</source>
        <translation>Lock time (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自動ロックまでの時間(分)</source>
        <translation>Time before automatic lock (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>パスワードの最小文字数</source>
        <translation>Minimum password length</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>役割を変える</source>
        <translation>change its role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自分のアカウントは使用停止にできません。ほかのシステム管理者に依頼してください。</source>
        <translation>You cannot disable your own account. Ask another system administrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>使用停止にする</source>
        <translation>disable it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>チーム名</source>
        <translation>Team name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>チーム名を入力してください。</source>
        <translation>Enter the team name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100文字以内にしてください。</source>
        <translation>Use at most 100 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{name}」はすでにあります。別の名前にしてください。</source>
        <translation>&quot;{name}&quot; already exists. Choose another name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low}から{high}までの数を入力してください(いま{value})。</source>
        <translation>Enter a number from {low} to {high} (now {value}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定された利用者は見つかりません。一覧を更新してください。</source>
        <translation>The user was not found. Refresh the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選んだチームが見つかりません。一覧から選び直してください。</source>
        <translation>The chosen team was not found. Choose again from the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有効なシステム管理者がこのアカウントだけなので、{what}ことはできません。先にほかの職員をシステム管理者にしてください。</source>
        <translation>This is the only active system administrator account, so you cannot {what}. First make another staff member a system administrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先にこのアカウントを更新しました。入力した内容はそのまま残っています。一覧で最新の内容を確認してから、もう一度保存してください。</source>
        <translation>Another user updated this account first. What you entered is kept. Check the latest content in the list, then save again.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/help_viewer.py" line="+99"/>
        <source>WelfareDesk user guide</source>
        <translation>WelfareDesk user guide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../welfaredesk/gui/idle_lock.py" line="+303"/>
        <source>The login failed. Enter the password again.</source>
        <translation>The login failed. Enter the password again.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/intake_dialog.py" line="+203"/>
        <location line="+7"/>
        <location line="+3"/>
        <location line="+73"/>
        <location line="+12"/>
        <location line="+3"/>
        <location line="+89"/>
        <location line="+43"/>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Situation: separate several with commas (e.g. {examples}).</source>
        <translation>Situation: separate several with commas (e.g. {examples}).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Age {age}</source>
        <translation>Age {age}</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>An existing person: their stored record is used.</source>
        <translation>An existing person: their stored record is used.</translation>
    </message>
    <message>
        <location line="+210"/>
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
        <location line="+61"/>
        <source>Already known? (household member {number})</source>
        <translation>Already known? (household member {number})</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+63"/>
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
        <location line="+28"/>
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
        <location line="+365"/>
        <source>People already registered who match the name, furigana, date of birth or phone of the client or of a household member appear here. Nothing is merged unless you choose.</source>
        <translation>People already registered who match the name, furigana, date of birth or phone of the client or of a household member appear here. Nothing is merged unless you choose.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Register for this person</source>
        <translation>Register for this person</translation>
    </message>
    <message>
        <location filename="../../welfaredesk/gui/intake_dialog.py" line="-582"/>
        <location filename="../../ui/intake_dialog.ui" line="-354"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="+5"/>
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
        <location filename="../../welfaredesk/gui/intake_dialog.py" line="+366"/>
        <location filename="../../ui/intake_dialog.ui" line="+32"/>
        <source>Already known?</source>
        <translation>Already known?</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="+36"/>
        <source>Add the selected person to this household as a member, using their existing record (no second record is made).</source>
        <translation>Add the selected person to this household as a member, using their existing record (no second record is made).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use as a household member</source>
        <translation>&amp;Use as a household member</translation>
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
        <location filename="../../welfaredesk/gui/ledger_import_wizard.py" line="+198"/>
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
        <location filename="../../welfaredesk/gui/idle_lock.py" line="-222"/>
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
        <location line="+5"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../../welfaredesk/gui/login_dialog.py" line="+77"/>
        <source>&amp;Database connection...</source>
        <translation>&amp;Database connection...</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location filename="../../welfaredesk/gui/main_window.py" line="+200"/>
        <source>Case records are not shown to the role “{role}”. Log in with a counselor&apos;s or supervisor&apos;s account to work with cases.</source>
        <translation>Case records are not shown to the role “{role}”. Log in with a counselor&apos;s or supervisor&apos;s account to work with cases.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the work of this account from the menus above.</source>
        <translation>Open the work of this account from the menus above.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location line="+114"/>
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
        <location line="+41"/>
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
        <location line="+180"/>
        <source>Your password was changed ({name}).</source>
        <translation>Your password was changed ({name}).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="+14"/>
        <source>WelfareDesk - General Welfare Consultation Desk</source>
        <translation>WelfareDesk - General Welfare Consultation Desk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Workspace tabs</source>
        <translation>Workspace tabs</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+132"/>
        <source>Case list</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location line="-93"/>
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
        <location filename="../../welfaredesk/gui/application.py" line="+485"/>
        <location filename="../../ui/main_window.ui" line="+83"/>
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
        <location line="+14"/>
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
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
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
        <location filename="../../welfaredesk/gui/meetings.py" line="-1039"/>
        <location line="+30"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+159"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+80"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+56"/>
        <location line="+106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+2"/>
        <source>Period end</source>
        <translation>Period end</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Meeting details</source>
        <translation>Meeting details</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+837"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="-834"/>
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
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>Start time</translation>
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
        <source>Number of following months</source>
        <translation>Number of following months</translation>
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
        <location line="+16"/>
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
        <location line="+42"/>
        <source>Meeting decision</source>
        <translation>Meeting decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision note</source>
        <translation>Decision note</translation>
    </message>
    <message>
        <location line="-50"/>
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
        <location line="+14"/>
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
        <location line="+69"/>
        <location line="+451"/>
        <source>Cases: {n}, decided: {d}</source>
        <translation>Cases: {n}, decided: {d}</translation>
    </message>
    <message>
        <location line="-377"/>
        <source>Choose a meeting from the list</source>
        <translation>Choose a meeting from the list</translation>
    </message>
    <message>
        <location line="+61"/>
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
        <location line="+16"/>
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
        <location line="-554"/>
        <location line="+627"/>
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
        <location filename="../../welfaredesk/gui/ops.py" line="+372"/>
        <source>WelfareDesk</source>
        <translation>WelfareDesk</translation>
    </message>
    <message>
        <location filename="../../welfaredesk/gui/widgets/messages.py" line="+67"/>
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
        <location filename="../../welfaredesk/gui/monitoring_tab.py" line="+146"/>
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
        <location line="+224"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="-223"/>
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
        <location line="+13"/>
        <source>Reviews recorded</source>
        <translation>Reviews recorded</translation>
    </message>
    <message>
        <location line="-6"/>
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
        <location line="+162"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+161"/>
        <source>Reviewed by</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>The review&apos;s details</source>
        <translation>The review&apos;s details</translation>
    </message>
    <message>
        <location line="+52"/>
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
        <location filename="../../welfaredesk/gui/application.py" line="+257"/>
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
        <location line="+23"/>
        <source>Note templates</source>
        <translation>Note templates</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+20"/>
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
        <location line="+8"/>
        <source>Words in the notes</source>
        <translation>Words in the notes</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>A&amp;waiting confirmation</source>
        <translation>A&amp;waiting confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by method</source>
        <translation>Filter by method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by staff</source>
        <translation>Filter by staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From (date)</source>
        <translation>From (date)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (date)</source>
        <translation>To (date)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Progress notes</source>
        <translation>Progress notes</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+4"/>
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
        <location line="+50"/>
        <source>Preview of the printed form</source>
        <translation>Preview of the printed form</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../../welfaredesk/gui/plan_tab.py" line="-1265"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan versions</source>
        <translation>Plan versions</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+18"/>
        <source>The chosen plan</source>
        <translation>The chosen plan</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+7"/>
        <source>Plan items</source>
        <translation>Plan items</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+254"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="-253"/>
        <location line="+254"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="-253"/>
        <location line="+37"/>
        <location line="+209"/>
        <location line="+8"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="-253"/>
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
        <location line="+253"/>
        <source>Frequency and period</source>
        <translation>Frequency and period</translation>
    </message>
    <message>
        <location line="-252"/>
        <location line="+253"/>
        <source>Funding programme</source>
        <translation>Funding programme</translation>
    </message>
    <message>
        <location line="-230"/>
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
        <location line="+66"/>
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
        <location line="+375"/>
        <source>Client&apos;s wishes</source>
        <translation>Client&apos;s wishes</translation>
    </message>
    <message>
        <location line="-364"/>
        <location line="+365"/>
        <source>Overall goal</source>
        <translation>Overall goal</translation>
    </message>
    <message>
        <location line="-364"/>
        <location line="+365"/>
        <source>Short-term goals</source>
        <translation>Short-term goals</translation>
    </message>
    <message>
        <location line="-364"/>
        <location line="+365"/>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location line="-363"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+3"/>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+167"/>
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
        <location line="+65"/>
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
        <location filename="../../welfaredesk/gui/referral_tab.py" line="+896"/>
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
        <location line="+3"/>
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
        <location line="+33"/>
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
        <location line="+7"/>
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
        <location line="+7"/>
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
        <location line="-1021"/>
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
        <location line="+23"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+293"/>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location line="-292"/>
        <location line="+295"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="-294"/>
        <location line="+301"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-300"/>
        <location line="+302"/>
        <source>Confirm by</source>
        <translation>Confirm by</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="-91"/>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The referral&apos;s details</source>
        <translation>The referral&apos;s details</translation>
    </message>
    <message>
        <location line="+69"/>
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
        <location line="+75"/>
        <source>The confirmation is overdue.</source>
        <translation>The confirmation is overdue.</translation>
    </message>
    <message>
        <location line="-45"/>
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
        <location line="+2"/>
        <source>Referral no.</source>
        <translation>Referral no.</translation>
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
        <location line="+98"/>
        <source>Hidden: a small count could single out a person.</source>
        <translation>Hidden: a small count could single out a person.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+16"/>
        <source>Statistics and reports</source>
        <translation>Statistics and reports</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+27"/>
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
        <location line="+135"/>
        <source>Measure (policy)</source>
        <translation>Measure (policy)</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+32"/>
        <source>Programme results</source>
        <translation>Programme results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-evaluation (A to D)</source>
        <translation>Self-evaluation (A to D)</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Counting the figures...</source>
        <translation>Counting the figures...</translation>
    </message>
    <message>
        <location line="+173"/>
        <location line="+61"/>
        <source>Saving the file...</source>
        <translation>Saving the file...</translation>
    </message>
    <message>
        <location line="-506"/>
        <source>For submission outside the desk (hide small counts)</source>
        <translation>For submission outside the desk (hide small counts)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>e.g. 2025-04-01</source>
        <translation>e.g. 2025-04-01</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Count</source>
        <translation>&amp;Count</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tables of the report</source>
        <translation>Tables of the report</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The chosen table</source>
        <translation>The chosen table</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chart of the chosen table</source>
        <translation>Chart of the chosen table</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This draft is not saved. Export it to Excel, then edit it there.</source>
        <translation>This draft is not saved. Export it to Excel, then edit it there.</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+114"/>
        <source>Counted: {count} tables.</source>
        <translation>Counted: {count} tables.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a fiscal year or a date range, then press Count.</source>
        <translation>Choose a fiscal year or a date range, then press Count.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title} (cases counted: {scope})</source>
        <translation>{title} (cases counted: {scope})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} (period: {period}, cases counted: {scope})</source>
        <translation>{title} (period: {period}, cases counted: {scope})</translation>
    </message>
    <message>
        <location line="+136"/>
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
        <location line="+30"/>
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
        <location line="-28"/>
        <location line="+33"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+33"/>
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
        <location line="+19"/>
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
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
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
        <location filename="../../welfaredesk/gui/application.py" line="-154"/>
        <source>Demo user: demo / password: ********</source>
        <translation>Demo user: demo / password: ********</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <location filename="../../welfaredesk/gui/search_tab.py" line="+310"/>
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
        <location line="-7"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+97"/>
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
        <location filename="../../welfaredesk/gui/referral_tab.py" line="+707"/>
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
        <location filename="../../welfaredesk/gui/settings_dialog.py" line="+608"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="-417"/>
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
        <location line="+115"/>
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
        <location line="+13"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+47"/>
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
        <location line="+41"/>
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
        <location filename="../../welfaredesk/gui/setup_dialog.py" line="+62"/>
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
        <location filename="../../welfaredesk/gui/timeline_tab.py" line="+102"/>
        <source>Stage: {stage}</source>
        <translation>Stage: {stage}</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <location filename="../../welfaredesk/gui/application.py" line="-263"/>
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
        <location filename="../../welfaredesk/gui/tasks_tab.py" line="+91"/>
        <source>Today&apos;s tasks</source>
        <translation>Today&apos;s tasks</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>Terms</name>
    <message>
        <location filename="../../welfaredesk/gui/terms.py" line="+26"/>
        <source>Complex needs: one household has several problems of different fields at once (older age, disability, children, poverty …). A case with difficult complex needs is led by an inclusive support coordinator and is taken to the coordination meeting.</source>
        <translation>Complex needs: one household has several problems of different fields at once (older age, disability, children, poverty …). A case with difficult complex needs is led by an inclusive support coordinator and is taken to the coordination meeting.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Coordination meeting: the support plan of a case is examined and the roles of the city&apos;s offices and the agencies are settled. Only cases whose person has consented may be put on its agenda.</source>
        <translation>Coordination meeting: the support plan of a case is examined and the roles of the city&apos;s offices and the agencies are settled. Only cases whose person has consented may be put on its agenda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Support meeting (Article 9 of the Act on Self-Reliance Support for Needy Persons): the agencies share information on people who have not consented. No consent is needed; its members are bound to confidentiality, with penalties.</source>
        <translation>Support meeting (Article 9 of the Act on Self-Reliance Support for Needy Persons): the agencies share information on people who have not consented. No consent is needed; its members are bound to confidentiality, with penalties.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inclusive support promotion meeting: how the agencies work together; no individual case and no personal information is brought to it.</source>
        <translation>Inclusive support promotion meeting: how the agencies work together; no individual case and no personal information is brought to it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other meetings the desk holds with the agencies.</source>
        <translation>Other meetings the desk holds with the agencies.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Without consent the case cannot go to the coordination meeting, and information is handed to an agency only when a support meeting (Article 9) decided to share it. Its members are bound to confidentiality.</source>
        <translation>Without consent the case cannot go to the coordination meeting, and information is handed to an agency only when a support meeting (Article 9) decided to share it. Its members are bound to confidentiality.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Consent: the person agreed to share these kinds of information with this agency. Only what the recorded consent covers may be handed over.</source>
        <translation>Consent: the person agreed to share these kinds of information with this agency. Only what the recorded consent covers may be handed over.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support meeting: a support meeting (Article 9) decided to share the information without the person&apos;s consent. Name the meeting; what was learnt there stays confidential, with penalties.</source>
        <translation>Support meeting: a support meeting (Article 9) decided to share the information without the person&apos;s consent. Name the meeting; what was learnt there stays confidential, with penalties.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accompanied: a worker of the desk goes with the person to the office or agency and hands the case over to its worker in person.</source>
        <translation>Accompanied: a worker of the desk goes with the person to the office or agency and hands the case over to its worker in person.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone: the desk calls the agency, introduces the person and hands over what they agreed to share; the person goes on their own.</source>
        <translation>Phone: the desk calls the agency, introduces the person and hands over what they agreed to share; the person goes on their own.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letter: the person takes the referral sheet (or it is sent) to the agency.</source>
        <translation>Letter: the person takes the referral sheet (or it is sent) to the agency.</translation>
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
        <location filename="../../welfaredesk/gui/user_admin.py" line="+74"/>
        <source>WelfareDesk - User administration</source>
        <translation>WelfareDesk - User administration</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User administration</source>
        <translation>User administration</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+3"/>
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
