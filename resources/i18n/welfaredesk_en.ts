<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
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
    <name>AssessmentTab</name>
    <message>
        <location filename="../../welfaredesk/gui/assessment_tab.py" line="+199"/>
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
        <location line="+7"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue editing</source>
        <translation>Continue editing</translation>
    </message>
    <message>
        <location line="+43"/>
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
    <name>CaseTableModel</name>
    <message>
        <location filename="../../welfaredesk/gui/models/case_table_model.py" line="+68"/>
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
        <location line="+175"/>
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
        <location filename="../../welfaredesk/gui/case_view.py" line="+107"/>
        <source>Restricted case: only the staff named on it can see it.</source>
        <translation>Restricted case: only the staff named on it can see it.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Loading the case...</source>
        <translation>Loading the case...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+4"/>
        <source>Case no. {number}   Opened {date}</source>
        <translation>Case no. {number}   Opened {date}</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>Open</source>
        <translation>Open</translation>
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
        <location line="+73"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+73"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>No progress notes have been recorded yet.</source>
        <translation>No progress notes have been recorded yet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The {count} most recent notes are shown.</source>
        <translation>The {count} most recent notes are shown.</translation>
    </message>
    <message>
        <location line="+41"/>
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
        <location line="+87"/>
        <location line="+49"/>
        <location line="+49"/>
        <location line="+49"/>
        <location line="+49"/>
        <source>This screen will be built in the next version. For now, the case can be checked on the Basic information and household tab.</source>
        <translation>This screen will be built in the next version. For now, the case can be checked on the Basic information and household tab.</translation>
    </message>
    <message>
        <location line="-273"/>
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
        <location line="+31"/>
        <location line="+18"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+18"/>
        <source>Progress notes</source>
        <translation>Progress notes</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+18"/>
        <source>Monitoring and review</source>
        <translation>Monitoring and review</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+18"/>
        <source>Closure</source>
        <translation>Closure</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/consent_dialog.py" line="+82"/>
        <source>Record or change consent</source>
        <translation>Record or change consent</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <source>Agencies the person agreed to</source>
        <translation>Agencies the person agreed to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by name or section</source>
        <translation>Filter by name or section</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Information that may be shared</source>
        <translation>Information that may be shared</translation>
    </message>
    <message>
        <location line="+13"/>
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
</context>
<context>
    <name>ConsentHistoryDialog</name>
    <message>
        <location line="+40"/>
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
        <location filename="../../welfaredesk/gui/crash.py" line="+146"/>
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
    <name>IntakeDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/intake_dialog.py" line="+188"/>
        <location line="+6"/>
        <location line="+3"/>
        <location line="+71"/>
        <location line="+12"/>
        <location line="+3"/>
        <location line="+75"/>
        <location line="+42"/>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+75"/>
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
        <location line="+67"/>
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
    <name>LoginDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/login_dialog.py" line="+74"/>
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
        <location filename="../../welfaredesk/gui/main_window.py" line="+125"/>
        <source>Case records are not shown to the role “{role}”. Log in with a counselor&apos;s or supervisor&apos;s account to work with cases.</source>
        <translation>Case records are not shown to the role “{role}”. Log in with a counselor&apos;s or supervisor&apos;s account to work with cases.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>User: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case(s)</numerusform>
            <numerusform>%n case(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No case matches the search. Check the spelling or clear the filters.</source>
        <translation>No case matches the search. Check the spelling or clear the filters.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {location} ({count} cases)</source>
        <translation>Database: {location} ({count} cases)</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="+124"/>
        <source>About WelfareDesk</source>
        <translation>About WelfareDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WelfareDesk {version}</source>
        <translation>WelfareDesk {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case management for the general welfare consultation desk.
Screen and print font: BIZ UDGothic / BIZ UDMincho (SIL Open Font License).
Python {python} / Qt {qt}</source>
        <translation>Case management for the general welfare consultation desk.
Screen and print font: BIZ UDGothic / BIZ UDMincho (SIL Open Font License).
Python {python} / Qt {qt}</translation>
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
        <location line="+80"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Consultation</source>
        <translation>&amp;Consultation</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>Messages</name>
    <message>
        <location filename="../../welfaredesk/gui/ops.py" line="+196"/>
        <source>WelfareDesk</source>
        <translation>WelfareDesk</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/pdf_preview.py" line="+69"/>
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
    <name>ReferralDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/referral_tab.py" line="+922"/>
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
        <location line="-1040"/>
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
        <location line="+68"/>
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
    <name>SendBackDialog</name>
    <message>
        <location line="+731"/>
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
    <name>SetupDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/setup_dialog.py" line="+56"/>
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
</TS>
