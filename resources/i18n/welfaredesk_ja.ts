<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/about_dialog.py" line="+58"/>
        <source>About WelfareDesk</source>
        <translation>WelfareDesk について</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;General</source>
        <translation>概要(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licences</source>
        <translation>ライセンス(&amp;L)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Version {version}</source>
        <translation>バージョン {version}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case records for a municipal general welfare consultation desk: intake, assessment, referrals, support plans, meetings, monitoring and closure.</source>
        <translation>市町村の福祉総合相談窓口の相談支援記録です。相談受付、課題分析・振り分け、同行支援・引継ぎ、支援計画、会議、経過確認、終結までを一つの記録として扱います。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copyright © 2026 the WelfareDesk authors.</source>
        <translation>Copyright © 2026 WelfareDesk の作成者</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking...</source>
        <translation>確認しています…</translation>
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
        <translation>OS:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database:</source>
        <translation>データベース:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment</source>
        <translation>動作環境</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A file on this PC (SQLite)</source>
        <translation>このパソコンのファイル(SQLite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server (PostgreSQL)</source>
        <translation>サーバー(PostgreSQL)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not be checked.</source>
        <translation>確認できませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>WelfareDesk includes the following software and fonts. Select one to read its licence.</source>
        <translation>WelfareDesk には次のソフトウェアとフォントが含まれています。選ぶと、そのライセンスを下に表示します。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Component</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runtime</source>
        <translation>実行環境</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain</source>
        <translation>パブリックドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPA Font License v1.0</source>
        <translation>IPAフォントライセンス v1.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free for any use</source>
        <translation>用途を問わず無償で利用可</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No licence is stated for this program in its source. Ask whoever gave you this copy about the terms of use.</source>
        <translation>このプログラムのソースにはライセンスが記載されていません。利用の条件は、このプログラムを提供した部署・事業者に確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt and PySide6 are used as shared libraries under the GNU Lesser General Public License version 3 (LGPL-3.0): you may replace them with a modified version. Their source code is available from {urls}.</source>
        <translation>Qt と PySide6 は、GNU 劣等一般公衆利用許諾書 第3版(LGPL-3.0)に基づき共有ライブラリとして使っています。改変した版に置き換えることができます。ソースコードは {urls} から入手できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A subset of IPAmj Mincho, renamed as its licence requires (resources/fonts/README.md says how to use the original font instead).</source>
        <translation>IPAmj明朝の一部を、ライセンスの定めに従って名前を変えて収録したものです(元のフォントを使う方法は resources/fonts/README.md にあります)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SQLite is part of the Python runtime.</source>
        <translation>SQLite は Python の実行環境に含まれています。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Licence: {licence}</source>
        <translation>ライセンス: {licence}</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/access_dialog.py" line="+79"/>
        <source>Access and sharing</source>
        <translation>閲覧制限・共有</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why they can see it</source>
        <translation>見られる理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granted</source>
        <translation>指名・共有した人</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Share with a staff member</source>
        <translation>職員と共有する</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Share</source>
        <translation>共有する(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top sharing</source>
        <translation>共有をやめる(&amp;T)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Viewing restriction</source>
        <translation>閲覧制限</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>&amp;Restrict...</source>
        <translation>閲覧を制限(&amp;R)…</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>&amp;Lift the restriction...</source>
        <translation>閲覧制限を解除(&amp;L)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Restricted: only the staff named below can see this case.</source>
        <translation>閲覧制限中: このケースは、下の指名された職員だけが見られます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason: {reason}</source>
        <translation>理由: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restricted by {name} ({when})</source>
        <translation>設定: {name}({when})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not restricted.</source>
        <translation>閲覧制限はありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({when})</source>
        <translation>{name}({when})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The lead worker is not named and cannot see this case.</source>
        <translation>主担当の職員は指名されていないため、このケースを見られません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Change the named staff...</source>
        <translation>指名する職員を変更(&amp;C)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/note_dialog.py" line="+654"/>
        <source>Confirm the progress note</source>
        <translation>支援経過の確認</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} {method} by {staff}</source>
        <translation>{date} {method}(記録: {staff})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Comment (optional)</source>
        <translation>コメント(任意)(&amp;C)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Con&amp;firm</source>
        <translation>確認する(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>AgencyDirectoryDialog</name>
    <message>
        <location filename="../../ui/agency_directory.ui" line="+14"/>
        <source>Agency directory</source>
        <translation>関係機関の一覧</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search by name, kana, section or notes</source>
        <translation>名称・ふりがな・担当部署・備考で検索</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show inactive</source>
        <translation>使用停止も表示</translation>
    </message>
    <message>
        <location filename="../../welfaredesk/gui/agency_directory.py" line="+70"/>
        <source>Export the agency directory</source>
        <translation>関係機関の一覧を書き出す</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Import the agency directory</source>
        <translation>関係機関の一覧を取り込む</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>All issues</source>
        <translation>すべての課題</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All kinds</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>担当部署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>受付時間</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>{name} (inactive)</source>
        <translation>{name}（使用停止）</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agency matches. Check the spelling or clear the filters.</source>
        <translation>該当する関係機関はありません。表記を確かめるか、条件を解除してください。</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../ui/agency_directory.ui" line="+32"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reactivate</source>
        <translation>再開</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate</source>
        <translation>使用停止</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>agencies.csv</source>
        <translation>関係機関.csv</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The directory was written to {path}.</source>
        <translation>関係機関の一覧を {path} に書き出しました。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file could not be read. Save it as CSV (UTF-8) and choose it again.</source>
        <translation>ファイルを読み込めませんでした。CSV(UTF-8)で保存してから、もう一度選んでください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New: {created}, changed: {updated}, unchanged: {unchanged}.</source>
        <translation>新規 {created} 件、変更 {updated} 件、変更なし {unchanged} 件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import CSV</source>
        <translation>CSV取り込み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has errors; nothing was imported.</source>
        <translation>ファイルに誤りがあるため、取り込みませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import this file?</source>
        <translation>このファイルを取り込みますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Imported. New: {created}, changed: {updated}.</source>
        <translation>取り込みました。新規 {created} 件、変更 {updated} 件。</translation>
    </message>
    <message>
        <location filename="../../ui/agency_directory.ui" line="+6"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Area</source>
        <translation>圏域</translation>
    </message>
    <message>
        <location filename="../../welfaredesk/gui/agency_directory.py" line="-292"/>
        <location filename="../../ui/agency_directory.ui" line="+10"/>
        <source>Issues handled</source>
        <translation>扱う課題</translation>
    </message>
    <message>
        <location filename="../../ui/agency_directory.ui" line="+14"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;New...</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit...</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deactivate / reactivate</source>
        <translation>使用停止/再開</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV...</source>
        <translation>CSV書き出し…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import CSV...</source>
        <translation>CSV取り込み…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>AgencyEditDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/agency_directory.py" line="+326"/>
        <source>Edit agency</source>
        <translation>関係機関の編集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New agency</source>
        <translation>関係機関の新規登録</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Member of the support network</source>
        <translation>支援ネットワークの構成員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>担当部署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>受付時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>圏域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues handled</source>
        <translation>扱う課題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>AnonymizeDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/anonymize_dialog.py" line="+45"/>
        <source>Save the anonymised case</source>
        <translation>匿名化した事例の保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.md *.txt)</source>
        <translation>テキストファイル (*.md *.txt)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Anonymised case for training</source>
        <translation>研修用の匿名化事例</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Names, addresses, phone numbers and case numbers are masked and every date is moved. Read the whole text before saving: people outside the household, rare details and places may still identify the family. Edit the text where needed.</source>
        <translation>氏名・住所・電話番号・受付番号を伏せ、日付をすべてずらしました。保存する前に必ず全文を読んでください。世帯以外の人の名前、珍しい出来事や場所などから世帯が分かることがあります。必要なところは書き直してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anonymising the case…</source>
        <translation>匿名化しています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People are shown by their relation to the client (本人, 母, 長男 …) or as A氏, B氏; staff as 職員A, 職員B. Agency names are kept: they are public bodies.</source>
        <translation>人は本人から見た続柄(本人・母・長男など)か A氏・B氏、職員は職員A・職員B で表しています。関係機関の名前は公的な機関のためそのまま載せています。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>I have &amp;checked the contents</source>
        <translation>内容を確認しました(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Masked: %1</source>
        <translation>伏せた内容: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Read the whole text and tick the check box before saving.</source>
        <translation>全文を読み、「内容を確認しました」にチェックを入れてから保存してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>anonymised-case.md</source>
        <translation>研修用事例.md</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <location filename="../../welfaredesk/gui/approvals_tab.py" line="+91"/>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+20"/>
        <location line="+15"/>
        <source>Case no.</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+20"/>
        <location line="+15"/>
        <source>Client</source>
        <translation>相談者</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Reason</source>
        <translation>終結の理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>引継ぎ先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by</source>
        <translation>申請者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested on</source>
        <translation>申請日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;back…</source>
        <translation>差し戻し…(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>記録の冒頭</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Confirm…</source>
        <translation>確認…(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;pen</source>
        <translation>開く(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan no.</source>
        <translation>計画番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>提出・更新日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Op&amp;en</source>
        <translation>開く(&amp;E)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Closures awaiting approval ({count})</source>
        <translation>終結の承認（{count}件）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress notes awaiting confirmation ({count})</source>
        <translation>支援経過の確認（{count}件）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support plans submitted to a meeting ({count})</source>
        <translation>会議に提出された支援計画（{count}件）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not on a meeting&apos;s agenda yet</source>
        <translation>会議の議題に未登録</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the agenda of {date}</source>
        <translation>{date}の会議の議題に登録済み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No. {number}</source>
        <translation>第{number}版</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The closure was approved; the case is closed.</source>
        <translation>終結を承認しました。ケースは終結しました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The closure was sent back to the worker.</source>
        <translation>終結を担当者に差し戻しました。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The progress note was confirmed.</source>
        <translation>支援経過の記録を確認しました。</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <location filename="../../welfaredesk/gui/assessment_tab.py" line="+197"/>
        <source>Versions</source>
        <translation>記録の一覧（版）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New assessment</source>
        <translation>新しい課題分析(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print assessment sheet</source>
        <translation>アセスメントシートを印刷(&amp;P)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Assessment &amp;date</source>
        <translation>課題分析日(&amp;D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+240"/>
        <source>Person</source>
        <translation>対象者</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+240"/>
        <source>Issue</source>
        <translation>課題の分類</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+240"/>
        <source>Source</source>
        <translation>情報源</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+240"/>
        <source>Note</source>
        <translation>内容・メモ</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>&amp;Add issue</source>
        <translation>課題を追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Household issues</source>
        <translation>世帯の課題</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ris&amp;k</source>
        <translation>リスク(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Urgency</source>
        <translation>緊急度(&amp;U)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>R&amp;emove issue</source>
        <translation>課題を削除(&amp;E)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>e.g. 2025-06-10</source>
        <translation>例: 令和7年6月10日、2025-06-10</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Stren&amp;gths</source>
        <translation>強み(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coord&amp;ination with agencies needed</source>
        <translation>関係機関との調整が必要(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Complex needs</source>
        <translation>複合的課題(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Triage</source>
        <translation>振り分け(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for the t&amp;riage</source>
        <translation>振り分けの理由(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lead worker</source>
        <translation>主担当(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;o-worker</source>
        <translation>副担当(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason the lead is not a coordinator (required)</source>
        <translation>主担当を推進員以外にする理由（必須）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Su&amp;mmary</source>
        <translation>まとめ(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The case is closed; reopen it to record an assessment.</source>
        <translation>このケースは終結しています。課題分析を記録するには、先にケースを再開してください。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No. {sequence}  {date}</source>
        <translation>第{sequence}回&#x3000;{date}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No assessment has been recorded for this case yet.</source>
        <translation>このケースの課題分析はまだ記録されていません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+157"/>
        <source>(not chosen)</source>
        <translation>（未選択）</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>(not decided)</source>
        <translation>（未決定）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment no. {sequence} ({date})</source>
        <translation>第{sequence}回 課題分析（{date}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessor</source>
        <translation>記入者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strengths</source>
        <translation>強み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>緊急度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordination needed</source>
        <translation>関係機関の調整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complex needs</source>
        <translation>複合的課題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triage</source>
        <translation>振り分け</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not decided</source>
        <translation>未決定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the triage</source>
        <translation>振り分けの理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>まとめ</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The assessment you were writing was not saved; it has been restored. Check it and save.</source>
        <translation>保存されていなかった課題分析の入力内容を復元しました。内容を確かめて保存してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} (proposed)</source>
        <translation>{text}（推奨）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Whole household</source>
        <translation>世帯全体</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(choose)</source>
        <translation>（選択してください）</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Saving...</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Discard the assessment?</source>
        <translation>入力中の課題分析を破棄しますか？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The assessment you are writing is not saved. Discard what you typed? To keep it, choose Continue and save.</source>
        <translation>入力中の課題分析は保存されていません。入力した内容を破棄しますか？残す場合は「入力を続ける」を選んで保存してください。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Preparing the assessment sheet...</source>
        <translation>アセスメントシートを準備しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment sheet {number} no. {sequence}</source>
        <translation>アセスメントシート {number} 第{sequence}回</translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/audit_viewer.py" line="+74"/>
        <source>Export the audit trail</source>
        <translation>操作記録の書き出し</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Audit trail</source>
        <translation>操作記録</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All users</source>
        <translation>すべての利用者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. R7-00012</source>
        <translation>例: R7-00012</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All actions</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. R7.6.1</source>
        <translation>例: R7.6.1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;User</source>
        <translation>利用者(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case &amp;number</source>
        <translation>受付番号(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period</source>
        <translation>期間(&amp;P)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>利用者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show &amp;more</source>
        <translation>さらに表示(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export CSV...</source>
        <translation>CSV に書き出す(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify the chain</source>
        <translation>連鎖を検証(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>No event matches the filters.</source>
        <translation>条件に合う操作記録はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the newest {count} events</source>
        <translation>新しい順に {count}件を表示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} events</source>
        <translation>{count}件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{target} No. {id}</source>
        <translation>{target}（番号 {id}）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>audit-trail.csv</source>
        <translation>操作記録.csv</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The audit trail was written to {path}.</source>
        <translation>操作記録を {path} に書き出しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The audit trail has not been tampered with ({count} events).</source>
        <translation>操作記録は改ざんされていません（{count}件）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit trail is broken at event No. {id}: that event or the one before it was changed or removed. Tell the system administrator.</source>
        <translation>操作記録の連鎖が番号 {id} の記録で壊れています。この記録かその直前の記録が変更または削除されています。システム管理者に連絡してください。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/backup_dialog.py" line="+177"/>
        <source>Backup and restore</source>
        <translation>バックアップと復元</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A backup is a copy of the whole database. Keep an encrypted copy outside this PC, and check now and then that a backup can be read.</source>
        <translation>バックアップはデータベース全体の複製です。このパソコンの外にも暗号化した複製を保管し、ときどきバックアップが読めるか確認してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Create a backup now</source>
        <translation>今すぐバックアップを作成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Encrypt with a passphrase (for a copy that leaves this PC)</source>
        <translation>パスフレーズで暗号化する(このパソコンの外へ持ち出す複製)(&amp;E)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>at least {n} characters</source>
        <translation>{n}文字以上</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;firm passphrase:</source>
        <translation>パスフレーズの確認(&amp;F):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create backup...</source>
        <translation>バックアップを作成(&amp;C)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Check or restore a backup</source>
        <translation>バックアップの確認と復元</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chec&amp;k a backup...</source>
        <translation>バックアップを確認(&amp;K)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore a backup...</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Automatic backups</source>
        <translation>自動バックアップ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When someone logs in and the last automatic backup is older than the interval, a new one is made in this folder; the oldest beyond the number to keep are deleted.</source>
        <translation>ログインしたときに、前回の自動バックアップから間隔以上たっていれば、このフォルダーに新しいバックアップを作ります。残す数を超えた古いものから削除します。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>C&amp;hoose...</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fol&amp;der:</source>
        <translation>保存先フォルダー(&amp;D):</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Backup file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File size</source>
        <translation>大きさ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Made automatically</source>
        <translation>自動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted with a passphrase</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Restore the backup</source>
        <translation>復元する</translation>
    </message>
    <message>
        <location line="-269"/>
        <source> day(s)</source>
        <translation> 日ごと</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Save the backup</source>
        <translation>バックアップの保存先</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Backups (*.db *.wdbk)</source>
        <translation>バックアップ (*.db *.wdbk)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Choose a backup</source>
        <translation>バックアップを選ぶ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup folder</source>
        <translation>バックアップの保存先フォルダー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encrypted backup</source>
        <translation>暗号化したバックアップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of this backup:</source>
        <translation>このバックアップのパスフレーズ:</translation>
    </message>
    <message>
        <location line="+190"/>
        <source> backup(s)</source>
        <translation> 個</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interval:</source>
        <translation>間隔(&amp;I):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Number to keep:</source>
        <translation>残す数(&amp;N):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save settings</source>
        <translation>設定を保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This desk&apos;s database is on a PostgreSQL server. The server&apos;s own scheduled backups (pg_dump, set up by the administrator) take the place of automatic backups; this program makes none. A backup made here is a snapshot of the server&apos;s database in the same format as on a single PC, and is restored into a new, empty database (see docs/server.md).</source>
        <translation>このデータベースは PostgreSQL のサーバーにあります。自動バックアップの代わりに、サーバーの定期バックアップ(システム管理者が設定する pg_dump)が使われ、このプログラムは自動バックアップを作りません。ここで作るバックアップは、サーバーのデータベースをある時点でそのまま写したもので、1台のパソコンの場合と同じ形式です。復元は新しい空のデータベースに行います(docs/server.md)。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Enter at least {n} characters.</source>
        <translation>{n}文字以上で入力してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two passphrases differ. Enter the same passphrase in both fields.</source>
        <translation>2つのパスフレーズが一致しません。両方の欄に同じパスフレーズを入力してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Creating the backup...</source>
        <translation>バックアップを作成しています…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Encrypted backup created: {path} ({size})</source>
        <translation>暗号化したバックアップを作成しました: {path}({size})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup created: {path} ({size})</source>
        <translation>バックアップを作成しました: {path}({size})</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checking the backup...</source>
        <translation>バックアップを確認しています…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}: schema version {revision}, {cases} cases, {events} audit events.</source>
        <translation>{name}: データベースの版 {revision}、ケース {cases}件、操作記録 {events}件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This backup was made by a newer WelfareDesk; update WelfareDesk to restore it.</source>
        <translation>このバックアップは、より新しい版の WelfareDesk で作成されています。復元するには WelfareDesk を更新してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit trail in this backup is broken at event {id}; it cannot be restored.</source>
        <translation>このバックアップの操作記録の連鎖が番号 {id} で壊れています。改ざんのおそれがあるため復元できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup is sound (integrity and audit trail checked).</source>
        <translation>バックアップは正常です(整合性と操作記録の連鎖を確認しました)。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+46"/>
        <source>Restore a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Replace the database with the backup “{name}”? Everything recorded after the backup was made will no longer be shown (the current database is kept as a copy beside it). WelfareDesk must be started again afterwards.</source>
        <translation>データベースをバックアップ「{name}」の内容に置き換えますか?バックアップの作成より後に記録した内容は表示されなくなります(今のデータベースは同じフォルダーに複製として残します)。復元のあと、WelfareDesk を起動し直す必要があります。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restoring the backup...</source>
        <translation>バックアップを復元しています…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup was restored ({cases} cases). The previous database was kept as {copy}.
WelfareDesk will now close; start it again to continue.</source>
        <translation>バックアップを復元しました(ケース {cases}件)。復元前のデータベースは {copy} に残しています。
WelfareDesk を終了します。続けるには、もう一度起動してください。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The settings were saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Backup created</source>
        <translation>バックアップを作成しました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic backup</source>
        <translation>自動バックアップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The automatic backup could not be made.</source>
        <translation>自動バックアップを作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>CaseFilterPanel</name>
    <message>
        <location filename="../../welfaredesk/gui/case_filter_panel.py" line="+193"/>
        <source>W&amp;orker</source>
        <translation>担当者(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tea&amp;m</source>
        <translation>係(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area</source>
        <translation>圏域(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue</source>
        <translation>課題(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nsent</source>
        <translation>同意(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal &amp;year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complex needs</source>
        <translation>複合的課題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic hardship</source>
        <translation>経済的困窮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>閲覧制限</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>O&amp;verdue</source>
        <translation>期限超過(&amp;J)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs a&amp;ttention</source>
        <translation>要確認(&amp;Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open cases marked urgent, or without contact for 30 days or more</source>
        <translation>対応中のケースのうち、緊急のもの、または30日以上接触のないもの</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;losed only</source>
        <translation>終結のみ(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear conditions</source>
        <translation>条件をクリア(&amp;L)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove</source>
        <translation>その他の条件を外す</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Anyone</source>
        <translation>すべての担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All teams</source>
        <translation>すべての係</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All areas</source>
        <translation>すべての圏域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All issues</source>
        <translation>すべての課題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any consent</source>
        <translation>同意の状況すべて</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All years</source>
        <translation>すべての年度</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Other conditions: {conditions}</source>
        <translation>その他の条件：{conditions}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>lead worker {names}</source>
        <translation>主担当 {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>worker {names}</source>
        <translation>担当者 {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>led by a coordinator</source>
        <translation>推進員が主担当</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>referral {statuses}</source>
        <translation>つなぎ {statuses}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opened {start} to {end}</source>
        <translation>受付日 {start}～{end}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>several choices</source>
        <translation>複数の選択</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more flags</source>
        <translation>その他の項目</translation>
    </message>
</context>
<context>
    <name>CaseListTools</name>
    <message>
        <location filename="../../welfaredesk/gui/case_list_tools.py" line="+172"/>
        <source>&amp;Filters ({count})</source>
        <translation>絞り込み条件：{count}件(&amp;K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Filters</source>
        <translation>絞り込み条件(&amp;K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+13"/>
        <source>Save view</source>
        <translation>表示を保存</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Name of the view (the search text is not saved):</source>
        <translation>表示の名前（検索欄の文字は保存されません）：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A view named “{name}” exists. Replace it?</source>
        <translation>「{name}」という表示はすでにあります。上書きしますか？</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+12"/>
        <source>Delete view</source>
        <translation>表示を削除</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete the view “{name}”? The cases are not changed.</source>
        <translation>表示「{name}」を削除しますか？ケースは変わりません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change the lead worker</source>
        <translation>担当者の変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the cases in the list first (Ctrl or Shift and click).</source>
        <translation>先に一覧でケースを選んでください（Ctrl キーまたは Shift キーを押しながらクリック）。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Lead worker changed for %n case(s).</source>
        <translation>
            <numerusform>%n件のケースの主担当を変更しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>case-list_{date}.csv</source>
        <translation>ケース一覧_{date}.csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the list as CSV</source>
        <translation>一覧をCSVに出力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The CSV file could not be written. Check the folder, and that no other program has a file of the same name open.</source>
        <translation>CSVファイルを書き込めませんでした。保存先のフォルダーと、同じ名前のファイルがほかのプログラムで開かれていないかを確かめてください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export</source>
        <translation>CSV出力</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n case(s) written to the CSV file.</source>
        <translation>
            <numerusform>%n件をCSVファイルに書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseMeetingsWidget</name>
    <message>
        <location filename="../../welfaredesk/gui/meetings.py" line="+1108"/>
        <source>Meetings this case was discussed at, with the purpose and the decision. Meetings are scheduled and decided on the meetings screen (Consultation menu).</source>
        <translation>このケースを検討した会議と、その目的・決定です。会議の予定や決定の記録は、会議の一覧(相談メニュー)で行います。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision note</source>
        <translation>決定の内容</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This case has not been on a meeting&apos;s agenda.</source>
        <translation>このケースはまだ会議の議題になっていません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not decided</source>
        <translation>未決定</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../welfaredesk/gui/models/case_table_model.py" line="+72"/>
        <source>Case no.</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>圏域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead worker</source>
        <translation>主担当</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complex</source>
        <translation>複合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact (days)</source>
        <translation>最終接触(日)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next due</source>
        <translation>次回期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>受付日</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>(not available)</source>
        <translation>(表示できません)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source> (restricted)</source>
        <translation>（閲覧制限）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> (overdue)</source>
        <translation>（期限を過ぎています）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{days} days since the last contact</source>
        <translation>最後の接触から{days}日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complex needs</source>
        <translation>複合的課題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restricted case: only the staff named on it can see it.</source>
        <translation>閲覧制限のあるケースです。指定された職員だけが見られます。</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../welfaredesk/gui/case_view.py" line="+180"/>
        <source>Restricted case: only the staff named on it can see it.</source>
        <translation>閲覧制限のあるケースです。指定された職員だけが見られます。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Who viewed this case...</source>
        <translation>このケースを閲覧した人…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Access and sharing...</source>
        <translation>閲覧制限・共有…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Timeline</source>
        <translation>時系列</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Export anonymised for training...</source>
        <translation>研修用に匿名化して書き出す…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Monitoring review overdue</source>
        <translation>経過確認 期限超過</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the review on the Monitoring and review tab.</source>
        <translation>経過確認・評価タブで経過確認を記録してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed (read-only)</source>
        <translation>終結（閲覧のみ）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case is closed. Reopen it on the Closure tab to record anything more.</source>
        <translation>このケースは終結しています。記録を追加するには、終結タブで再開してください。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Last contact</source>
        <translation>最終接触</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>None recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} days ago</source>
        <translation>{days}日前</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contact for more than {days} days.</source>
        <translation>{days}日を超えて接触がありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the case...</source>
        <translation>ケースを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading...</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Referral check overdue: {count}</source>
        <translation>つなぎ確認 期限超過 {count}件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm on the Accompanied referral and handover tab that the person was taken on.</source>
        <translation>同行支援・引継ぎタブで、つないだ先で支援が始まったかを確認してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{age} years old</source>
        <translation>{age}歳</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case no. {number}   Opened {date}</source>
        <translation>受付番号 {number}&#x3000;&#x3000;受付日 {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <source>Not assigned</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Not recorded</source>
        <translation>未登録</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{date} (age {age})</source>
        <translation>{date}（{age}歳）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still open</source>
        <translation>支援中</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/case_view.ui" line="+94"/>
        <source>Complex needs</source>
        <translation>複合的課題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic hardship</source>
        <translation>経済的困窮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/case_view.ui" line="-7"/>
        <source>Restricted</source>
        <translation>閲覧制限</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+83"/>
        <source>Yes</source>
        <translation>同居</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+83"/>
        <source>No</source>
        <translation>別居</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>No progress notes have been recorded yet.</source>
        <translation>支援経過の記録はまだありません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The {count} most recent notes are shown.</source>
        <translation>新しいものから{count}件を表示しています。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Consent: {status}</source>
        <translation>同意：{status}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Preparing the contact slip...</source>
        <translation>連絡票を作成しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact slip {number}</source>
        <translation>連絡票 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="+49"/>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lead worker</source>
        <translation>主担当</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Consent</source>
        <translation>本人同意</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Basic information and household</source>
        <translation>基本情報・世帯</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Client</source>
        <translation>本人</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Area</source>
        <translation>圏域</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opened</source>
        <translation>受付日</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Closed</source>
        <translation>終結日</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Co-worker</source>
        <translation>副担当</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Notes</source>
        <translation>特記事項</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Household</source>
        <translation>世帯</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+264"/>
        <source>Relation</source>
        <translation>続柄</translation>
    </message>
    <message>
        <location line="-259"/>
        <location line="+264"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Kana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+259"/>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <location line="-254"/>
        <location line="+259"/>
        <source>Lives together</source>
        <translation>同居</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Situation</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+79"/>
        <location line="+18"/>
        <source>Contact slips</source>
        <translation>連絡票</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+114"/>
        <source>Received</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+114"/>
        <source>Channel</source>
        <translation>受付経路</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+114"/>
        <source>Consulter</source>
        <translation>相談者</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+114"/>
        <source>Staff</source>
        <translation>受付者</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+114"/>
        <location line="+16"/>
        <source>Presenting concern</source>
        <translation>主訴</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Recent progress notes</source>
        <translation>最近の支援経過</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose a consultation to print its contact slip. Printing is recorded in the audit trail.</source>
        <translation>相談を選んで連絡票を印刷します。印刷したことは操作記録に残ります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consultations</source>
        <translation>相談の記録</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Household and consent</source>
        <translation>世帯・同意</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Print contact slip...</source>
        <translation>連絡票を印刷…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>Assessment and triage</source>
        <translation>課題分析・振り分け</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>Accompanied referral and handover</source>
        <translation>同行支援・引継ぎ</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>Support plan</source>
        <translation>支援計画</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>Meetings</source>
        <translation>会議</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>Progress notes</source>
        <translation>支援経過</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>Monitoring and review</source>
        <translation>経過確認・評価</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>Closure</source>
        <translation>終結</translation>
    </message>
</context>
<context>
    <name>CaseViewsBar</name>
    <message>
        <location filename="../../welfaredesk/gui/case_filter_panel.py" line="-333"/>
        <source>&amp;View</source>
        <translation>表示(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sa&amp;ve view...</source>
        <translation>表示を保存(&amp;P)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete vie&amp;w</source>
        <translation>表示を削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filters</source>
        <translation>絞り込み条件(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reassign...</source>
        <translation>担当者の変更(&amp;R)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport CSV...</source>
        <translation>CSV出力(&amp;X)...</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(custom conditions)</source>
        <translation>（条件を指定）</translation>
    </message>
</context>
<context>
    <name>ChangeNotice</name>
    <message>
        <location filename="../../welfaredesk/gui/change_watcher.py" line="+68"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows the latest saves. What you are typing stays in its editor.</source>
        <translation>最新の保存内容を表示します。入力中の内容は編集画面にそのまま残ります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another staff member updated this case.</source>
        <translation>ほかの職員がこのケースを更新しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> The tab you are editing ({tabs}) was not reloaded, so your input is kept.</source>
        <translation>編集中の「{tabs}」は、入力を残すため読み込み直していません。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/change_password_dialog.py" line="+54"/>
        <source>WelfareDesk - Change password</source>
        <translation>WelfareDesk - パスワードの変更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change your password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your password was set by the system administrator. Choose your own password before you continue.</source>
        <translation>いまのパスワードはシステム管理者が設定したものです。続ける前に、ご自分のパスワードに変更してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: choose a password that is hard to guess (not your login ID, not only digits).</source>
        <translation>{name}さん:推測されにくいパスワードにしてください(ログインIDと同じもの、数字だけのものは使えません)。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Current password</source>
        <translation>現在のパスワード(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password</source>
        <translation>新しいパスワード(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password (&amp;again)</source>
        <translation>新しいパスワード(確認)(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hange password</source>
        <translation>変更する(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter your current password.</source>
        <translation>現在のパスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the new password.</source>
        <translation>新しいパスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving...</source>
        <translation>保存しています…</translation>
    </message>
</context>
<context>
    <name>ClientConfirmDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/plan_tab.py" line="+1289"/>
        <source>Client&apos;s confirmation</source>
        <translation>本人確認日の記録</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the day the person signed the printed plan of version {number}.</source>
        <translation>本人が第{number}版の支援計画書に署名した日を入力してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Date signed</source>
        <translation>署名した日(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record</source>
        <translation>記録(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ClosureTab</name>
    <message>
        <location filename="../../welfaredesk/gui/closure_tab.py" line="+140"/>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;back</source>
        <translation>差し戻し(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen the case</source>
        <translation>ケースを再開(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close the case</source>
        <translation>ケースの終結</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reas&amp;on</source>
        <translation>終結の理由(&amp;O)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type part of the agency&apos;s name</source>
        <translation>機関名の一部を入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over &amp;to</source>
        <translation>引継ぎ先(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closure &amp;date</source>
        <translation>終結日(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the support ended and what the person and the agencies agreed</source>
        <translation>支援を終えるに至った経過と、本人・関係機関との確認事項</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Summary</source>
        <translation>終結に至る経過(&amp;S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Close the case</source>
        <translation>終結する(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may approve closures: the case closes as soon as you save.</source>
        <translation>終結を承認できる権限があるため、保存するとすぐにケースが終結します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;quest the closure</source>
        <translation>終結を申請(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the desk requires it, the closure waits for the chief counselor&apos;s approval before the case closes.</source>
        <translation>窓口の設定で承認が必要な理由の場合は、主任相談支援員が承認するまでケースは終結しません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closures and reopenings</source>
        <translation>終結と再開の履歴</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed on</source>
        <translation>終結日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened on</source>
        <translation>再開日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for reopening or sending back</source>
        <translation>再開の理由・差し戻しの理由</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Print the closure record</source>
        <translation>終結記録票を印刷(&amp;P)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>(choose a reason)</source>
        <translation>（理由を選択）</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Closed on {date}. Reason: {reason}.</source>
        <translation>{date} に終結しました。理由：{reason}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approved by {name} ({when}).</source>
        <translation>承認：{name}（{when}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case is read-only. Reopen it to record anything more; the closure stays in the history.</source>
        <translation>このケースは閲覧のみです。記録を追加するには再開してください（終結の記録は履歴に残ります）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A closure ({reason}, {date}) is waiting for the chief counselor&apos;s approval.</source>
        <translation>終結（{reason}、{date}）が主任相談支援員の承認待ちです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested by {name}.</source>
        <translation>申請：{name}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case is open. The closure ({reason}) was sent back. Reason: {why}</source>
        <translation>このケースは支援中です。終結（{reason}）は差し戻されました。理由：{why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case is open.</source>
        <translation>このケースは支援中です（終結していません）。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Saving...</source>
        <translation>保存しています...</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The case was closed. It is now read-only.</source>
        <translation>ケースを終結しました。以後は閲覧のみです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closure is waiting for the chief counselor&apos;s approval.</source>
        <translation>終結は主任相談支援員の承認待ちです。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The closure was approved. The case is closed.</source>
        <translation>終結を承認しました。ケースは終結しました。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The closure was sent back. The case stays open.</source>
        <translation>終結を差し戻しました。ケースは終結しません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The case was reopened. The closure is kept in the history.</source>
        <translation>ケースを再開しました。終結の記録は履歴に残っています。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing the closure record...</source>
        <translation>終結記録票を準備しています…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closure record {number}</source>
        <translation>終結記録票 {number}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/plan_tab.py" line="+60"/>
        <source>Compare plan versions</source>
        <translation>支援計画の版の比較</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+57"/>
        <location line="+3"/>
        <source>Version {number} ({status})</source>
        <translation>第{number}版({status})</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>&amp;Before:</source>
        <translation>比較元(&amp;B):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;After:</source>
        <translation>比較先(&amp;A):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The two versions have the same content.</source>
        <translation>二つの版の内容は同じです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yellow: changed. Green: added. Red: removed.</source>
        <translation>黄色：変更、緑：追加、赤：削除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No changes.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Support rows</source>
        <translation>支援内容の行</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Added: row {b}</source>
        <translation>追加: {b}行目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed: row {a}</source>
        <translation>削除: {a}行目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed: row {a} → row {b}</source>
        <translation>変更: {a}行目 → {b}行目</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} other rows are unchanged.</source>
        <translation>ほかの{count}行は変更ありません。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/conflict_dialog.py" line="+113"/>
        <source>Someone else saved this first</source>
        <translation>ほかの職員が先に保存しました</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your save was not made. What you typed is still in the editor and in its draft. Compare it with what was saved, then choose what to do.</source>
        <translation>あなたの保存は行われていません。入力した内容は、編集画面と下書きにそのまま残っています。保存された内容と見比べて、どうするかを選んでください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you opened it</source>
        <translation>開いたときの内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved by the other person</source>
        <translation>ほかの職員が保存した内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your input</source>
        <translation>あなたの入力</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The other person&apos;s save did not change the fields of this form (it changed something else, such as a confirmation or the case&apos;s stage).</source>
        <translation>ほかの職員の保存では、この画面の項目は変わっていません(確認の状態やケースの段階など、別の内容が変わりました)。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bold: changed by the other person. Marked ★: you both changed it; saving your input replaces what they saved.</source>
        <translation>太字：ほかの職員が変えた内容。★：あなたとほかの職員の両方が変えた項目です。あなたの入力を保存すると、ほかの職員が保存した内容は置き換わります。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Keep my input on top of the latest</source>
        <translation>自分の入力を残して最新版に重ねる(&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your input stays in the form. Check it and save again: it then replaces the latest version.</source>
        <translation>入力した内容は画面に残ります。確かめてからもう一度保存すると、最新版を置き換えます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the &amp;latest (your input to the clipboard)</source>
        <translation>最新の内容を表示（自分の入力はクリップボードへ）(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The form shows what was saved last. Your input is copied to the clipboard so you can paste what you still need.</source>
        <translation>最後に保存された内容を表示します。あなたの入力はクリップボードにコピーするので、必要なところを貼り付けられます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{what} was saved by someone else after you opened it.</source>
        <translation>{what}は、あなたが開いたあとに、ほかの職員が保存しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} was saved on {when} with your account, in another window or on another PC, after you opened it.</source>
        <translation>{what}は、あなたが開いたあと、{when}にあなたのアカウントで(別の画面またはパソコンから)保存されました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} was saved by {name} on {when}, after you opened it.</source>
        <translation>{what}は、あなたが開いたあと、{when}に{name}さんが保存しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another staff member</source>
        <translation>ほかの職員</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(empty)</source>
        <translation>(空欄)</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../welfaredesk/gui/connection_banner.py" line="+212"/>
        <source>Reconnect now</source>
        <translation>今すぐ再接続</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The connection is back. Saved the {count} waiting saves.</source>
        <translation>接続が戻りました。保存待ちの {count} 件を保存しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection is back.</source>
        <translation>接続が戻りました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in {seconds} s</source>
        <translation>{seconds} 秒後</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connecting now</source>
        <translation>接続を確認中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database server cannot be reached. What you are typing is kept on this PC for now. Reconnecting automatically ({when}).</source>
        <translation>データベースのサーバーに接続できません。入力中の内容はこのパソコンに一時保存しています。自動で再接続を試みています（{when}）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saves waiting: {count} (they are saved automatically when the connection is back)</source>
        <translation>保存待ち：{count} 件（接続が戻ると自動で保存します）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saves are waiting</source>
        <translation>保存待ちがあります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} saves are waiting for the connection to the database server. If you quit now they are not saved; the drafts kept on this PC are offered again at the next start. Quit anyway?</source>
        <translation>データベースのサーバーへの接続を待っている保存が {count} 件あります。いま終了すると保存されません（このパソコンに一時保存した下書きは、次に起動したときに再開できます）。それでも終了しますか？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quit</source>
        <translation>終了する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep waiting</source>
        <translation>接続を待つ</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/connection_dialog.py" line="+66"/>
        <location line="+103"/>
        <source>Database file</source>
        <translation>データベースのファイル</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Database files (*.db)</source>
        <translation>データベースのファイル (*.db)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate of the server&apos;s CA</source>
        <translation>サーバーの認証局（CA）の証明書</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.crt *.pem *.cer)</source>
        <translation>証明書 (*.crt *.pem *.cer)</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+382"/>
        <source>Database connection</source>
        <translation>データベースの接続先</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>Which database this PC opens</source>
        <translation>このパソコンが使うデータベース</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open now: {location}</source>
        <translation>現在開いているデータベース: {location}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A &amp;file on this PC (SQLite)</source>
        <translation>このパソコンのファイル（SQLite）(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;A server (PostgreSQL)</source>
        <translation>サーバー（PostgreSQL）(&amp;A)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Do not keep the password here (use my own .pgpass file)</source>
        <translation>パスワードをこのパソコンの設定に保存しない（自分の .pgpass ファイルを使う）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Normally the password is kept in a password file only you can read, in this PC&apos;s settings folder. Tick this if the administrator set up your own .pgpass file (or PGPASSFILE) instead.</source>
        <translation>通常、パスワードはこのパソコンの設定フォルダーにある、本人だけが読めるパスワードファイルに保存します。システム管理者が本人用の .pgpass ファイル（または PGPASSFILE）を用意している場合はチェックしてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encrypted (certificate not checked)</source>
        <translation>暗号化する（証明書は確認しない）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, server certificate checked</source>
        <translation>暗号化し、サーバーの証明書を確認する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection is always encrypted. With the certificate of the server&apos;s CA, the program also checks that it talks to the real server (recommended; the host must be the name in the server&apos;s certificate). Without a certificate it is encrypted but not checked, which is chosen when no certificate is given.</source>
        <translation>通信は常に暗号化されます。サーバーの認証局（CA）の証明書を指定すると、本物のサーバーに接続していることも確認します（推奨。ホストにはサーバーの証明書に書かれた名前を入力してください）。証明書がない場合は、暗号化だけを行い、相手の確認はしません（証明書を指定しないときの既定）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>B&amp;rowse...</source>
        <translation>参照(&amp;R)...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database name:</source>
        <translation>データベース名(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Encryption:</source>
        <translation>暗号化(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate:</source>
        <translation>証明書(&amp;C):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The new connection is used after the program is started again. The password is never written into the settings file.</source>
        <translation>新しい接続先は、プログラムを起動し直すと使われます。パスワードは設定ファイルには書き込まれません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Test the connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A password is kept for this server. Leave it empty to keep it.</source>
        <translation>このサーバーのパスワードは保存済みです。変更しない場合は空欄のままにしてください。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Database file: this is a folder. Choose or type a file name.</source>
        <translation>データベースのファイル：フォルダーが指定されています。ファイル名を選ぶか入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database file: the folder does not exist. Choose an existing folder.</source>
        <translation>データベースのファイル：フォルダーがありません。存在するフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host: enter the server&apos;s name or IP address.</source>
        <translation>ホスト：サーバーの名前か IP アドレスを入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host: enter only the server&apos;s name or IP address, without spaces.</source>
        <translation>ホスト：サーバーの名前か IP アドレスだけを、空白なしで入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port: enter a number from 1 to 65535 (usually 5432).</source>
        <translation>ポート：1〜65535 の数字を入力してください（通常は 5432）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database name: enter the name.</source>
        <translation>データベース名：名前を入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name: enter the user name.</source>
        <translation>ユーザー名：ユーザー名を入力してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificate: choose the certificate file of the server&apos;s CA, or choose encryption without the check.</source>
        <translation>証明書：サーバーの認証局（CA）の証明書ファイルを選ぶか、暗号化を「証明書は確認しない」にしてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate: the file does not exist. Choose it again.</source>
        <translation>証明書：ファイルがありません。選び直してください。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Testing the connection...</source>
        <translation>接続を確認しています...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Details: {detail}</source>
        <translation>詳細: {detail}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Password: enter the password, or tick the box to use your own .pgpass file.</source>
        <translation>パスワード：パスワードを入力するか、自分の .pgpass ファイルを使う場合はチェックを入れてください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The connection was saved. Close WelfareDesk and start it again to use the new connection.</source>
        <translation>接続先を保存しました。新しい接続先を使うには、WelfareDesk を終了して起動し直してください。</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/consent_dialog.py" line="+92"/>
        <source>Record or change consent</source>
        <translation>同意の記録・変更</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Con&amp;sent</source>
        <translation>同意の状況(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 2025-06-10</source>
        <translation>例: 令和7年6月10日、2025-06-10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method</source>
        <translation>同意の方法(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not chosen)</source>
        <translation>（未選択）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Date</source>
        <translation>同意日(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+204"/>
        <source>Agencies the person agreed to</source>
        <translation>情報共有に同意した関係機関</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Filter by name or section</source>
        <translation>機関名・部署で絞り込み</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+186"/>
        <source>Meetings</source>
        <translation>同意した会議</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+178"/>
        <source>Information that may be shared</source>
        <translation>共有に同意した情報</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>&amp;Notes</source>
        <translation>備考(&amp;N)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{count} agencies chosen</source>
        <translation>{count}機関を選択しています</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Saving...</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Consent status</source>
        <translation>同意の状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of consent</source>
        <translation>同意日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent method</source>
        <translation>同意の方法</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes on the consent</source>
        <translation>同意についての備考</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This case</source>
        <translation>このケース</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your input is kept on top of the latest version. Check it and save: it then replaces what the other person saved.</source>
        <translation>あなたの入力を最新版に重ねました。内容を確かめて保存すると、ほかの職員が保存した内容を置き換えます。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The latest version is shown. Your input was copied to the clipboard: paste what you still need.</source>
        <translation>最新の内容を表示しています。あなたの入力はクリップボードにコピーしました。必要なところを貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryDialog</name>
    <message>
        <location line="+18"/>
        <source>Consent history</source>
        <translation>同意の履歴</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No consent has been recorded for this case yet.</source>
        <translation>このケースの同意はまだ記録されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded by {name}</source>
        <translation>記録：{name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agencies</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>会議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>共有できる情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/crash.py" line="+147"/>
        <source>WelfareDesk - Error</source>
        <translation>WelfareDesk — エラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unexpected error occurred in the program. Saved records are safe. If the same problem happens again, please tell the system administrator.</source>
        <translation>プログラムで予期しないエラーが起きました。保存済みの記録は失われていません。同じことが繰り返し起きる場合は、システム管理者に連絡してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An error report (without personal information) was saved here:
{path}</source>
        <translation>エラーの報告（個人情報は含みません）を次の場所に保存しました。
{path}</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../welfaredesk/gui/dashboard_tab.py" line="+86"/>
        <source>MMMM d (ddd)</source>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a bar, or double-click a number in a table, to open the list of those cases.</source>
        <translation>棒をクリックするか、表の数字をダブルクリックすると、そのケースの一覧を開きます。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open cases by stage</source>
        <translation>段階別の継続中ケース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent of the person (open cases)</source>
        <translation>本人同意の状況（継続中のケース）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New consultations per month</source>
        <translation>月別の新規相談（受付したケース）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases per lead worker</source>
        <translation>主担当別の担当件数（継続中のケース）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complex needs (open cases)</source>
        <translation>複合的な課題のケース（継続中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past their due date (open cases)</source>
        <translation>期限を過ぎたもの（継続中のケース）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals made this fiscal year, by status</source>
        <translation>今年度のつなぎの状況</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only the first row opens a case list; the others count the overdue tasks of all cases (referral confirmations, monitoring, plan reviews).</source>
        <translation>一覧を開けるのは1行目だけです。ほかの行は、すべてのケースの期限を過ぎた仕事（つなぎの確認・モニタリング・計画の見直し）の件数です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list shows every case with a referral in that status, including referrals of earlier years.</source>
        <translation>一覧には、その状況のつなぎがあるケースを、前年度以前のつなぎの分も含めて表示します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counting…</source>
        <translation>集計しています…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>As of {date} ({year})</source>
        <translation>{date}現在（{year}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open cases: {open}&#x3000;Closed this fiscal year: {closed}</source>
        <translation>継続中のケース {open}件&#x3000;今年度の終結 {closed}件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next holiday consultation window: {day}</source>
        <translation>次の休日窓口：{day}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Month opened</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breakdown</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count of cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This row has no case list.</source>
        <translation>この行からはケースの一覧を開けません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Year total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../welfaredesk/gui/idle_lock.py" line="+302"/>
        <source>The login failed. Enter the password again.</source>
        <translation>ログインできませんでした。もう一度入力してください。</translation>
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
        <translation>（未選択）</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Age {age}</source>
        <translation>{age}歳</translation>
    </message>
    <message>
        <location line="+310"/>
        <source>Unsaved intake</source>
        <translation>保存されていない入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is input that was not saved. Restore it?</source>
        <translation>保存されていない入力があります。復元しますか？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>復元する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>破棄する</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{name} ({kana})</source>
        <translation>{name}（{kana}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Born {date} (age {age})</source>
        <translation>生年月日 {date}（{age}歳）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone {phone}</source>
        <translation>電話 {phone}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open cases: {numbers}</source>
        <translation>相談中のケース：{numbers}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open case</source>
        <translation>相談中のケースなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches: {reasons}</source>
        <translation>一致：{reasons}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Registering for an existing person: {name} ({numbers})</source>
        <translation>既存の人として登録します: {name}（{numbers}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registering for an existing person: {name} (no open case; a new case is opened)</source>
        <translation>既存の人として登録します: {name}（相談中のケースがないため、新しいケースを開きます）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saving...</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Close the intake</source>
        <translation>相談受付を閉じる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The intake is not saved. Close it? What you typed is kept as a draft and offered again next time.</source>
        <translation>相談受付はまだ保存されていません。閉じますか？入力した内容は下書きとして残り、次に開いたときに復元できます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>入力を続ける</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="+14"/>
        <source>New consultation intake</source>
        <translation>新規相談受付（相談受付・連絡票）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancel &amp;link</source>
        <translation>解除(&amp;L)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reception</source>
        <translation>受付</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date &amp;received</source>
        <translation>受付日(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. R8.4.1</source>
        <translation>例：R8.4.1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Time</source>
        <translation>受付時刻(&amp;T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. 10:30</source>
        <translation>例：10:30</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;hannel</source>
        <translation>受付経路(&amp;H)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recei&amp;ved by</source>
        <translation>受付者(&amp;V)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Consu&amp;lter</source>
        <translation>相談者種別(&amp;L)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Consulter&apos;s name</source>
        <translation>相談者氏名</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Relation to client</source>
        <translation>本人との関係</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Consulter&apos;s contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Referred &amp;by</source>
        <translation>紹介元(&amp;O)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agency or person that referred the client to the desk, if any.</source>
        <translation>窓口を紹介した関係機関や人(ある場合)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client</source>
        <translation>本人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Family name</source>
        <translation>姓(&amp;F)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Given name</source>
        <translation>名(&amp;G)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Se&amp;x</source>
        <translation>性別(&amp;X)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+170"/>
        <source>Furigana (family)</source>
        <translation>ふりがな(姓)</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+158"/>
        <source>Furigana (given)</source>
        <translation>ふりがな(名)</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Date of &amp;birth</source>
        <translation>生年月日(&amp;B)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. S19.5.3</source>
        <translation>例：S19.5.3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. 03-1234-5678</source>
        <translation>例：03-1234-5678</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;ddress</source>
        <translation>住所(&amp;D)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ar&amp;ea</source>
        <translation>圏域(&amp;E)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Household members</source>
        <translation>世帯員</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Relation</source>
        <translation>続柄</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lives together</source>
        <translation>同居</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Situation</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add member</source>
        <translation>世帯員を追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;move member</source>
        <translation>世帯員を削除(&amp;M)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Situation: separate several with commas (e.g. 要介護、認知症).</source>
        <translation>状況は「、」で区切って複数入力できます（例：要介護、認知症）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consultation</source>
        <translation>相談内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Presenting &amp;concern</source>
        <translation>主訴(&amp;C)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Issues</source>
        <translation>課題(&amp;I)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Most pressing (◎)</source>
        <translation>最も困っていること(◎)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Flags</source>
        <translation>該当するもの</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suspected complex needs</source>
        <translation>複合的課題の疑い</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Economic hardship</source>
        <translation>経済的困窮</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Did not know where to consult</source>
        <translation>どこに相談したらよいか分からなかった</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Consent and first response</source>
        <translation>本人同意・初回対応</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Co&amp;nsent</source>
        <translation>本人同意(&amp;N)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Consent date</source>
        <translation>同意日</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shared &amp;with</source>
        <translation>情報共有先(&amp;W)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agencies the client agreed to share information with (check with the space bar).</source>
        <translation>本人が情報共有に同意した関係機関(スペースキーでチェック)。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meetings</source>
        <translation>会議での検討</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Coordination meeting</source>
        <translation>支援調整会議</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other case meetings</source>
        <translation>その他の個別ケース会議</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First &amp;response</source>
        <translation>初回対応(&amp;R)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Already known?</source>
        <translation>登録済みの人の候補</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People already registered who match the name, furigana, date of birth or phone appear here. Nothing is merged unless you choose.</source>
        <translation>氏名・ふりがな・生年月日・電話番号が一致する登録済みの人をここに表示します。選ばない限り、まとめられることはありません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Register as this person&apos;s consultation</source>
        <translation>この人の相談として登録</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>LedgerImportWizard</name>
    <message>
        <location filename="../../welfaredesk/gui/ledger_import_wizard.py" line="+197"/>
        <source>Import a ledger</source>
        <translation>相談台帳の取り込み</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the consultation ledger (an Excel file .xlsx, or a CSV file in UTF-8 or Shift_JIS) to import. The file is only read; nothing is saved until the last step.</source>
        <translation>取り込む相談台帳(Excelのファイル .xlsx、または文字コードがUTF-8かシフトJISのCSVファイル)を選んでください。ファイルは読むだけです。最後の手順まで何も保存しません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No file chosen</source>
        <translation>ファイルが選ばれていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file...</source>
        <translation>ファイルを選ぶ(&amp;C)...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose what each column of the file holds. Recognised headers are already set; columns set to “Do not import” are left out. The reception date and the name are required.</source>
        <translation>ファイルの各列に何が入っているかを選んでください。見出しから分かった列は設定済みです。「取り込まない」の列は取り込みません。「受付日」と「氏名」は必ず選んでください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Problems in the file</source>
        <translation>ファイルの問題</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fix these rows in the file and check again, or import only the rows without problems.</source>
        <translation>ファイルのこれらの行を直してもう一度確認するか、問題のない行だけを取り込んでください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Co&amp;py the list</source>
        <translation>一覧をコピー(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;again</source>
        <translation>もう一度確認(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People who may already be known</source>
        <translation>すでに相談歴があるかもしれない人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person on these rows may already have a case. Decide for each row: the same person (a new case for them) or a new person. Nobody is merged without a decision.</source>
        <translation>これらの行の人は、すでにケースがあるかもしれません。行ごとに「同じ人」(その人の新しいケースにする)か「新しい人」かを選んでください。選ばないまま同じ人にまとめることはしません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+376"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="-376"/>
        <source>Possible matches</source>
        <translation>該当するかもしれない人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import only the rows without problems (rows with problems or without a decision are left out)</source>
        <translation>問題のない行だけ取り込む(問題のある行と判断していない行は取り込みません)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What will be imported</source>
        <translation>取り込む内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Try it first (nothing is saved)</source>
        <translation>試しに実行(保存しない)(&amp;T)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1. File</source>
        <translation>1. ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Columns</source>
        <translation>2. 列の対応</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Check</source>
        <translation>3. 確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Import</source>
        <translation>4. 取り込み</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Reading the file...</source>
        <translation>ファイルを読んでいます...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shift_JIS</source>
        <translation>シフトJIS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel file</source>
        <translation>Excelのファイル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV file</source>
        <translation>CSVファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} ({encoding})</source>
        <translation>{kind}(文字コード {encoding})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {kind}. Headers on row {header}, {rows} data rows, {columns} columns ({known} recognised).</source>
        <translation>{file}:{kind}。見出しは{header}行目、データは{rows}行、列は{columns}列(うち見出しから分かった列 {known})。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Column of the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>取り込む項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example {n}</source>
        <translation>例{n}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Do not import</source>
        <translation>取り込まない</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Checking every row of the file...</source>
        <translation>ファイルのすべての行を確認しています...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No row of the file can be imported.</source>
        <translation>取り込める行がありません。ファイルを直してから、もう一度確認してください。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{total} rows: {ready} can be imported, {problems} with problems, {undecided} waiting for a decision, {already} imported before.</source>
        <translation>全{total}行:取り込める行 {ready}、問題のある行 {problems}、判断が必要な行 {undecided}、取り込み済みの行 {already}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every row is ready.</source>
        <translation>すべての行を取り込めます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row {row}</source>
        <translation>{row}行目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({kana}, born {born}): cases {cases} ({reasons})</source>
        <translation>{name}（{kana}、{born}生）：ケース {cases}（{reasons}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person {id}</source>
        <translation>人の番号 {id}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Same person ({who})</source>
        <translation>同じ人（{who}）</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Not decided yet</source>
        <translation>未判断</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New person</source>
        <translation>新しい人</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied {count} problems.</source>
        <translation>問題 {count}件をコピーしました。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File: {file}</source>
        <translation>ファイル:{file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows to import: {count} (each becomes a case with a contact slip)</source>
        <translation>取り込む行:{count}行(1行ごとに連絡票とケースを作ります)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of them, new cases for people already known: {count}</source>
        <translation>うち、すでに相談歴のある人の新しいケース:{count}件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows left out (problems or no decision): {count}</source>
        <translation>取り込まない行(問題あり・未判断):{count}行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows imported before (skipped): {count}</source>
        <translation>取り込み済みで飛ばす行:{count}行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All rows are saved together, or none. Press Import to start, or try it first without saving.</source>
        <translation>すべての行をまとめて保存します。途中で失敗したときは何も保存しません。「取り込む」を押すと始まります。先に保存せずに試すこともできます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Trying the import...</source>
        <translation>試しに取り込んでいます(保存はしません)...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing the rows...</source>
        <translation>取り込んでいます...</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was imported: the file has rows with problems or waiting for a decision. Go back to the check.</source>
        <translation>何も取り込みませんでした。問題のある行か判断が必要な行が残っています。確認の画面に戻ってください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trial run: {count} cases would be created. Nothing was saved; untick the trial to import.</source>
        <translation>試しに実行しました:{count}件のケースを作成できます。何も保存していません。取り込むには「試しに実行」のチェックを外してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported. {count} cases were created ({numbers}).</source>
        <translation>取り込みました。{count}件のケースを作成しました({numbers})。</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../welfaredesk/gui/idle_lock.py" line="-221"/>
        <source>The screen is locked</source>
        <translation>画面をロックしています</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location line="+35"/>
        <source>WelfareDesk - Screen locked</source>
        <translation>WelfareDesk - 画面のロック</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The screen is locked</source>
        <translation>画面をロックしています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logged in: {name} ({role}, login ID {login})</source>
        <translation>ログイン中:{name}({role}、ログインID {login})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter your password to continue.</source>
        <translation>続けるには、パスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log in as another user</source>
        <translation>別の利用者でログインする</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking...</source>
        <translation>確認しています…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/login_dialog.py" line="+76"/>
        <source>&amp;Database connection...</source>
        <translation>データベースの接続先(&amp;D)...</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter your login ID.</source>
        <translation>ログインIDを入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking...</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a new password to continue. Log in again when you are ready.</source>
        <translation>続けるには新しいパスワードを決める必要があります。準備ができたら、もう一度ログインしてください。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The database server cannot be reached. Check that the server is running and that this PC is connected to the network, then try again. If it continues, contact your system administrator.</source>
        <translation>データベースのサーバーに接続できません。サーバーが動いているか、このパソコンがネットワークにつながっているかを確認してから、もう一度「ログイン」を押してください。続く場合はシステム管理者に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="+20"/>
        <source>WelfareDesk - Log in</source>
        <translation>WelfareDesk — ログイン</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>General Welfare Consultation Desk</source>
        <translation>福祉総合相談窓口</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter your login ID and password.</source>
        <translation>ログインIDとパスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Login &amp;ID</source>
        <translation>ログインID(&amp;I)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Log in</source>
        <translation>ログイン(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../welfaredesk/gui/main_window.py" line="+190"/>
        <source>Case records are not shown to the role “{role}”. Log in with a counselor&apos;s or supervisor&apos;s account to work with cases.</source>
        <translation>「{role}」のアカウントでは、ケースの記録は表示されません。ケースを扱うときは、相談支援員や主任相談支援員のアカウントでログインしてください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All stages</source>
        <translation>すべての段階</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Approvals and confirmations</source>
        <translation>承認・確認待ち</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>My tasks</source>
        <translation>今日の仕事</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search &amp;everything</source>
        <translation>すべてを検索(&amp;E)...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>User: {name} ({role})</source>
        <translation>利用者: {name}（{role}）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Only a system administrator can make backups.</source>
        <translation>バックアップはシステム管理者だけが行えます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a ledger...</source>
        <translation>相談台帳の取り込み(&amp;I)...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Statistics and reports...</source>
        <translation>統計・実績報告(&amp;S)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Database connection...</source>
        <translation>データベースの接続先(&amp;D)...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a system administrator can change the database connection.</source>
        <translation>データベースの接続先を変更できるのはシステム管理者だけです。</translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <location line="+32"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No case matches the search. Check the spelling or clear the filters.</source>
        <translation>条件に合うケースはありません。入力した文字を確かめるか、条件を外してください。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Database: {location}</source>
        <translation>データベース: {location}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {location} ({count} cases)</source>
        <translation>データベース: {location}（ケース {count}件）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unsaved intake</source>
        <translation>保存されていない相談受付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An intake you were writing was not saved (last autosave {when}). Open it now to continue?</source>
        <translation>入力中の相談受付が保存されていません(最後の自動保存: {when})。いま開いて続けますか？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsaved assessment</source>
        <translation>保存されていない課題分析</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An assessment you were writing was not saved (last autosave {when}). Open the case now to continue?</source>
        <translation>入力中の課題分析が保存されていません（最後の自動保存 {when}）。ケースを開いて続けますか？</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Your password was changed ({name}).</source>
        <translation>パスワードを変更しました({name})。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="+14"/>
        <source>WelfareDesk - General Welfare Consultation Desk</source>
        <translation>WelfareDesk — 福祉総合相談窓口</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Case list</source>
        <translation>ケース一覧</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Case number, name, kana or phone number</source>
        <translation>受付番号・氏名・ふりがな・電話番号</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;tage</source>
        <translation>段階(&amp;T)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Exclude closed</source>
        <translation>終結を除く(&amp;E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;My cases only</source>
        <translation>自分の担当のみ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../welfaredesk/gui/application.py" line="+474"/>
        <location filename="../../ui/main_window.ui" line="+80"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="+14"/>
        <source>&amp;Consultation</source>
        <translation>相談(&amp;C)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change &amp;password...</source>
        <translation>パスワードの変更(&amp;P)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lock screen</source>
        <translation>画面をロック(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Settings...</source>
        <translation>設定(&amp;S)...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;User administration...</source>
        <translation>利用者の管理(&amp;U)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit &amp;trail...</source>
        <translation>操作記録の閲覧(&amp;T)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Backup...</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New consultation intake...</source>
        <translation>新規相談受付(&amp;N)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Agency directory...</source>
        <translation>関係機関の一覧(&amp;A)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Meetings...</source>
        <translation>会議の一覧(&amp;M)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find case</source>
        <translation>ケースを検索(&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close case tab</source>
        <translation>ケースのタブを閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About WelfareDesk</source>
        <translation>WelfareDeskについて(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MeetingsDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/meetings.py" line="-1017"/>
        <source>Meetings</source>
        <translation>会議</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+148"/>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+72"/>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+52"/>
        <location line="+99"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Cases</source>
        <translation>ケース</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>すべての状況</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New meeting</source>
        <translation>新しい会議(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda and decisions</source>
        <translation>議題と決定</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+824"/>
        <source>Minutes</source>
        <translation>会議録</translation>
    </message>
    <message>
        <location line="-821"/>
        <source>Print &amp;agenda...</source>
        <translation>次第を印刷(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print attendance &amp;list...</source>
        <translation>出席者名簿を印刷(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print minu&amp;tes...</source>
        <translation>会議録を印刷(&amp;T)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. 2025-06-10</source>
        <translation>例: 令和7年6月10日、2025-06-10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 14:00</source>
        <translation>例: 14:00</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Regular meeting (not ad hoc)</source>
        <translation>定例の会議(随時ではない)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal basis</source>
        <translation>法的根拠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save meeting</source>
        <translation>会議を保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> months</source>
        <translation>か月分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule the &amp;following months</source>
        <translation>翌月以降も予定する(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedules this regular meeting on the same weekday of each following month (e.g. every third Tuesday); months that already have one are skipped.</source>
        <translation>この定例会議を、翌月以降の同じ週・同じ曜日（例：毎月第3火曜日）に予定します。すでに同じ会議がある月は飛ばします。祝日や年末年始にあたる日は、必要に応じて個別に変更してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meeting type</source>
        <translation>会議の種類</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>議長</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark &amp;present</source>
        <translation>出席にする(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a&amp;bsent</source>
        <translation>欠席にする(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove from the list</source>
        <translation>名簿から外す(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add an attendee</source>
        <translation>出席者の追加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add staff</source>
        <translation>職員を追加</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Person&apos;s name</source>
        <translation>担当者の氏名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add agency</source>
        <translation>関係機関を追加</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name and affiliation</source>
        <translation>氏名と所属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add guest</source>
        <translation>その他の出席者を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guest</source>
        <translation>その他</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Case number, e.g. R7-00012</source>
        <translation>受付番号(例: R7-00012)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to the a&amp;genda</source>
        <translation>議題に追加(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Order</source>
        <translation>順</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+37"/>
        <source>Meeting decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision note</source>
        <translation>決定の内容</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+447"/>
        <source>{n} cases, {d} decided</source>
        <translation>{n}件・決定{d}</translation>
    </message>
    <message>
        <location line="-584"/>
        <source>Case number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>本人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>本人同意</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>支援計画</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve from the agenda</source>
        <translation>議題から外す(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decision on the chosen case</source>
        <translation>選んだケースの決定</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What was decided: roles, next review</source>
        <translation>決定の内容(役割分担、次の見直しなど)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;cord decision</source>
        <translation>決定を記録(&amp;C)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The record of the meeting: what was discussed and agreed</source>
        <translation>会議の記録(協議した内容と合意したこと)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the &amp;minutes</source>
        <translation>会議録を保存(&amp;M)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Choose a meeting from the list</source>
        <translation>一覧から会議を選んでください</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Support coordination meeting: only cases with the person&apos;s recorded consent.</source>
        <translation>支援調整会議: 本人の同意が記録されたケースだけを議題にできます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support meeting (Article 9): cases without consent, for sharing information between agencies. Members must keep what they learn confidential.</source>
        <translation>支援会議(生活困窮者自立支援法第9条): 本人の同意が得られないケースについて、関係機関の間で情報を共有します。構成員には守秘義務があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network promotion meeting: no individual cases; its papers print aggregate numbers only.</source>
        <translation>相談支援包括化推進会議: 個別のケースは扱いません。資料には集計した数値だけを載せます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other meeting.</source>
        <translation>その他の会議です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legal basis: {basis}. Members must not disclose what they learn.</source>
        <translation>法的根拠: {basis}。構成員は会議で知り得た秘密を漏らしてはなりません(同条第5項)。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absent</source>
        <translation>欠席</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Decisions can be recorded once the meeting has been held (or its day has come).</source>
        <translation>決定は、会議が開かれてから(開催日が来てから)記録できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a case on the agenda to record the meeting&apos;s decision.</source>
        <translation>決定を記録するには、議題のケースを選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may not see this case.</source>
        <translation>このケースを閲覧する権限がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision recorded: {decision}. Only its note can be changed.</source>
        <translation>決定「{decision}」を記録済みです。変更できるのは決定の内容だけです。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New meeting</source>
        <translation>新しい会議</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The meeting was saved.</source>
        <translation>会議を保存しました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} meetings were scheduled.</source>
        <translation>{count}件の会議を予定しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every month already has this meeting; nothing was added.</source>
        <translation>どの月にもこの会議がすでにあるため、追加しませんでした。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The minutes were saved.</source>
        <translation>会議録を保存しました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The case was added to the agenda.</source>
        <translation>ケースを議題に追加しました。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The decision was recorded.</source>
        <translation>決定を記録しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: {status}.</source>
        <translation>支援計画: {status}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case: {stage}.</source>
        <translation>ケース: {stage}。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The case was taken off the agenda.</source>
        <translation>ケースを議題から外しました。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The attendee was added.</source>
        <translation>出席者を追加しました。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Agenda</source>
        <translation>次第</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance list</source>
        <translation>出席者名簿</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparing the document...</source>
        <translation>帳票を作成しています…</translation>
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
        <translation>破棄する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue editing</source>
        <translation>入力を続ける</translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message>
        <location filename="../../welfaredesk/gui/monitoring_tab.py" line="+145"/>
        <source>This case is closed. Its reviews can be viewed, but not recorded. Reopen the case on the Closure tab to record more.</source>
        <translation>このケースは終結しています。経過確認は閲覧できますが、記録はできません。記録するには、終結タブでケースを再開してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Support plan in force</source>
        <translation>決定している支援計画</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>課題</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+222"/>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Support</source>
        <translation>支援内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>担当</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>頻度</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Next monitoring review</source>
        <translation>次回の経過確認</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review &amp;date</source>
        <translation>経過確認日(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Schedule the review</source>
        <translation>経過確認の予定を立てる(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record the review</source>
        <translation>経過確認を記録(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reviews recorded</source>
        <translation>記録済みの経過確認</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reviewed</source>
        <translation>経過確認日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>予定日</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+160"/>
        <source>Decision</source>
        <translation>評価の結果</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+159"/>
        <source>Reviewed by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>No support plan is in force. Reviews are made of a plan decided at a coordination meeting.</source>
        <translation>決定している支援計画はありません。経過確認は、支援調整会議で決定した支援計画について行います。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan no. {number} ({status}), decided {date}</source>
        <translation>第{number}版（{status}）&#x3000;決定日 {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overall goal: {goal}</source>
        <translation>総合的な目標：{goal}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No review is scheduled.</source>
        <translation>経過確認の予定はありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The review due on {date} is overdue.</source>
        <translation>{date} 予定の経過確認が期限を過ぎています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review due on {date}.</source>
        <translation>次回の経過確認は {date} の予定です。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No review has been recorded yet.</source>
        <translation>経過確認はまだ記録されていません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reviewed on</source>
        <translation>経過確認日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery by the agencies</source>
        <translation>関係機関の支援の実施状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice given</source>
        <translation>指導・助言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evaluation of the plan items</source>
        <translation>計画の項目の評価</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievement</source>
        <translation>達成状況</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>状況・所見</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The review was scheduled for {date}.</source>
        <translation>{date} に経過確認を予定しました。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The review was recorded. The next review is on {date}.</source>
        <translation>経過確認を記録しました。次回の経過確認は {date} です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The review was recorded. The plan is under review and the case is back at “{stage}”: write a revised plan for the next coordination meeting.</source>
        <translation>経過確認を記録しました。支援計画は見直し中になり、ケースは「{stage}」に戻りました。次の支援調整会議に向けて、見直した支援計画を作ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The review was recorded and the plan has ended. The case is not closed yet: write the closure on the Closure tab.</source>
        <translation>経過確認を記録し、支援計画を終了しました。ケースはまだ終結していません。終結タブで終結を記録してください。</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/application.py" line="+244"/>
        <source>This progress note</source>
        <translation>この支援経過の記録</translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/note_dialog.py" line="-517"/>
        <source>Edit progress note</source>
        <translation>支援経過の修正</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New progress note</source>
        <translation>支援経過の記録</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The note you were writing was not saved; it has been restored. Check it and save.</source>
        <translation>保存されていなかった記録を復元しました。内容を確認して保存してください。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>e.g. 2025-06-10</source>
        <translation>例: 令和7年6月10日、2025-06-10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 10:30</source>
        <translation>例：10:30</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ime</source>
        <translation>時刻(&amp;I)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not recorded</source>
        <translation>未入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation>分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minu&amp;tes</source>
        <translation>時間(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;utreach</source>
        <translation>アウトリーチ(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Method</source>
        <translation>方法(&amp;M)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not chosen)</source>
        <translation>（未選択）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Programme</source>
        <translation>事業区分(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>St&amp;aff</source>
        <translation>職員(&amp;A)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;On</source>
        <translation>予定日(&amp;O)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Inserts the chosen template or stock phrase at the cursor.</source>
        <translation>選んだテンプレート・定型文をカーソルの位置に挿入します。</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes spent</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach</source>
        <translation>アウトリーチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>事業区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action</source>
        <translation>次回の予定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action date</source>
        <translation>次回の予定日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a supervisor to confirm</source>
        <translation>確認の依頼</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{minutes} min</source>
        <translation>{minutes}分</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Tem&amp;plate</source>
        <translation>定型文(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Content</source>
        <translation>内容(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. visit together with the care centre</source>
        <translation>例: 地域包括支援センターと同行訪問する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Next action</source>
        <translation>次回の予定(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As&amp;k a supervisor to confirm this note</source>
        <translation>主任相談支援員に確認を依頼する(&amp;K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+Enter saves.</source>
        <translation>Ctrl+Enter で保存します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(insert a template or stock phrase)</source>
        <translation>（テンプレート・定型文を挿入）</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Saving...</source>
        <translation>保存しています...</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This progress note</source>
        <translation>この支援経過の記録</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your input is kept on top of the latest version. Check it and save: it then replaces what the other person saved.</source>
        <translation>あなたの入力を最新版に重ねました。内容を確かめて保存すると、ほかの職員が保存した内容を置き換えます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The latest version is shown. Your input was copied to the clipboard: paste what you still need.</source>
        <translation>最新の内容を表示しています。あなたの入力はクリップボードにコピーしました。必要なところを貼り付けてください。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Discard the note?</source>
        <translation>記録を破棄しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note you are writing is not saved. Discard what you typed? To keep it, choose Continue and save.</source>
        <translation>入力中の支援経過は保存されていません。入力した内容を破棄しますか? 残す場合は「入力を続ける」を選んで保存してください。</translation>
    </message>
</context>
<context>
    <name>NoteTemplateDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/note_templates.py" line="+64"/>
        <source>Note templates and stock phrases</source>
        <translation>定型文の管理</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+64"/>
        <source>Every method</source>
        <translation>すべての方法</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>&amp;Method</source>
        <translation>方法(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title</source>
        <translation>件名(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Te&amp;xt</source>
        <translation>本文(&amp;X)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Order</source>
        <translation>表示順(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active (offered in the note editor)</source>
        <translation>使用する(記録の画面で選べる)(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Deactivate</source>
        <translation>使用をやめる(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not offered</source>
        <translation>使用停止</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../welfaredesk/gui/notes_tab.py" line="+129"/>
        <source>&amp;New note</source>
        <translation>新しい記録(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Con&amp;firm...</source>
        <translation>確認...(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print progress record</source>
        <translation>支援経過記録票を印刷(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Templates...</source>
        <translation>定型文の管理...(&amp;T)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All methods</source>
        <translation>すべての方法</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All staff</source>
        <translation>すべての職員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from (date)</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to (date)</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words in the notes</source>
        <translation>記録の中の語句</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;waiting confirmation</source>
        <translation>確認待ち(&amp;W)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show &amp;more</source>
        <translation>さらに表示(&amp;M)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A note you were writing on this case was not saved. Choose New note to continue it.</source>
        <translation>このケースで入力中だった支援経過が保存されていません。「新しい記録」を選ぶと続きを入力できます。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No progress notes match.</source>
        <translation>該当する支援経過はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {total} notes, newest first</source>
        <translation>{total}件中{shown}件(新しい順)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{total} notes, newest first</source>
        <translation>{total}件(新しい順)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{minutes} min</source>
        <translation>{minutes}分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outreach</source>
        <translation>アウトリーチ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[Awaiting confirmation]</source>
        <translation>［確認待ち］</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: {action}</source>
        <translation>次回: {action}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed by {name} on {date}</source>
        <translation>確認済み: {name}({date})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment: {comment}</source>
        <translation>コメント: {comment}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The case is closed; reopen it to record progress notes.</source>
        <translation>このケースは終結しています。支援経過を記録するには、先にケースを再開してください。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The note was saved.</source>
        <translation>支援経過を保存しました。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The note was confirmed.</source>
        <translation>支援経過を確認しました。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Preparing the progress record...</source>
        <translation>支援経過記録票を準備しています...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress record {number}</source>
        <translation>支援経過記録票 {number}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/pdf_preview.py" line="+73"/>
        <source>Save as PDF</source>
        <translation>PDFとして保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print...</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF...</source>
        <translation>PDFとして保存…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The PDF could not be shown.</source>
        <translation>PDFを表示できませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {page} of {count}</source>
        <translation>{page} / {count} ページ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sent {count} page(s) to the printer.</source>
        <translation>{count} ページをプリンターに送りました。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The printer could not be started.</source>
        <translation>プリンターを開始できませんでした。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file could not be saved: {reason}</source>
        <translation>ファイルを保存できませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved to {path}.</source>
        <translation>{path} に保存しました。</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../welfaredesk/gui/plan_tab.py" line="-1244"/>
        <source>Versions</source>
        <translation>版の一覧</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New version</source>
        <translation>新しい版を作成(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;bmit to the meeting</source>
        <translation>会議に提出(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdraw the submission</source>
        <translation>提出を取り下げ(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the p&amp;lan</source>
        <translation>終了(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the client&apos;s c&amp;onfirmation</source>
        <translation>本人確認日を記録(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mpare versions</source>
        <translation>版を比較(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print plan</source>
        <translation>支援計画書を印刷(&amp;P)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>In the person&apos;s own words</source>
        <translation>本人が話した言葉のまま</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client&apos;s wishes</source>
        <translation>本人の意向(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;verall goal</source>
        <translation>総合的な目標(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;hort-term goals</source>
        <translation>短期目標(&amp;H)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+246"/>
        <source>Issue</source>
        <translation>課題</translation>
    </message>
    <message>
        <location line="-245"/>
        <location line="+246"/>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="-245"/>
        <location line="+37"/>
        <location line="+201"/>
        <location line="+8"/>
        <source>Support</source>
        <translation>支援内容</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Agency</source>
        <translation>担当機関</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person in charge</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+245"/>
        <source>Frequency and period</source>
        <translation>頻度・期間</translation>
    </message>
    <message>
        <location line="-244"/>
        <location line="+245"/>
        <source>Funding programme</source>
        <translation>事業区分</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>&amp;Add row</source>
        <translation>行を追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove row</source>
        <translation>行を削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. 2025-10-01</source>
        <translation>例: 2025-10-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next rev&amp;iew</source>
        <translation>次回見直し予定日(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Version {number}  {status}</source>
        <translation>第{number}版  {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decided {date}</source>
        <translation>決定 {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created {date}</source>
        <translation>作成 {date}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No support plan has been made for this case yet.</source>
        <translation>このケースの支援計画はまだ作成されていません。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The case is closed; reopen it to change the plan.</source>
        <translation>このケースは終結しています。支援計画を変更するには、先にケースを再開してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A draft or a submitted version exists; only one can be in progress.</source>
        <translation>作成中(案)または会議提出中の版があります。進行中の版は一つだけです。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coordinators and supervisors submit plans to the meeting.</source>
        <translation>会議への提出は包括化推進員または主任相談支援員が行います。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support plan version {number} ({status})</source>
        <translation>支援計画 第{number}版({status})</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+366"/>
        <source>Client&apos;s wishes</source>
        <translation>本人の意向</translation>
    </message>
    <message>
        <location line="-355"/>
        <location line="+356"/>
        <source>Overall goal</source>
        <translation>総合的な目標</translation>
    </message>
    <message>
        <location line="-355"/>
        <location line="+356"/>
        <source>Short-term goals</source>
        <translation>短期目標</translation>
    </message>
    <message>
        <location line="-355"/>
        <location line="+356"/>
        <source>Next review</source>
        <translation>次回見直し予定日</translation>
    </message>
    <message>
        <location line="-355"/>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>決定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by the client</source>
        <translation>本人確認日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revises</source>
        <translation>見直し元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {number}</source>
        <translation>第{number}版</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No rows yet.</source>
        <translation>まだ行がありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In charge</source>
        <translation>担当(機関・担当者)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Editing version {number} (draft)</source>
        <translation>第{number}版(案)を編集中</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The plan you were writing was not saved; it has been restored. Check it and save.</source>
        <translation>保存されていなかった支援計画の入力内容を復元しました。確認して保存してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(choose)</source>
        <translation>（選択）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Saving...</source>
        <translation>保存しています...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The plan was saved.</source>
        <translation>支援計画を保存しました。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Plan rows</source>
        <translation>支援の内容(表)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Support plan version {number}</source>
        <translation>支援計画の第{number}版</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your input is kept on top of the latest version. Check it and save: it then replaces what the other person saved.</source>
        <translation>あなたの入力を最新版に重ねました。内容を確かめて保存すると、ほかの職員が保存した内容を置き換えます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The latest version is shown. Your input was copied to the clipboard: paste what you still need.</source>
        <translation>最新の内容を表示しています。あなたの入力はクリップボードにコピーしました。必要なところを貼り付けてください。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Discard the changes?</source>
        <translation>変更を破棄しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The changes to the plan are not saved. Discard what you typed? To keep it, choose Continue editing and save.</source>
        <translation>支援計画の変更は保存されていません。入力した内容を破棄しますか? 残す場合は「編集を続ける」を選んで保存してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Submit the plan to the meeting?</source>
        <translation>支援計画を会議に提出しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {number} goes to the coordination meeting and can no longer be edited (unless the submission is withdrawn).</source>
        <translation>第{number}版を支援調整会議に提出します。提出後は(提出を取り下げない限り)編集できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit</source>
        <translation>提出する</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Withdraw the submission?</source>
        <translation>会議への提出を取り下げますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {number} is taken off the meeting and becomes a draft again; the case goes back to plan drafting.</source>
        <translation>第{number}版を会議から取り下げ、案に戻します。ケースは支援計画案の段階に戻ります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw</source>
        <translation>取り下げる</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End the plan?</source>
        <translation>支援計画を終了しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {number} is ended. An ended plan cannot be changed again.</source>
        <translation>第{number}版を終了します。終了した支援計画は変更できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the plan</source>
        <translation>終了する</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Do not change</source>
        <translation>変更しない</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Version {number} is now “{status}”.</source>
        <translation>第{number}版は「{status}」になりました。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Preparing the support plan...</source>
        <translation>支援計画書を作成しています...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Support plan {number} version {plan}</source>
        <translation>支援計画書 {number} 第{plan}版</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/reassign_dialog.py" line="+50"/>
        <source>Change the lead worker</source>
        <translation>担当者の変更</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The %n selected case(s) get a new lead worker. Each change is recorded in the audit trail.</source>
        <translation>
            <numerusform>選んだ%n件のケースの主担当を変更します。変更はケースごとに操作記録に残ります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a staff member</source>
        <translation>職員を選んでください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;lead worker</source>
        <translation>新しい主担当(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needed when a complex case gets a lead who is not a coordinator</source>
        <translation>複合的課題のケースで推進員以外を主担当にするときに入力します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change</source>
        <translation>変更する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New lead worker: choose a staff member from the list.</source>
        <translation>新しい主担当：一覧から職員を選んでください。</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/referral_tab.py" line="+897"/>
        <source>Edit referral</source>
        <translation>つなぎの内容を変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a referral</source>
        <translation>つなぎを記録</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Destination</source>
        <translation>つなぎ先</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issues of this case</source>
        <translation>このケースの課題</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Issue</source>
        <translation>課題(&amp;I)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search by agency name or section</source>
        <translation>機関名・部署で検索</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agency</source>
        <translation>機関名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section</source>
        <translation>担当部署</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issues</source>
        <translation>該当する課題</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>本人同意</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Who is referred: the client or a member of the household.</source>
        <translation>つなぐ人：本人（相談者）または世帯員のうち、関係機関につなぐ人を選びます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Person referred</source>
        <translation>つなぐ人(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 2025-06-10</source>
        <translation>例: 令和7年6月10日、2025-06-10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned &amp;date</source>
        <translation>予定日(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Method</source>
        <translation>つなぎの方法(&amp;M)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accompanying s&amp;taff</source>
        <translation>同行する職員(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact at the a&amp;gency</source>
        <translation>先方の担当者(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason and request</source>
        <translation>つなぐ理由・依頼事項(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Handed over</source>
        <translation>引き継ぐ事項(&amp;H)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Information shared</source>
        <translation>引き継ぐ情報</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Basis for sharing</source>
        <translation>情報共有の根拠(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which support meeting decided it (date)</source>
        <translation>共有を決めた支援会議（開催日など）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support meeti&amp;ng</source>
        <translation>支援会議の記録(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: {days} days after the planned date</source>
        <translation>空欄なら予定日の{days}日後</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;onfirm by</source>
        <translation>確認予定日(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Consented</source>
        <translation>同意あり</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose the agency from the list.</source>
        <translation>つなぎ先の機関を一覧から選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Referred to: {agency}</source>
        <translation>つなぎ先：{agency}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This agency is outside the person&apos;s consent. Update the consent, or record the sharing under a support meeting.</source>
        <translation>この機関は本人の同意の範囲に含まれていません。本人に確認して同意の範囲を更新するか、支援会議（法第9条）で共有を決めた場合は情報共有の根拠を「支援会議」にしてください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{item} (outside the consent)</source>
        <translation>{item}（同意の範囲外）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person has not agreed to share this.</source>
        <translation>本人はこの情報の共有に同意していません。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Saving...</source>
        <translation>保存しています…</translation>
    </message>
</context>
<context>
    <name>ReferralTab</name>
    <message>
        <location line="-1015"/>
        <source>This case is closed. Its referrals and consent can be viewed and printed, but not changed. Reopen the case to record more.</source>
        <translation>このケースは終結しています。つなぎと同意は閲覧・印刷できますが、変更はできません。記録するには、先にケースを再開してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send &amp;back</source>
        <translation>差し戻し(&amp;B)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Planned</source>
        <translation>予定日</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+292"/>
        <source>Referred to</source>
        <translation>つなぎ先</translation>
    </message>
    <message>
        <location line="-291"/>
        <location line="+294"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="-293"/>
        <location line="+300"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="-299"/>
        <location line="+301"/>
        <source>Confirm by</source>
        <translation>確認予定日</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Confirmed</source>
        <translation>確認日</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Record a referral</source>
        <translation>つなぎを記録(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit referral</source>
        <translation>内容を変更(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;status</source>
        <translation>状況を変更(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print referral sheet</source>
        <translation>つなぎシートを印刷(&amp;P)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Consent to share information</source>
        <translation>本人同意（情報共有）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Consent</source>
        <translation>同意の状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agencies</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>会議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>共有できる情報</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{count} referrals are past their confirmation date: check that the person was taken on.</source>
        <translation>確認期限を過ぎたつなぎが{count}件あります（確認期限超過）。つないだ先で支援が始まったかを確認してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{closure} is waiting for the chief counselor&apos;s approval.</source>
        <translation>{closure}は主任相談支援員の承認待ちです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (requested by {name})</source>
        <translation>（申請：{name}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{closure} was sent back. Reason: {reason}</source>
        <translation>{closure}は差し戻されました。理由：{reason}</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Record or change c&amp;onsent</source>
        <translation>同意の記録・変更(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent histor&amp;y</source>
        <translation>同意の履歴(&amp;Y)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>{closure} was approved (closed on {date}).</source>
        <translation>{closure}は承認されました（終結日：{date}）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The closure ({reason})</source>
        <translation>終結（{reason}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{date} (overdue)</source>
        <translation>{date} 確認期限超過</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+73"/>
        <source>The confirmation is overdue.</source>
        <translation>確認期限超過：確認予定日を過ぎても、つないだ先で支援が始まったかを確認できていません。</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>No referral has been recorded for this case yet.</source>
        <translation>このケースのつなぎはまだ記録されていません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{status} (reason: {reason})</source>
        <translation>{status}（理由：{reason}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person referred</source>
        <translation>つなぐ人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned date</source>
        <translation>予定日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accompanying staff</source>
        <translation>同行する職員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by</source>
        <translation>先方の担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason and request</source>
        <translation>つなぐ理由・依頼事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over</source>
        <translation>引き継ぐ事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information shared</source>
        <translation>引き継ぐ情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis for sharing</source>
        <translation>情報共有の根拠</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date referred</source>
        <translation>実施日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed on</source>
        <translation>確認日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome confirmed</source>
        <translation>確認した結果</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The consent was recorded.</source>
        <translation>本人同意を記録しました。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The referral to {agency} was saved ({status}).</source>
        <translation>{agency}へのつなぎを保存しました（{status}）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The referral to {agency} is now “{status}”.</source>
        <translation>{agency}へのつなぎを「{status}」にしました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handover to {agency} is complete.</source>
        <translation>{agency}への引継ぎが完了しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case was closed.</source>
        <translation>このケースを終結しました（他機関への引継ぎ）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The closure is waiting for the chief counselor&apos;s approval.</source>
        <translation>終結は主任相談支援員の承認待ちです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case stays open for these reasons:</source>
        <translation>次の理由で、ケースは終結していません：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case stays open.</source>
        <translation>ケースは継続しています。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The closure was approved. The case is closed.</source>
        <translation>終結を承認しました。ケースは終結しました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The closure was sent back. The case stays open.</source>
        <translation>終結を差し戻しました。ケースは継続しています。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preparing the referral sheet...</source>
        <translation>つなぎシートを作成しています…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Referral sheet {number} {agency}</source>
        <translation>つなぎシート {number} {agency}</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/closure_tab.py" line="+44"/>
        <source>Reopen the case</source>
        <translation>ケースの再開</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The case goes back to “{stage}”. The closure stays in the history.</source>
        <translation>ケースは「{stage}」に戻ります。終結の記録は履歴に残ります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reason for reopening</source>
        <translation>再開の理由(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reopen</source>
        <translation>再開する(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/report_dialog.py" line="+111"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excelブック (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the report</source>
        <translation>報告の保存</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Hidden: a small count could single out a person.</source>
        <translation>少ない数のため伏せています（個人が特定されないように）。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Statistics and reports</source>
        <translation>統計・実績報告</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tables and charts</source>
        <translation>集計表とグラフ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft of the annual results</source>
        <translation>事業実績の下書き</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What to count</source>
        <translation>集計の条件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fiscal year</source>
        <translation>年度(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date range</source>
        <translation>期間(&amp;D)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>e.g. R7.4.1</source>
        <translation>例: R7.4.1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hide counts below:</source>
        <translation>伏せる件数:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (hidden below this count)</source>
        <translation> 件未満</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Measure (policy)</source>
        <translation>施策</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programme results</source>
        <translation>事業実績</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-evaluation (A to D)</source>
        <translation>事業評価</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Counting the figures...</source>
        <translation>集計しています…</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+59"/>
        <source>Saving the file...</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <location line="-472"/>
        <source>For submission outside the desk (hide small counts)</source>
        <translation>外部への提出用（少ない数を伏せる）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Count</source>
        <translation>集計(&amp;C)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This draft is not saved. Export it to Excel, then edit it there.</source>
        <translation>この下書きは保存されません。Excelに出力してから編集してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Press Count above; the year&apos;s figures are written here as a first draft.</source>
        <translation>上の「集計」を押すと、その年度の数値からここに下書きを作ります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the &amp;figures again</source>
        <translation>数値から作り直す(&amp;F)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not decided)</source>
        <translation>（未決定）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Programme or activity</source>
        <translation>【個別事業・取り組み】</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department in charge</source>
        <translation>担当課</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plans and outlook</source>
        <translation>今後の事業計画・展望</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the draft to E&amp;xcel...</source>
        <translation>下書きをExcelに出力(&amp;X)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export to &amp;Excel...</source>
        <translation>Excelに出力(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to CS&amp;V...</source>
        <translation>CSVに出力(&amp;V)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to &amp;PDF...</source>
        <translation>PDFに出力(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Counted: {count} tables.</source>
        <translation>集計しました（表 {count}）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a fiscal year or a date range, then press Count.</source>
        <translation>年度か期間を選んで「集計」を押してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} (period: {period}, cases counted: {scope})</source>
        <translation>{title}（期間: {period}&#x3000;対象: {scope}）</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Saved: {path}</source>
        <translation>保存しました: {path}</translation>
    </message>
</context>
<context>
    <name>RestrictionEditor</name>
    <message>
        <location filename="../../welfaredesk/gui/access_dialog.py" line="+91"/>
        <source>Lift the restriction</source>
        <translation>閲覧制限の解除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restrict the case</source>
        <translation>閲覧制限の設定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone in the role&apos;s scope will see the case again; named staff outside it will no longer see it. Why is it lifted?</source>
        <translation>解除すると、担当・チーム・主任相談支援員など、通常どおりの範囲の職員がこのケースを見られるようになります。指名された職員のうち範囲外の人は見られなくなります。解除の理由を入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the staff you check can see the case; you are named automatically. Supervisors who are not named cannot see it either.</source>
        <translation>チェックした職員だけがこのケースを見られます。設定するあなたは自動で指名されます。指名されていない主任相談支援員も見られません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason (required)</source>
        <translation>理由(必須)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lift</source>
        <translation>解除する</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restrict</source>
        <translation>制限する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff who may see the case</source>
        <translation>このケースを見られる職員</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/monitoring_tab.py" line="+34"/>
        <source>Record the monitoring review</source>
        <translation>経過確認と評価の記録</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review due on {date} of plan no. {number}</source>
        <translation>支援計画 第{number}版の経過確認（予定日 {date}）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Review &amp;date</source>
        <translation>経過確認日(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluation of each plan item (all required)</source>
        <translation>計画の項目ごとの評価（すべて必須）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(choose)</source>
        <translation>（選択）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How it went</source>
        <translation>状況・所見</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delivery by the &amp;agencies</source>
        <translation>関係機関の支援の実施状況(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advice &amp;given</source>
        <translation>指導・助言(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision</source>
        <translation>評価の結果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Continue</source>
        <translation>継続(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vise the plan</source>
        <translation>計画を見直す(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End the support</source>
        <translation>支援を終える(&amp;E)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Next review (required to continue)</source>
        <translation>次回の経過確認日（継続の場合は必須）(&amp;N)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose what happens next.</source>
        <translation>今後の方針を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan continues as it is. The next review is scheduled at the date given, which becomes the case&apos;s next due date.</source>
        <translation>支援計画をそのまま続けます。入力した日に次回の経過確認を予定し、ケースの次回予定日になります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan is put under review and the case goes back to “Support plan draft”: write a revised plan and submit it to the next coordination meeting.</source>
        <translation>支援計画を「見直し中」にし、ケースは「支援計画案」に戻ります。見直した支援計画を作り、次の支援調整会議に提出してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan ends. The case stays open until the closure (reason and, where required, the chief counselor&apos;s approval) is written on the Closure tab.</source>
        <translation>支援計画を終了します。ケースは、終結タブで終結（理由と、必要な場合は主任相談支援員の承認）を記録するまで終結しません。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saving...</source>
        <translation>保存しています...</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <location filename="../../welfaredesk/gui/application.py" line="-149"/>
        <source>Demo user: demo / password: ********</source>
        <translation>デモ用の利用者: demo ／ パスワード: ********</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <location filename="../../welfaredesk/gui/search_tab.py" line="+309"/>
        <source>Case no., name, kana, phone number, or words in concerns and notes</source>
        <translation>受付番号・氏名・ふりがな・電話番号・相談内容や支援経過の言葉</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Case no.</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client of the case</source>
        <translation>本人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found record</source>
        <translation>該当</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching text</source>
        <translation>一致した箇所</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Names match in any form: old or variant kanji, hiragana, katakana, half width.</source>
        <translation>氏名は、旧字・異体字（髙・邉など）、ひらがな・カタカナ、半角で入力しても見つかります。</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Type a case number such as R7-12, a name in kanji or kana, a phone number, or words from a concern or a progress note to search.</source>
        <translation>受付番号（R7-12 など）、氏名（漢字・かな）、電話番号、または相談内容や支援経過の言葉を入力すると検索します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case numbers</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People by name or kana</source>
        <translation>氏名・ふりがな</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People by phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns on contact slips</source>
        <translation>連絡票の相談内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress notes</source>
        <translation>支援経過</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first {count}</source>
        <translation>新しい{count}件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} hits</source>
        <translation>{count}件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind}: {count}</source>
        <translation>{kind}（{count}）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No phone number, concern or note matches these digits.</source>
        <translation>この数字に一致する電話番号・相談内容・支援経過はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found. Try fewer words, or type the name starting with the family name, in kanji or kana.</source>
        <translation>一致するものはありません。言葉を減らすか、氏名を姓から（漢字かふりがなで）入力してください。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Only the newest hits of each kind are shown. Add words to narrow the search.</source>
        <translation>種類ごとに新しいものから一部だけを表示しています。言葉を足して絞り込んでください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No case has this case number (or you may not see it).</source>
        <translation>この受付番号のケースは見つからないか、閲覧する権限がありません。</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/referral_tab.py" line="+705"/>
        <source>Send the closure back</source>
        <translation>終結の差し戻し</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reason for sending it back</source>
        <translation>差し戻しの理由(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send &amp;back</source>
        <translation>差し戻す(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/settings_dialog.py" line="+91"/>
        <location line="+523"/>
        <source>Backup folder</source>
        <translation>バックアップの保存先フォルダー</translation>
    </message>
    <message>
        <location line="-414"/>
        <source>Standard ({percent}%)</source>
        <translation>標準({percent}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger ({percent}%)</source>
        <translation>大きめ({percent}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large ({percent}%)</source>
        <translation>大({percent}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra large ({percent}%)</source>
        <translation>特大({percent}%)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A new connection is used from the next start of the program.</source>
        <translation>新しい接続先は、次に起動したときから使われます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a system administrator can change the database connection.</source>
        <translation>データベースの接続先を変更できるのはシステム管理者だけです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first</source>
        <translation>第1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second</source>
        <translation>第2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>third</source>
        <translation>第3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fourth</source>
        <translation>第4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fifth</source>
        <translation>第5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last</source>
        <translation>最終</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only a supervisor or a system administrator can change these settings.</source>
        <translation>この項目は主任相談支援員とシステム管理者だけが変更できます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> day(s)</source>
        <translation> 日ごと</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> backup(s)</source>
        <translation> 個</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a system administrator can change these settings.</source>
        <translation>この項目はシステム管理者だけが変更できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When someone logs in and the last automatic backup is older than the interval, a new one is made in this folder; the oldest beyond the number to keep are deleted.</source>
        <translation>ログインしたときに、前回の自動バックアップから間隔以上たっていれば、このフォルダーに新しいバックアップを作ります。残す数を超えた古いものから削除します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a system administrator can see the backup settings.</source>
        <translation>バックアップの設定はシステム管理者だけが見ることができます。</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>This desk&apos;s database is on a PostgreSQL server: the server&apos;s own scheduled backups apply, and this program makes no automatic backups. The folder is where backups made by hand are suggested.</source>
        <translation>この窓口のデータベースはPostgreSQLサーバーにあります。サーバーの定期バックアップが使われ、このプログラムは自動バックアップを作りません。フォルダーは、手動で作るバックアップの保存先の候補になります。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>No holiday window</source>
        <translation>設けない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first open day of each month</source>
        <translation>毎月第1開庁日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every month on the {nth} {weekday}</source>
        <translation>毎月{nth}{weekday}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The settings were saved. The language and the text size change from the next start of the program.</source>
        <translation>設定を保存しました。表示言語と文字の大きさは、次に起動したときから変わります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings were saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The desk holds no holiday consultation window.</source>
        <translation>休日窓口は設けていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rule}: no day in the coming months.</source>
        <translation>{rule}：この先の数か月に当たる日がありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rule}. Next: {days}.</source>
        <translation>{rule}。次は{days}。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The next case: {number} (existing cases keep their numbers)</source>
        <translation>次のケースの受付番号：{number}(今あるケースの番号は変わりません)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Choose a folder that starts with a drive name (or /).</source>
        <translation>ドライブ名(または / )から始まるフォルダーを指定してください。</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The changes on the other parts were saved; only this one was not.</source>
        <translation>ほかの変更は保存しました。この項目だけが保存されていません。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Close without saving?</source>
        <translation>変更を保存せずに閉じますか？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings you changed are not saved. Close without saving them? To keep them, choose Continue editing and save.</source>
        <translation>変更した設定はまだ保存されていません。保存せずに閉じますか？ 変更を残す場合は「入力を続ける」を選んで保存してください。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="+14"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This PC</source>
        <translation>このパソコン</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>表示言語(&amp;L):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Text size:</source>
        <translation>文字の大きさ(&amp;T):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Text at this size: intake, support plan, referral slip</source>
        <translation>この大きさの文字：相談受付・支援計画・つなぎシート</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language and the text size change from the next start of the program.</source>
        <translation>表示言語と文字の大きさは、次に起動したときから変わります。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database</source>
        <translation>データベースの接続先</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected to:</source>
        <translation>接続先:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Change connection...</source>
        <translation>接続先の変更(&amp;C)…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Desk</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Desk &amp;name:</source>
        <translation>窓口名(&amp;N):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Address:</source>
        <translation>住所(&amp;A):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Phone:</source>
        <translation>電話番号(&amp;P):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Case numbers</source>
        <translation>受付番号の形式</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Japanese era</source>
        <translation>元号(&amp;J)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Western year</source>
        <translation>西暦(&amp;W)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Holiday consultation window</source>
        <translation>休日窓口</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;First open day of each month</source>
        <translation>毎月第1開庁日(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ever&amp;y month on the</source>
        <translation>毎月(&amp;Y)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>N&amp;o holiday window</source>
        <translation>設けない(&amp;O)</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>The desk (printed on the forms)</source>
        <translation>窓口の情報(印刷する帳票に載ります)</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>In a month where that day is a public holiday or in the year-end closure, the desk holds no holiday window.</source>
        <translation>その日が祝日や年末年始にあたる月は、休日窓口を開きません。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open days are Monday to Friday, except public holidays and the year-end closure (December 29 to January 3).</source>
        <translation>開庁日は、土日・祝日・年末年始(12月29日〜1月3日)を除く日です。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Closures that need a supervisor&apos;s approval</source>
        <translation>終結に主任の承認が必要な理由</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A closure for a checked reason waits for a supervisor&apos;s approval; the others are closed at once.</source>
        <translation>チェックした理由の終結は、主任相談支援員が承認してから終結になります。それ以外の理由はすぐに終結します。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Operation</source>
        <translation>運用</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Screen lock</source>
        <translation>自動ロック</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock the screen after (&amp;minutes):</source>
        <translation>自動ロックまでの時間・分(&amp;M):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The screen locks when the program has not been used for this long, on every PC of the desk.</source>
        <translation>この時間操作がないと画面をロックします(窓口のすべてのパソコンで)。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Automatic backups</source>
        <translation>自動バックアップ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fol&amp;der:</source>
        <translation>保存先フォルダー(&amp;D):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Interval:</source>
        <translation>間隔(&amp;I):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Number to &amp;keep:</source>
        <translation>残す数(&amp;K):</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/setup_dialog.py" line="+60"/>
        <source>Login ID: enter a login ID.</source>
        <translation>ログインID：ログインIDを入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name: enter your name.</source>
        <translation>氏名：氏名を入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password: enter a password.</source>
        <translation>パスワード：パスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password (again): the two passwords differ. Type the same password twice.</source>
        <translation>パスワード(確認)：2つのパスワードが一致しません。同じパスワードを2回入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating the account...</source>
        <translation>アカウントを作成しています…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="+20"/>
        <source>WelfareDesk - First start</source>
        <translation>WelfareDesk — 初期設定</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Welcome to WelfareDesk</source>
        <translation>WelfareDeskへようこそ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is the first start: there is no account yet. Create the account of the first system administrator. The administrator adds the staff accounts and manages the settings; case records are not shown to this account.</source>
        <translation>初めての起動です。まだアカウントがありません。最初のシステム管理者のアカウントを作成してください。システム管理者は職員のアカウントを追加し、設定を管理します（このアカウントではケースの記録は表示されません）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Login &amp;ID</source>
        <translation>ログインID(&amp;I)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Letters and digits, e.g. admin</source>
        <translation>半角英数字（例: admin）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>氏名(&amp;N)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Password (&amp;again)</source>
        <translation>パスワード(確認)(&amp;A)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a long password that others cannot guess, and do not write it down where others can see it.</source>
        <translation>他の人に推測されにくい長めのパスワードにして、人の目に触れる場所には書き残さないでください。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Create administrator</source>
        <translation>管理者を作成(&amp;C)</translation>
    </message>
</context>
<context>
    <name>StageBar</name>
    <message>
        <location filename="../../welfaredesk/gui/timeline_tab.py" line="+91"/>
        <source>Stage: {stage}</source>
        <translation>段階：{stage}</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <location filename="../../welfaredesk/gui/application.py" line="-254"/>
        <source>The database could not be opened.</source>
        <translation>データベースを開けませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database was named with --db or WELFAREDESK_DATABASE_URL: change it there.</source>
        <translation>データベースは --db または環境変数 WELFAREDESK_DATABASE_URL で指定されています。そちらを変更してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WelfareDesk</source>
        <translation>WelfareDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Change the connection...</source>
        <translation>接続先を変更(&amp;C)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/referral_tab.py" line="-229"/>
        <source>Change the status of the referral</source>
        <translation>つなぎの状況を変更</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{agency} (planned {date}), now “{status}”</source>
        <translation>{agency}（予定日 {date}）&#x3000;現在の状況：{status}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New status</source>
        <translation>新しい状況(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason (required)</source>
        <translation>理由（必須）(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact at the a&amp;gency</source>
        <translation>先方の担当者(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm &amp;by</source>
        <translation>確認予定日(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: {days} days after the date referred</source>
        <translation>空欄なら実施日の{days}日後</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close this case (handed over to another agency)</source>
        <translation>このケースを終結する（他機関への引継ぎ）(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Date referred</source>
        <translation>実施日(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date confirmed</source>
        <translation>確認日(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outcome confirmed (required)</source>
        <translation>確認した結果（必須）(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Outcome</source>
        <translation>確認した結果(&amp;O)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saving...</source>
        <translation>保存しています…</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../welfaredesk/gui/tasks_tab.py" line="+93"/>
        <source>Due by</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of task</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case no.</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person concerned</source>
        <translation>本人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Overdue ({count})</source>
        <translation>期限超過（{count}件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today ({count})</source>
        <translation>今日（{count}件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week ({count})</source>
        <translation>今週（{count}件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within two weeks ({count})</source>
        <translation>2週間以内（{count}件）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No tasks for today.</source>
        <translation>今日の仕事はありません</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../welfaredesk/gui/timeline_tab.py" line="+47"/>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;how</source>
        <translation>表示(&amp;H)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Case timeline</source>
        <translation>ケースの時系列</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{count} events</source>
        <translation>{count}件</translation>
    </message>
</context>
<context>
    <name>UserAdminDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/user_admin.py" line="+73"/>
        <source>WelfareDesk - User administration</source>
        <translation>WelfareDesk - 利用者の管理</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User administration</source>
        <translation>利用者の管理</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login ID</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;New user...</source>
        <translation>新規作成(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit...</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+158"/>
        <source>&amp;Disable</source>
        <translation>使用停止(&amp;D)</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>&amp;Reset password...</source>
        <translation>パスワードの再設定(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un&amp;lock</source>
        <translation>ロック解除(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;team...</source>
        <translation>チームの追加(&amp;T)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Security settings</source>
        <translation>セキュリティの設定</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failed logins before lockout</source>
        <translation>ロックまでの失敗回数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lockout time (minutes)</source>
        <translation>ロック時間(分)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle time before the screen locks (minutes)</source>
        <translation>自動ロックまでの時間(分)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum password length</source>
        <translation>パスワードの最小文字数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes apply to the next login and, for the screen lock, the next time the program starts.</source>
        <translation>変更は次のログインから有効になります。自動ロックの時間は、このパソコンではすぐに、ほかのパソコンでは次回の起動から有効になります。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save settings</source>
        <translation>設定を保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Last login: {when}</source>
        <translation>最終ログイン:{when}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked until {time}</source>
        <translation>ロック中({time}まで)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active (must change password)</source>
        <translation>有効(パスワード変更待ち)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ena&amp;ble</source>
        <translation>使用再開(&amp;B)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved {name}.</source>
        <translation>{name}さんのアカウントを保存しました。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} can log in again.</source>
        <translation>{name}さんのアカウントを使用再開しました。ログインできます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} can no longer log in.</source>
        <translation>{name}さんのアカウントを使用停止にしました。ログインできません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Temporary password</source>
        <translation>仮パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The temporary password of {name} ({login}):</source>
        <translation>{name}さん({login})の仮パスワード:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{password}

It is shown only now. Hand it over in person (not by e-mail or phone). The user must choose a new password at the next login.</source>
        <translation>{password}

この画面でしか表示しません。メールや電話ではなく、本人に直接手渡してください。次回のログインで、本人が新しいパスワードに変更します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is unlocked.</source>
        <translation>{name}さんのロックを解除しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add team</source>
        <translation>チームの追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team name:</source>
        <translation>チーム名:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added {name}.</source>
        <translation>「{name}」を追加しました。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The security settings were saved.</source>
        <translation>セキュリティの設定を保存しました。</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location line="+36"/>
        <source>New user</source>
        <translation>利用者の新規作成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit user</source>
        <translation>利用者の編集</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no team)</source>
        <translation>(チームなし)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Login ID</source>
        <translation>ログインID(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>氏名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kana</source>
        <translation>ふりがな(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>役割(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team</source>
        <translation>チーム(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initial &amp;password</source>
        <translation>初期パスワード(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial password (a&amp;gain)</source>
        <translation>初期パスワード(確認)(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login ID is half-width letters and digits and cannot be changed later. The user must choose their own password at the first login.</source>
        <translation>ログインIDは半角英数字で、あとから変えられません。初めてログインしたとき、本人が自分のパスワードに変更します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The login ID cannot be changed. Use Reset password for the password.</source>
        <translation>ログインIDは変えられません。パスワードは「パスワードの再設定」で変えてください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Initial password</source>
        <translation>初期パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the same password in both fields.</source>
        <translation>二つの欄に同じパスワードを入力してください。</translation>
    </message>
</context>
<context>
    <name>WhoViewedDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/audit_viewer.py" line="+30"/>
        <source>Who viewed this case</source>
        <translation>このケースを閲覧した人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone who opened, printed or exported this case&apos;s records, newest first.</source>
        <translation>このケースの記録を開いた人・印刷した人・書き出した人を、新しい順に表示します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>利用者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No one has viewed this case yet.</source>
        <translation>このケースを閲覧した人はまだいません。</translation>
    </message>
</context>
</TS>
