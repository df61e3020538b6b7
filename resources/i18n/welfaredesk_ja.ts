<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/about_dialog.py" line="+58"/>
        <location line="+9"/>
        <source>About WelfareDesk</source>
        <translation>WelfareDesk について</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+10"/>
        <source>Bundled components</source>
        <translation>同梱の部品の一覧</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+25"/>
        <source>Licence text</source>
        <translation>ライセンスの本文</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../../welfaredesk/gui/access_dialog.py" line="+80"/>
        <source>Access and sharing</source>
        <translation>閲覧制限・共有</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who can see this case</source>
        <translation>このケースを見られる職員の一覧</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Search agencies</source>
        <translation>関係機関の検索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search by name, kana, section or notes</source>
        <translation>名称・ふりがな・担当部署・備考で検索</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by issue</source>
        <translation>課題で絞り込み</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by kind</source>
        <translation>種別で絞り込み</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+59"/>
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
        <location line="+83"/>
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
        <location filename="../../ui/agency_directory.ui" line="+35"/>
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
        <location filename="../../welfaredesk/gui/agency_directory.py" line="-291"/>
        <location filename="../../ui/agency_directory.ui" line="+10"/>
        <source>Issues handled</source>
        <translation>扱う課題</translation>
    </message>
    <message>
        <location filename="../../ui/agency_directory.ui" line="-60"/>
        <source>Agencies</source>
        <translation>関係機関の一覧</translation>
    </message>
    <message>
        <location line="+74"/>
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
        <location filename="../../welfaredesk/gui/agency_directory.py" line="+325"/>
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
        <location line="+10"/>
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
        <location line="+11"/>
        <source>The anonymised export</source>
        <translation>匿名化した書き出しの内容</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <translation>本人</translation>
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
        <location filename="../../welfaredesk/gui/assessment_tab.py" line="+181"/>
        <source>Versions</source>
        <translation>記録の一覧（版）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New assessment</source>
        <translation>新しい課題分析(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print assessment sheet</source>
        <translation>アセスメントシートを印刷(&amp;P)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Assessment &amp;date</source>
        <translation>課題分析日(&amp;D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+246"/>
        <source>Person</source>
        <translation>対象者</translation>
    </message>
    <message>
        <location line="-246"/>
        <location line="+246"/>
        <source>Issue</source>
        <translation>課題の分類</translation>
    </message>
    <message>
        <location line="-246"/>
        <location line="+246"/>
        <source>Source</source>
        <translation>情報源</translation>
    </message>
    <message>
        <location line="-246"/>
        <location line="+246"/>
        <source>Note</source>
        <translation>内容・メモ</translation>
    </message>
    <message>
        <location line="-232"/>
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
        <location line="-73"/>
        <source>Assessment versions</source>
        <translation>課題分析の版の一覧</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The chosen assessment</source>
        <translation>選んだ課題分析の内容</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+8"/>
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
        <location line="+34"/>
        <source>The case is closed; reopen it to record an assessment.</source>
        <translation>このケースは終結しています。課題分析を記録するには、先にケースを再開してください。</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="+171"/>
        <source>(not chosen)</source>
        <translation>（未選択）</translation>
    </message>
    <message>
        <location line="-167"/>
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
        <location line="+22"/>
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
        <location line="+162"/>
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
        <location line="+69"/>
        <source>Audit trail</source>
        <translation>操作記録</translation>
    </message>
    <message>
        <location line="-64"/>
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
        <location line="+11"/>
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
        <location line="-11"/>
        <source>Period end</source>
        <translation>期間の終わり</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2025-06-01</source>
        <translation>例: R7.6.1</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+10"/>
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
        <location line="+42"/>
        <source>Period (from)</source>
        <translation>期間（開始）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period (to)</source>
        <translation>期間（終了）</translation>
    </message>
    <message>
        <location line="+67"/>
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
        <location filename="../../welfaredesk/gui/backup_dialog.py" line="+179"/>
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
        <location line="-215"/>
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
        <location line="+10"/>
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
        <location filename="../../welfaredesk/gui/case_filter_panel.py" line="+203"/>
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
        <location line="+8"/>
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
        <location line="+7"/>
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
        <location line="+5"/>
        <source>C&amp;lear conditions</source>
        <translation>条件をクリア(&amp;L)</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../welfaredesk/gui/meetings.py" line="+1124"/>
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
        <location line="+7"/>
        <source>Meetings of this case</source>
        <translation>このケースの会議の一覧</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+199"/>
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
        <location filename="../../welfaredesk/gui/case_view.py" line="+187"/>
        <source>Restricted case: only the staff named on it can see it.</source>
        <translation>閲覧制限のあるケースです。指定された職員だけが見られます。</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+101"/>
        <source>Yes</source>
        <translation>同居</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+101"/>
        <source>No</source>
        <translation>別居</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>No progress notes have been recorded yet.</source>
        <translation>支援経過の記録はまだありません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The {count} most recent notes are shown.</source>
        <translation>新しいものから{count}件を表示しています。</translation>
    </message>
    <message>
        <location line="+69"/>
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
        <location line="+32"/>
        <source>Sections of the case</source>
        <translation>ケースの各画面</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <translation>表示を保存(&amp;P)…</translation>
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
        <translation>担当者の変更(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport CSV...</source>
        <translation>CSV出力(&amp;X)…</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <translation>{name}さん: 推測されにくいパスワードにしてください(ログインIDと同じもの、数字だけのものは使えません)。</translation>
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
        <location filename="../../welfaredesk/gui/plan_tab.py" line="+1293"/>
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
        <location filename="../../welfaredesk/gui/closure_tab.py" line="+141"/>
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
        <location line="+55"/>
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
        <location line="+88"/>
        <source>Saving...</source>
        <translation>保存しています…</translation>
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
        <location line="+21"/>
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
        <location filename="../../welfaredesk/gui/connection_dialog.py" line="+67"/>
        <location line="+104"/>
        <source>Database file</source>
        <translation>データベースのファイル</translation>
    </message>
    <message>
        <location line="-102"/>
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
        <location line="+383"/>
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
        <translation>参照(&amp;B)…</translation>
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
        <translation>参照(&amp;R)…</translation>
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
        <translation>接続を確認しています…</translation>
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
        <location filename="../../welfaredesk/gui/consent_dialog.py" line="+88"/>
        <source>Record or change consent</source>
        <translation>同意の記録・変更</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location line="+8"/>
        <source>Without consent no date, method, agencies, meetings or information are recorded; what is ticked below is kept only in case you choose consent again.</source>
        <translation>同意なしのときは、同意日・方法・共有先・会議・情報の種類は記録されません。下のチェックは、同意ありに戻したときのために残しているだけです。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+208"/>
        <source>Agencies the person agreed to</source>
        <translation>情報共有に同意した関係機関</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Filter by name or section</source>
        <translation>機関名・部署で絞り込み</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+190"/>
        <source>Meetings</source>
        <translation>同意した会議</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+181"/>
        <source>Information that may be shared</source>
        <translation>共有に同意した情報</translation>
    </message>
    <message>
        <location line="-168"/>
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
        <location line="+48"/>
        <source>{count} agencies chosen</source>
        <translation>{count}機関を選択しています</translation>
    </message>
    <message>
        <location line="+67"/>
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
        <location filename="../../welfaredesk/gui/dashboard_tab.py" line="+90"/>
        <source>MMMM d (ddd)</source>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a bar, or double-click a number in a table, to open the list of those cases.</source>
        <translation>棒をクリックするか、表の数字をダブルクリックすると、そのケースの一覧を開きます。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <source>Open cases: {open} · Closed this fiscal year: {closed}</source>
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
    <name>Data</name>
    <message>
        <location filename="../../welfaredesk/gui/forms/data_catalog.py" line="+11"/>
        <source>相談支援員</source>
        <translation>相談支援員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談支援包括化推進員</source>
        <translation>相談支援包括化推進員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主任相談支援員</source>
        <translation>主任相談支援員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議事務局</source>
        <translation>会議事務局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>システム管理者</source>
        <translation>システム管理者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談受付</source>
        <translation>相談受付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題分析・振り分け</source>
        <translation>課題分析・振り分け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同行支援・引継ぎ</source>
        <translation>同行支援・引継ぎ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画案</source>
        <translation>支援計画案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援調整会議</source>
        <translation>支援調整会議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援提供</source>
        <translation>支援提供</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>経過確認と評価</source>
        <translation>経過確認と評価</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人同意なし(支援会議)</source>
        <translation>本人同意なし(支援会議)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結</source>
        <translation>終結</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意あり</source>
        <translation>同意あり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意なし</source>
        <translation>同意なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未確認</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>署名</source>
        <translation>署名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口頭</source>
        <translation>口頭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>女性</source>
        <translation>女性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>男性</source>
        <translation>男性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>その他</source>
        <translation>その他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回答しない</source>
        <translation>回答しない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情報提供のみで終了</source>
        <translation>情報提供のみで終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画策定</source>
        <translation>支援計画策定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援会議</source>
        <translation>支援会議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案</source>
        <translation>案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議提出</source>
        <translation>会議提出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>決定</source>
        <translation>決定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>見直し中</source>
        <translation>見直し中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終了</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談支援包括化推進会議</source>
        <translation>相談支援包括化推進会議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>その他の会議</source>
        <translation>その他の会議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>予定</source>
        <translation>予定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開催済み</source>
        <translation>開催済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中止</source>
        <translation>中止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>プラン検討</source>
        <translation>プラン検討</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>評価</source>
        <translation>評価</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結確認</source>
        <translation>終結確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情報共有</source>
        <translation>情報共有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>了承</source>
        <translation>了承</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修正のうえ了承</source>
        <translation>修正のうえ了承</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>見直し</source>
        <translation>見直し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>継続</source>
        <translation>継続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>達成</source>
        <translation>達成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一部達成</source>
        <translation>一部達成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未達成</source>
        <translation>未達成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人</source>
        <translation>本人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家族</source>
        <translation>家族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係機関からの聞き取り</source>
        <translation>関係機関からの聞き取り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>訪問時の観察</source>
        <translation>訪問時の観察</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>庁内関係課</source>
        <translation>庁内関係課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談支援機関</source>
        <translation>相談支援機関</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域の担い手</source>
        <translation>地域の担い手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>制度・事業</source>
        <translation>制度・事業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同行</source>
        <translation>同行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話でつなぐ</source>
        <translation>電話でつなぐ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紹介状のみ</source>
        <translation>紹介状のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>実施</source>
        <translation>実施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引継ぎ完了</source>
        <translation>引継ぎ完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不受理</source>
        <translation>不受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保留</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人辞退</source>
        <translation>本人辞退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人の同意</source>
        <translation>本人の同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援会議（生活困窮者自立支援法第9条）</source>
        <translation>支援会議（生活困窮者自立支援法第9条）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所・電話番号</source>
        <translation>住所・電話番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯の状況</source>
        <translation>世帯の状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談の概要</source>
        <translation>相談の概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題の状況</source>
        <translation>課題の状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>心身の状況</source>
        <translation>心身の状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>経済状況・債務</source>
        <translation>経済状況・債務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>強み・支援上の留意点</source>
        <translation>強み・支援上の留意点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承認待ち</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>差し戻し</source>
        <translation>差し戻し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再開</source>
        <translation>再開</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登録</source>
        <translation>登録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>変更</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>閲覧</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>印刷</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>書き出し</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログイン</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログイン失敗</source>
        <translation>ログイン失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログアウト</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>初期設定</source>
        <translation>初期設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>権限がなく拒否</source>
        <translation>権限がなく拒否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来所</source>
        <translation>来所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窓口に来所しての相談(窓口来庁者)。</source>
        <translation>窓口に来所しての相談(窓口来庁者)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話による相談。</source>
        <translation>電話による相談。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>訪問(アウトリーチ)</source>
        <translation>訪問(アウトリーチ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必要に応じて相談支援員が居宅を訪問して受けた相談。支援につながっていない人を「発見」し「つながる」ための訪問を含む。</source>
        <translation>必要に応じて相談支援員が居宅を訪問して受けた相談。支援につながっていない人を「発見」し「つながる」ための訪問を含む。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係機関からのつなぎ</source>
        <translation>関係機関からのつなぎ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ネットワークの関係機関や庁内関係課、民生委員・児童委員等から窓口へつながった相談。</source>
        <translation>ネットワークの関係機関や庁内関係課、民生委員・児童委員等から窓口へつながった相談。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>休日窓口</source>
        <translation>休日窓口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>平日に来庁できない方のための休日窓口(例: 毎月第1開庁日のみ)での相談。</source>
        <translation>平日に来庁できない方のための休日窓口(例: 毎月第1開庁日のみ)での相談。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>メール</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電子メールによる相談。</source>
        <translation>電子メールによる相談。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上記以外の経路(文書など)。</source>
        <translation>上記以外の経路(文書など)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談の対象となる本人が相談した。</source>
        <translation>相談の対象となる本人が相談した。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人の家族が相談した。</source>
        <translation>本人の家族が相談した。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>その他関係者</source>
        <translation>その他関係者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>近隣住民、民生委員・児童委員、知人など、家族以外の関係者が相談した。</source>
        <translation>近隣住民、民生委員・児童委員、知人など、家族以外の関係者が相談した。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係機関</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係機関・庁内関係課の職員が相談・連絡した。</source>
        <translation>関係機関・庁内関係課の職員が相談・連絡した。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高齢</source>
        <translation>高齢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高齢者とその家族に関わる課題。</source>
        <translation>高齢者とその家族に関わる課題。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がい</source>
        <translation>障がい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がいのある人とその家族に関わる課題。</source>
        <translation>障がいのある人とその家族に関わる課題。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子ども</source>
        <translation>子ども</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子ども・子育て家庭に関わる課題。</source>
        <translation>子ども・子育て家庭に関わる課題。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>女性が抱える課題(暴力被害を含む)。</source>
        <translation>女性が抱える課題(暴力被害を含む)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ひきこもり</source>
        <translation>ひきこもり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ひきこもりの状態にある本人とその家族に関わる課題。</source>
        <translation>ひきこもりの状態にある本人とその家族に関わる課題。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮</source>
        <translation>生活困窮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>現に経済的に困窮し、最低限度の生活を維持することができなくなるおそれがあるなど、経済的な困りごと。</source>
        <translation>現に経済的に困窮し、最低限度の生活を維持することができなくなるおそれがあるなど、経済的な困りごと。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>福祉</source>
        <translation>福祉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>福祉制度・サービスの利用や権利擁護、制度の狭間にある課題。</source>
        <translation>福祉制度・サービスの利用や権利擁護、制度の狭間にある課題。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>介護</source>
        <translation>介護</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家族の介護に関わる課題(介護者の負担を含む)。</source>
        <translation>家族の介護に関わる課題(介護者の負担を含む)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>介護予防</source>
        <translation>介護予防</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>心身の機能低下の予防、閉じこもり予防、生活支援。</source>
        <translation>心身の機能低下の予防、閉じこもり予防、生活支援。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保健医療</source>
        <translation>保健医療</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>心身の健康、医療、依存症、精神保健に関わる課題。</source>
        <translation>心身の健康、医療、依存症、精神保健に関わる課題。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住まい</source>
        <translation>住まい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住まいの確保・維持に関わる課題。</source>
        <translation>住まいの確保・維持に関わる課題。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労</source>
        <translation>就労</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労・就職、働き続けることに関わる課題。</source>
        <translation>就労・就職、働き続けることに関わる課題。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>教育</source>
        <translation>教育</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学校・学習・進学に関わる課題。</source>
        <translation>学校・学習・進学に関わる課題。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>孤立</source>
        <translation>孤立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域社会からの孤立。</source>
        <translation>地域社会からの孤立。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参加</source>
        <translation>参加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>あらゆる分野の活動に参加する機会の確保に支障があること(居場所、社会参加)。</source>
        <translation>あらゆる分野の活動に参加する機会の確保に支障があること(居場所、社会参加)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>認知症</source>
        <translation>認知症</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人または家族(親など)の認知症に関わる課題。</source>
        <translation>本人または家族(親など)の認知症に関わる課題。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高齢者虐待</source>
        <translation>高齢者虐待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>養護者等による高齢者への虐待。</source>
        <translation>養護者等による高齢者への虐待。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一人暮らし高齢者・高齢者のみの世帯</source>
        <translation>一人暮らし高齢者・高齢者のみの世帯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>見守りが必要な一人暮らし高齢者や高齢者のみの世帯。</source>
        <translation>見守りが必要な一人暮らし高齢者や高齢者のみの世帯。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>親族等の支援が得られない</source>
        <translation>親族等の支援が得られない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>親族等の支援が得られず、自立した生活を送ることが困難。</source>
        <translation>親族等の支援が得られず、自立した生活を送ることが困難。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がいがあり困っている</source>
        <translation>障がいがあり困っている</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人に障がいがあり、生活上の困りごとを抱えている。</source>
        <translation>本人に障がいがあり、生活上の困りごとを抱えている。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がい者虐待</source>
        <translation>障がい者虐待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がいのある人への虐待。</source>
        <translation>障がいのある人への虐待。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子育ての困りごと</source>
        <translation>子育ての困りごと</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子育てに関する悩みや困りごと。</source>
        <translation>子育てに関する悩みや困りごと。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がいのある子ども</source>
        <translation>障がいのある子ども</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がいのある子どもの養育・発達に関わる課題。</source>
        <translation>障がいのある子どもの養育・発達に関わる課題。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子どもの貧困</source>
        <translation>子どもの貧困</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>貧困が子どもの生活・育ちに影響している。</source>
        <translation>貧困が子どもの生活・育ちに影響している。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ヤングケアラー</source>
        <translation>ヤングケアラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家族の介護や世話を日常的に担っている子ども・若者。</source>
        <translation>家族の介護や世話を日常的に担っている子ども・若者。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>児童虐待</source>
        <translation>児童虐待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子どもへの虐待(緊急の分離が必要な場合を含む)。</source>
        <translation>子どもへの虐待(緊急の分離が必要な場合を含む)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>配偶者からの暴力(DV)</source>
        <translation>配偶者からの暴力(DV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>配偶者やパートナーからの暴力(DV)。閲覧制限の要否を確認する。</source>
        <translation>配偶者やパートナーからの暴力(DV)。閲覧制限の要否を確認する。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会参加を避け、長期にわたり家庭にとどまっている状態。</source>
        <translation>社会参加を避け、長期にわたり家庭にとどまっている状態。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8050世帯</source>
        <translation>8050世帯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高齢の親と働いていない独身の50代の子が同居している世帯(いわゆる「8050(はちまるごーまる)」)。</source>
        <translation>高齢の親と働いていない独身の50代の子が同居している世帯(いわゆる「8050(はちまるごーまる)」)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活費の困窮</source>
        <translation>生活費の困窮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活費に困っている。生活保護に至る前の段階の経済的困窮を含む。</source>
        <translation>生活費に困っている。生活保護に至る前の段階の経済的困窮を含む。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多重債務</source>
        <translation>多重債務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>複数の借入先からの借金の返済に困っている。</source>
        <translation>複数の借入先からの借金の返済に困っている。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>債務整理</source>
        <translation>債務整理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>債務整理に向けた支援が必要。</source>
        <translation>債務整理に向けた支援が必要。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家計管理</source>
        <translation>家計管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>収支の把握や家計のやりくりに支援が必要(家計改善支援)。</source>
        <translation>収支の把握や家計のやりくりに支援が必要(家計改善支援)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>制度の狭間</source>
        <translation>制度の狭間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ひきこもりやサービス利用の拒否等、既存の制度に明確に位置付けられていませんが、何らかの支援が必要である、いわゆる「制度の狭間にある課題」。</source>
        <translation>ひきこもりやサービス利用の拒否等、既存の制度に明確に位置付けられていませんが、何らかの支援が必要である、いわゆる「制度の狭間にある課題」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>サービス利用の拒否</source>
        <translation>サービス利用の拒否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必要な支援やサービスの利用を拒んでいる(制度の狭間にある課題の例)。</source>
        <translation>必要な支援やサービスの利用を拒んでいる(制度の狭間にある課題の例)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セルフネグレクト</source>
        <translation>セルフネグレクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自分自身の世話や健康・安全への配慮を放棄し、生活環境や心身の状態が悪化している。</source>
        <translation>自分自身の世話や健康・安全への配慮を放棄し、生活環境や心身の状態が悪化している。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成年後見・権利擁護</source>
        <translation>成年後見・権利擁護</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>判断能力が十分でない人の金銭管理・契約・権利を守る支援(成年後見制度、日常生活自立支援事業)が必要。</source>
        <translation>判断能力が十分でない人の金銭管理・契約・権利を守る支援(成年後見制度、日常生活自立支援事業)が必要。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>消費者被害・特殊詐欺</source>
        <translation>消費者被害・特殊詐欺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>悪質商法や特殊詐欺などの消費者被害。</source>
        <translation>悪質商法や特殊詐欺などの消費者被害。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>災害時要配慮</source>
        <translation>災害時要配慮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要配慮者(高齢者、障がいのある人、乳幼児その他の特に配慮を要する人)や、自ら避難することが困難な避難行動要支援者で、災害への備えが必要。</source>
        <translation>要配慮者(高齢者、障がいのある人、乳幼児その他の特に配慮を要する人)や、自ら避難することが困難な避難行動要支援者で、災害への備えが必要。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>親の介護</source>
        <translation>親の介護</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>親の介護を担っている、または必要になっている。</source>
        <translation>親の介護を担っている、または必要になっている。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>老々介護</source>
        <translation>老々介護</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高齢者が高齢者を介護している。</source>
        <translation>高齢者が高齢者を介護している。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ダブルケア</source>
        <translation>ダブルケア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>介護と育児に同時に直面する世帯(いわゆる「ダブルケア」)。</source>
        <translation>介護と育児に同時に直面する世帯(いわゆる「ダブルケア」)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移動・買い物困難</source>
        <translation>移動・買い物困難</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外出や移動、日常の買い物が難しい(移動制約者・買い物困難)。</source>
        <translation>外出や移動、日常の買い物が難しい(移動制約者・買い物困難)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医療に繋がらない精神疾患</source>
        <translation>医療に繋がらない精神疾患</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>精神疾患が疑われるが医療につながっていない。</source>
        <translation>精神疾患が疑われるが医療につながっていない。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>アルコール等依存症</source>
        <translation>アルコール等依存症</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>アルコール・薬物・ギャンブル等への依存。</source>
        <translation>アルコール・薬物・ギャンブル等への依存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>心の病気・重い病気で動けない</source>
        <translation>心の病気・重い病気で動けない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>心の病気や重い病気のため、日常生活や外出が困難になっている。</source>
        <translation>心の病気や重い病気のため、日常生活や外出が困難になっている。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自殺念慮</source>
        <translation>自殺念慮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>死にたい気持ちや自殺のおそれがある。緊急性を確認する。</source>
        <translation>死にたい気持ちや自殺のおそれがある。緊急性を確認する。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医療的ケア</source>
        <translation>医療的ケア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人工呼吸器装着など、医療的ケアを要する(災害時の個別支援を含む)。</source>
        <translation>人工呼吸器装着など、医療的ケアを要する(災害時の個別支援を含む)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住まいの確保</source>
        <translation>住まいの確保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住まいを失った、または失うおそれがある(住居確保給付金等)。</source>
        <translation>住まいを失った、または失うおそれがある(住居確保給付金等)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>路上生活</source>
        <translation>路上生活</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>路上生活をしている、またはそのおそれがある。</source>
        <translation>路上生活をしている、またはそのおそれがある。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労困難</source>
        <translation>就労困難</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労に困難を抱えている、就職活動がうまくいかない。</source>
        <translation>就労に困難を抱えている、就職活動がうまくいかない。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>離職・失業</source>
        <translation>離職・失業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仕事を失った、または失うおそれがある。</source>
        <translation>仕事を失った、または失うおそれがある。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>進学・学習</source>
        <translation>進学・学習</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子どもの学習や進学に支援が必要(学習支援、進学支援)。</source>
        <translation>子どもの学習や進学に支援が必要(学習支援、進学支援)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会的孤立</source>
        <translation>社会的孤立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家族や地域とのつながりがなく孤立している。</source>
        <translation>家族や地域とのつながりがなく孤立している。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会的排除</source>
        <translation>社会的排除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域社会や制度から排除されている。</source>
        <translation>地域社会や制度から排除されている。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外国籍・言語</source>
        <translation>外国籍・言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外国籍の方で、言葉や制度の違いにより支援や社会参加に困難がある。</source>
        <translation>外国籍の方で、言葉や制度の違いにより支援や社会参加に困難がある。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居場所・社会参加</source>
        <translation>居場所・社会参加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居場所がない、社会参加や就労体験の機会が必要。</source>
        <translation>居場所がない、社会参加や就労体験の機会が必要。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>犯罪・非行からの立ち直り</source>
        <translation>犯罪・非行からの立ち直り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>犯罪や非行からの立ち直りに支援が必要。</source>
        <translation>犯罪や非行からの立ち直りに支援が必要。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上記のいずれにも当てはまらない課題。</source>
        <translation>上記のいずれにも当てはまらない課題。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自立</source>
        <translation>自立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援により自立し、支援を終了した。</source>
        <translation>支援により自立し、支援を終了した。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>他機関への引継ぎ</source>
        <translation>他機関への引継ぎ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>庁内関係課・他機関へ引き継ぎ、支援を終了した(引継ぎ先を記録する)。</source>
        <translation>庁内関係課・他機関へ引き継ぎ、支援を終了した(引継ぎ先を記録する)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情報提供のみ</source>
        <translation>情報提供のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情報提供・助言のみで終了した。</source>
        <translation>情報提供・助言のみで終了した。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>転居</source>
        <translation>転居</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人が市外へ転居した。</source>
        <translation>本人が市外へ転居した。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>死亡</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人が亡くなった。</source>
        <translation>本人が亡くなった。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>連絡途絶</source>
        <translation>連絡途絶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人と連絡が取れなくなった。</source>
        <translation>本人と連絡が取れなくなった。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人の希望</source>
        <translation>本人の希望</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人の希望により支援を終了した。</source>
        <translation>本人の希望により支援を終了した。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上記以外の理由(理由を記録する)。</source>
        <translation>上記以外の理由(理由を記録する)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援調整会議(定例)</source>
        <translation>支援調整会議(定例)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>福祉総合相談窓口で受け付けた相談(本人同意あり)を対象として、支援プランの個別検討と庁内関係課・他機関の役割調整を行う。定例は月1回。主催・事務局は地域福祉課。本人同意が必要。</source>
        <translation>福祉総合相談窓口で受け付けた相談(本人同意あり)を対象として、支援プランの個別検討と庁内関係課・他機関の役割調整を行う。定例は月1回。主催・事務局は地域福祉課。本人同意が必要。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援調整会議(随時)</source>
        <translation>支援調整会議(随時)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必要の都度開催する支援調整会議。本人同意ありの相談の支援プランを個別に検討する。本人同意が必要。</source>
        <translation>必要の都度開催する支援調整会議。本人同意ありの相談の支援プランを個別に検討する。本人同意が必要。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法第9条に基づく会議(設置は任意)。福祉総合相談窓口へつながっていない人(本人同意を得られない人)を対象として、関係機関間の情報共有を行う。本人同意はなくても可(個人情報保護法の「法令に基づく場合」に該当)。構成員には守秘義務があり、守秘義務違反には罰則がある(同法第9条、第28条)。関係機関へ個人情報の提供を依頼でき、関係機関には協力の努力義務がある。開催は必要の都度。</source>
        <translation>生活困窮者自立支援法第9条に基づく会議(設置は任意)。福祉総合相談窓口へつながっていない人(本人同意を得られない人)を対象として、関係機関間の情報共有を行う。本人同意はなくても可(個人情報保護法の「法令に基づく場合」に該当)。構成員には守秘義務があり、守秘義務違反には罰則がある(同法第9条、第28条)。関係機関へ個人情報の提供を依頼でき、関係機関には協力の努力義務がある。開催は必要の都度。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>複合的な課題を抱える相談者等に必要な相談支援が円滑に提供されるよう、関係機関の業務内容の理解や具体的な連携方法等を検討する会議。個別ケースは扱わない(個別検討はせず、総括的な議論)。個人情報は持ち込まない。年数回程度。委員長は福祉保健部長、事務局は地域福祉課。</source>
        <translation>複合的な課題を抱える相談者等に必要な相談支援が円滑に提供されるよう、関係機関の業務内容の理解や具体的な連携方法等を検討する会議。個別ケースは扱わない(個別検討はせず、総括的な議論)。個人情報は持ち込まない。年数回程度。委員長は福祉保健部長、事務局は地域福祉課。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>個別ケース検討会議</source>
        <translation>個別ケース検討会議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>既存の個別ケース検討会議。</source>
        <translation>既存の個別ケース検討会議。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域ケア会議(個別型)</source>
        <translation>地域ケア会議(個別型)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域包括支援センター等が開催。利用者個人の問題を地域の問題として捉える。</source>
        <translation>地域包括支援センター等が開催。利用者個人の問題を地域の問題として捉える。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域ケア会議(地域型)</source>
        <translation>地域ケア会議(地域型)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域包括支援センター等が定期的に開催する地域型の地域ケア会議。</source>
        <translation>地域包括支援センター等が定期的に開催する地域型の地域ケア会議。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第1層協議会</source>
        <translation>第1層協議会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活支援体制整備事業の市全域の協議体。地域の困りごとについて話し合う。</source>
        <translation>生活支援体制整備事業の市全域の協議体。地域の困りごとについて話し合う。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第2層協議会</source>
        <translation>第2層協議会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活支援体制整備事業の圏域ごとの協議体。地域包括支援センターが地域住民や関係団体と開催。</source>
        <translation>生活支援体制整備事業の圏域ごとの協議体。地域包括支援センターが地域住民や関係団体と開催。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地区連絡協議会</source>
        <translation>地区連絡協議会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民生委員児童委員と児童相談所・学校・子ども家庭支援センター等の連絡協議会(年1回)。</source>
        <translation>民生委員児童委員と児童相談所・学校・子ども家庭支援センター等の連絡協議会(年1回)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上記以外の会議。</source>
        <translation>上記以外の会議。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自立相談支援事業</source>
        <translation>自立相談支援事業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法に基づく自立相談支援事業。</source>
        <translation>生活困窮者自立支援法に基づく自立相談支援事業。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家計改善支援事業</source>
        <translation>家計改善支援事業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法に基づく家計改善支援事業(家計相談支援事業)。</source>
        <translation>生活困窮者自立支援法に基づく家計改善支援事業(家計相談支援事業)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労準備支援事業</source>
        <translation>就労準備支援事業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法に基づく就労準備支援事業。</source>
        <translation>生活困窮者自立支援法に基づく就労準備支援事業。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>包括的相談支援事業(重層的支援体制整備事業)</source>
        <translation>包括的相談支援事業(重層的支援体制整備事業)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>属性を問わない相談支援。重層的支援体制整備事業の一部。</source>
        <translation>属性を問わない相談支援。重層的支援体制整備事業の一部。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多機関協働事業</source>
        <translation>多機関協働事業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多機関の協働による包括的な相談支援体制。小金井市の検討時は「(多機関の協働による)包括的支援体制構築事業」として経費を按分した。</source>
        <translation>多機関の協働による包括的な相談支援体制。小金井市の検討時は「(多機関の協働による)包括的支援体制構築事業」として経費を按分した。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>アウトリーチ等継続的支援事業</source>
        <translation>アウトリーチ等継続的支援事業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>アウトリーチ等により継続的に関わり続ける伴走型支援。</source>
        <translation>アウトリーチ等により継続的に関わり続ける伴走型支援。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参加支援事業</source>
        <translation>参加支援事業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会とのつながりや参加を支援する(就労体験、居場所など)。</source>
        <translation>社会とのつながりや参加を支援する(就労体験、居場所など)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上記以外の事業・自主財源による活動。</source>
        <translation>上記以外の事業・自主財源による活動。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住居確保給付金</source>
        <translation>住居確保給付金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法の必須事業。住まいを失ったまたは失うおそれのある人に家賃相当額を支給し、就職活動を支援する。</source>
        <translation>生活困窮者自立支援法の必須事業。住まいを失ったまたは失うおそれのある人に家賃相当額を支給し、就職活動を支援する。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労準備支援</source>
        <translation>就労準備支援</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法の任意事業(就労準備支援事業)。</source>
        <translation>生活困窮者自立支援法の任意事業(就労準備支援事業)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一時生活支援</source>
        <translation>一時生活支援</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法の任意事業(一時生活支援事業)。</source>
        <translation>生活困窮者自立支援法の任意事業(一時生活支援事業)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家計改善支援</source>
        <translation>家計改善支援</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法の任意事業(家計改善支援事業・家計相談支援事業)。</source>
        <translation>生活困窮者自立支援法の任意事業(家計改善支援事業・家計相談支援事業)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学習支援</source>
        <translation>学習支援</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法の任意事業(子どもの学習支援事業)。</source>
        <translation>生活困窮者自立支援法の任意事業(子どもの学習支援事業)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労支援相談</source>
        <translation>就労支援相談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就職活動や就労に向けた相談支援。</source>
        <translation>就職活動や就労に向けた相談支援。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>健康管理支援</source>
        <translation>健康管理支援</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>健康管理に向けた支援。</source>
        <translation>健康管理に向けた支援。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>債務整理支援</source>
        <translation>債務整理支援</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>債務整理に向けた支援。</source>
        <translation>債務整理に向けた支援。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子どもの進学支援</source>
        <translation>子どもの進学支援</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子どもの進学に向けた支援。</source>
        <translation>子どもの進学に向けた支援。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活保護</source>
        <translation>生活保護</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活保護(地域福祉課の地区担当員が担当)。</source>
        <translation>生活保護(地域福祉課の地区担当員が担当)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成年後見(後見)</source>
        <translation>成年後見(後見)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>後見類型：常に支援が必要です。日常的な買い物や通帳・印鑑の管理ができません。</source>
        <translation>後見類型：常に支援が必要です。日常的な買い物や通帳・印鑑の管理ができません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成年後見(保佐)</source>
        <translation>成年後見(保佐)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保佐類型：大半の部分で支援が必要です。日常的な買い物はできますが、通帳管理などを忘れることがあります。本人が自覚していない物忘れが、しばしばあります。</source>
        <translation>保佐類型：大半の部分で支援が必要です。日常的な買い物はできますが、通帳管理などを忘れることがあります。本人が自覚していない物忘れが、しばしばあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成年後見(補助)</source>
        <translation>成年後見(補助)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>補助類型：支援が必要な場合もあります。複雑な契約行為などは、誰かに支援してもらう必要があります。物忘れがあり、本人もその自覚があります。</source>
        <translation>補助類型：支援が必要な場合もあります。複雑な契約行為などは、誰かに支援してもらう必要があります。物忘れがあり、本人もその自覚があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任意後見</source>
        <translation>任意後見</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任意後見制度:将来の不安に備えるため(法定後見制度は、すでに判断能力が不十分な方に)。</source>
        <translation>任意後見制度:将来の不安に備えるため(法定後見制度は、すでに判断能力が不十分な方に)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成年後見 市長申立て</source>
        <translation>成年後見 市長申立て</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>親族等の支援が得られず、自立した生活を送ることが困難な高齢者等について、市長が成年後見の申立てを行う。報酬の支払いが困難な場合は助成がある。</source>
        <translation>親族等の支援が得られず、自立した生活を送ることが困難な高齢者等について、市長が成年後見の申立てを行う。報酬の支払いが困難な場合は助成がある。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日常生活自立支援事業</source>
        <translation>日常生活自立支援事業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域福祉権利擁護事業。判断能力が十分でない人の福祉サービスの利用援助や日常的な金銭管理。</source>
        <translation>地域福祉権利擁護事業。判断能力が十分でない人の福祉サービスの利用援助や日常的な金銭管理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>見守り</source>
        <translation>見守り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一人暮らし・高齢者のみ世帯などの見守り(75歳・80歳訪問、見守り協定締結事業者等)。</source>
        <translation>一人暮らし・高齢者のみ世帯などの見守り(75歳・80歳訪問、見守り協定締結事業者等)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移送サービス</source>
        <translation>移送サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外出が困難な人の移送サービス(NPO等が運営)。</source>
        <translation>外出が困難な人の移送サービス(NPO等が運営)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>介護保険</source>
        <translation>介護保険</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>介護保険サービスの利用。</source>
        <translation>介護保険サービスの利用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各種手当</source>
        <translation>各種手当</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がい等に関わる各種手当制度。</source>
        <translation>障がい等に関わる各種手当制度。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>避難行動要支援者名簿</source>
        <translation>避難行動要支援者名簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自ら避難することが困難な避難行動要支援者の名簿への登録。</source>
        <translation>自ら避難することが困難な避難行動要支援者の名簿への登録。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>食料支援(フードパントリー等)</source>
        <translation>食料支援(フードパントリー等)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>フードパントリー・フードドライブ等による食料支援。</source>
        <translation>フードパントリー・フードドライブ等による食料支援。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労体験・居場所</source>
        <translation>就労体験・居場所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会参加型就労体験や居場所など、参加の機会。</source>
        <translation>社会参加型就労体験や居場所など、参加の機会。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上記以外の制度・サービス。</source>
        <translation>上記以外の制度・サービス。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>困難な複合的課題の主担当。関係機関の連絡調整、プラン作成、支援の実施状況の把握と助言。</source>
        <translation>困難な複合的課題の主担当。関係機関の連絡調整、プラン作成、支援の実施状況の把握と助言。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家計改善支援員</source>
        <translation>家計改善支援員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労支援員</source>
        <translation>就労支援員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域福祉コーディネーター(CSW)</source>
        <translation>地域福祉コーディネーター(CSW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域の身近な相談員。個別の相談から地域の課題を見つけ、関係機関と連携する。</source>
        <translation>地域の身近な相談員。個別の相談から地域の課題を見つけ、関係機関と連携する。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議事務局(地域福祉課)</source>
        <translation>会議事務局(地域福祉課)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援調整会議等の事務局。</source>
        <translation>支援調整会議等の事務局。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>利用者・マスタ・バックアップの管理。</source>
        <translation>利用者・マスタ・バックアップの管理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>配偶者</source>
        <translation>配偶者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>父</source>
        <translation>父</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>母</source>
        <translation>母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子</source>
        <translation>子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子の配偶者</source>
        <translation>子の配偶者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>息子の配偶者・娘の配偶者。</source>
        <translation>息子の配偶者・娘の配偶者。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>孫</source>
        <translation>孫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>祖父</source>
        <translation>祖父</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>祖母</source>
        <translation>祖母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兄弟姉妹</source>
        <translation>兄弟姉妹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>親族(その他)</source>
        <translation>親族(その他)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>おじ・おば、おい・めい、いとこ、配偶者の親など。</source>
        <translation>おじ・おば、おい・めい、いとこ、配偶者の親など。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同居人</source>
        <translation>同居人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>親族ではない同居人。</source>
        <translation>親族ではない同居人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要介護</source>
        <translation>要介護</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要支援</source>
        <translation>要支援</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がい(身体)</source>
        <translation>障がい(身体)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がい(知的)</source>
        <translation>障がい(知的)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障がい(精神)</source>
        <translation>障がい(精神)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>難病</source>
        <translation>難病</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就学中</source>
        <translation>就学中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乳幼児</source>
        <translation>乳幼児</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就労中</source>
        <translation>就労中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>無職</source>
        <translation>無職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>妊娠中</source>
        <translation>妊娠中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外国籍</source>
        <translation>外国籍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情報提供</source>
        <translation>情報提供</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>制度や窓口の案内、情報提供を行った。</source>
        <translation>制度や窓口の案内、情報提供を行った。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>助言</source>
        <translation>助言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談に応じ助言を行った。</source>
        <translation>相談に応じ助言を行った。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>庁内関係課・他機関へ同行してつないだ。</source>
        <translation>庁内関係課・他機関へ同行してつないだ。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>継続支援へ</source>
        <translation>継続支援へ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題分析を行い、継続して支援する。</source>
        <translation>課題分析を行い、継続して支援する。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>面談</source>
        <translation>面談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>訪問</source>
        <translation>訪問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>庁内関係課・他機関への同行支援。</source>
        <translation>庁内関係課・他機関への同行支援。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係機関連絡</source>
        <translation>関係機関連絡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議</source>
        <translation>会議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>メール・文書</source>
        <translation>メール・文書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生命・安全に関わる、または早急な対応が必要。</source>
        <translation>生命・安全に関わる、または早急な対応が必要。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>近日中の対応が必要。</source>
        <translation>近日中の対応が必要。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>低</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>継続的に対応する。</source>
        <translation>継続的に対応する。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほぼ施策内容を達成した。</source>
        <translation>ほぼ施策内容を達成した。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>施策内容をある程度達成したが、今後の改善、検討を要する。</source>
        <translation>施策内容をある程度達成したが、今後の改善、検討を要する。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>施策内容を達成したとは言えず、現状について大きな課題がある。</source>
        <translation>施策内容を達成したとは言えず、現状について大きな課題がある。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未実施</source>
        <translation>未実施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>西圏域</source>
        <translation>西圏域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中央西圏域</source>
        <translation>中央西圏域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中央圏域</source>
        <translation>中央圏域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中央東圏域</source>
        <translation>中央東圏域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>東圏域</source>
        <translation>東圏域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>毎月第1開庁日</source>
        <translation>毎月第1開庁日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最終</source>
        <translation>最終</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>設けない</source>
        <translation>設けない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「第何」は第1から第5、または最終から選んでください。</source>
        <translation>「第何」は第1から第5、または最終から選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>曜日を月曜日から日曜日の中から選んでください。</source>
        <translation>曜日を月曜日から日曜日の中から選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受付番号</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「R7-00012」のように元号の頭文字・年・ハイフン・番号で、または「2025-00012」のように西暦の年度・ハイフン・番号で入力してください。</source>
        <translation>「R7-00012」のように元号の頭文字・年・ハイフン・番号で、または「2025-00012」のように西暦の年度・ハイフン・番号で入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>和暦(R7-00012)</source>
        <translation>和暦(R7-00012)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>西暦(2025-00012)</source>
        <translation>西暦(2025-00012)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付番号を入力してください。{hint}</source>
        <translation>受付番号を入力してください。{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付番号として読み取れません。{hint}</source>
        <translation>受付番号として読み取れません。{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{era}{era_year}年度の受付番号はありません。元号と年を確かめてください。</source>
        <translation>{era}{era_year}年度の受付番号はありません。元号と年を確かめてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>番号は1以上です。{hint}</source>
        <translation>番号は1以上です。{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{fiscal_year}年度の受付番号はありません。年を確かめてください。</source>
        <translation>{fiscal_year}年度の受付番号はありません。年を確かめてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1月</source>
        <translation>1月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2月</source>
        <translation>2月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3月</source>
        <translation>3月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4月</source>
        <translation>4月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5月</source>
        <translation>5月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6月</source>
        <translation>6月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7月</source>
        <translation>7月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8月</source>
        <translation>8月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9月</source>
        <translation>9月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10月</source>
        <translation>10月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11月</source>
        <translation>11月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12月</source>
        <translation>12月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{era}{era_year}年度({year}年度)</source>
        <translation>{era}{era_year}年度({year}年度)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「令和7年4月1日」「R7.4.1」「2025/4/1」のように入力してください。</source>
        <translation>「令和7年4月1日」「R7.4.1」「2025/4/1」のように入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日付を入力してください。{hint}</source>
        <translation>日付を入力してください。{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>元号を省略すると{era}の年として読みます。ほかの元号の場合は「S45.3.2」のように元号を付けてください。</source>
        <translation>元号を省略すると{era}の年として読みます。ほかの元号の場合は「S45.3.2」のように元号を付けてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}は未来の日付です。今日（{today}）以前の日付を入力してください。{hint}</source>
        <translation>{date}は未来の日付です。今日（{today}）以前の日付を入力してください。{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日付として読み取れません。{hint}</source>
        <translation>日付として読み取れません。{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year}年{month}月{day}日という日付はありません。正しい日付を入力してください。</source>
        <translation>{year}年{month}月{day}日という日付はありません。正しい日付を入力してください。</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>データベースがほかの処理で使用中のため開けませんでした。ほかのパソコンやプログラム（バックアップやコピーなど）がこのファイルを使っていないか確かめ、少し待ってからもう一度開いてください。続く場合はシステム管理者に連絡してください。</source>
        <translation>データベースがほかの処理で使用中のため開けませんでした。ほかのパソコンやプログラム（バックアップやコピーなど）がこのファイルを使っていないか確かめ、少し待ってからもう一度開いてください。続く場合はシステム管理者に連絡してください。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>研修用に匿名化したケース</source>
        <translation>研修用に匿名化したケース</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>破棄した下書き: {form}</source>
        <translation>破棄した下書き: {form}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下書き: {form}</source>
        <translation>下書き: {form}</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>同じ方が二度選ばれています。この行を削除してください。</source>
        <translation>同じ方が二度選ばれています。この行を削除してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選んだ方の記録は見つからないか、閲覧する権限がありません。この行を削除して、新しい方として入力してください。</source>
        <translation>選んだ方の記録は見つからないか、閲覧する権限がありません。この行を削除して、新しい方として入力してください。</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>{year}年{month}</source>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <location line="-707"/>
        <source>元</source>
        <translation>元</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{era_year}は{year}年で、{western}年ではありません。元号の年か西暦の年を確かめてください。</source>
        <translation>{era_year}は{year}年で、{western}年ではありません。元号の年か西暦の年を確かめてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{items}・{item}</source>
        <translation>{items}・{item}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>パスワード</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{min_length}文字以上にしてください(いま{count}文字)。</source>
        <translation>{min_length}文字以上にしてください(いま{count}文字)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログインIDと同じパスワードは使えません。</source>
        <translation>ログインIDと同じパスワードは使えません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同じ文字の繰り返しだけのパスワードは使えません。ほかの文字も混ぜてください。</source>
        <translation>同じ文字の繰り返しだけのパスワードは使えません。ほかの文字も混ぜてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字だけのパスワードは使えません。英字や記号も混ぜてください。</source>
        <translation>数字だけのパスワードは使えません。英字や記号も混ぜてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同じ文字の繰り返しが多すぎます。推測されにくいものにしてください。</source>
        <translation>同じ文字の繰り返しが多すぎます。推測されにくいものにしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ケースの閲覧</source>
        <translation>ケースの閲覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケースの編集</source>
        <translation>ケースの編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当者の変更</source>
        <translation>担当者の変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結の承認</source>
        <translation>終結の承認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>閲覧制限の設定</source>
        <translation>閲覧制限の設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケース一覧の書き出し</source>
        <translation>ケース一覧の書き出し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援経過の記録</source>
        <translation>支援経過の記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援経過の確認</source>
        <translation>支援経過の確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画の作成</source>
        <translation>支援計画の作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画の会議提出</source>
        <translation>支援計画の会議提出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議の管理</source>
        <translation>会議の管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>集計表の作成</source>
        <translation>集計表の作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選択肢の編集</source>
        <translation>選択肢の編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係機関の編集</source>
        <translation>関係機関の編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>利用者の管理</source>
        <translation>利用者の管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>バックアップ</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作記録の閲覧</source>
        <translation>操作記録の閲覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窓口の設定</source>
        <translation>窓口の設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>支援計画は会議（支援調整会議など）の決定でのみ「決定」になります。会議に提出し、会議の記録で了承を入力してください。</source>
        <translation>支援計画は会議（支援調整会議など）の決定でのみ「決定」になります。会議に提出し、会議の記録で了承を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{label}」の支援計画は変更できません。</source>
        <translation>「{label}」の支援計画は変更できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{current}」から「{wanted}」には変更できません。次に選べるのは {allowed} です。</source>
        <translation>「{current}」から「{wanted}」には変更できません。次に選べるのは {allowed} です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画の状況</source>
        <translation>支援計画の状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議の決定</source>
        <translation>会議の決定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>了承できるのは会議に提出された支援計画（会議提出）だけです。支援計画を会議に提出してから決定を入力してください。</source>
        <translation>了承できるのは会議に提出された支援計画（会議提出）だけです。支援計画を会議に提出してから決定を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>議題のケース</source>
        <translation>議題のケース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談支援包括化推進会議では個別のケースを検討しません。ケースを検討する場合は支援調整会議（同意あり）か支援会議（同意なし）に載せてください。</source>
        <translation>相談支援包括化推進会議では個別のケースを検討しません。ケースを検討する場合は支援調整会議（同意あり）か支援会議（同意なし）に載せてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{case_number} は本人の同意が記録されていないため、支援調整会議には載せられません。本人の同意を得て記録するか、同意が得られない場合は支援会議（法第9条）で検討してください。</source>
        <translation>{case_number} は本人の同意が記録されていないため、支援調整会議には載せられません。本人の同意を得て記録するか、同意が得られない場合は支援会議（法第9条）で検討してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{case_number} は、本人の同意の範囲に支援調整会議での検討が含まれていません。本人に確認し、同意の範囲（会議）に支援調整会議を加えて記録してください。</source>
        <translation>{case_number} は、本人の同意の範囲に支援調整会議での検討が含まれていません。本人に確認し、同意の範囲（会議）に支援調整会議を加えて記録してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{case_number} は本人の同意があるため、支援会議（法第9条）ではなく支援調整会議で検討してください。</source>
        <translation>{case_number} は本人の同意があるため、支援会議（法第9条）ではなく支援調整会議で検討してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>氏名・生年月日・性別</source>
        <translation>氏名・生年月日・性別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{label}」のつなぎは完了しているため、状況を変更できません。</source>
        <translation>「{label}」のつなぎは完了しているため、状況を変更できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎの状況</source>
        <translation>つなぎの状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>理由</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{label}」にする理由を入力してください。</source>
        <translation>「{label}」にする理由を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>確認日</source>
        <translation>確認日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引継ぎ先で支援が始まったことを確認した日を入力してください。</source>
        <translation>引継ぎ先で支援が始まったことを確認した日を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>確認した結果</source>
        <translation>確認した結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引継ぎ先で確認できたこと（受理された、支援が始まった など）を入力してください。</source>
        <translation>引継ぎ先で確認できたこと（受理された、支援が始まった など）を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援会議の記録</source>
        <translation>支援会議の記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情報共有を決めた支援会議（開催日など）を入力してください。</source>
        <translation>情報共有を決めた支援会議（開催日など）を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎ先</source>
        <translation>つなぎ先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人の同意の範囲に「{agency_name}」が含まれていないため、つなぐことができません。本人に確認して同意の範囲を更新するか、支援会議（法第9条）で共有を決めた場合は情報共有の根拠を「支援会議」にして記録してください。</source>
        <translation>本人の同意の範囲に「{agency_name}」が含まれていないため、つなぐことができません。本人に確認して同意の範囲を更新するか、支援会議（法第9条）で共有を決めた場合は情報共有の根拠を「支援会議」にして記録してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引き継ぐ情報</source>
        <translation>引き継ぐ情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{names}」は本人が共有に同意した情報に含まれていません。チェックを外すか、本人に確認して同意の範囲を更新してください。</source>
        <translation>「{names}」は本人が共有に同意した情報に含まれていません。チェックを外すか、本人に確認して同意の範囲を更新してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>明治</source>
        <translation>明治</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大正</source>
        <translation>大正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>昭和</source>
        <translation>昭和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>平成</source>
        <translation>平成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>令和</source>
        <translation>令和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>明治6年（1873年）1月1日より前の日付は旧暦のため扱えません。明治6年1月1日以降の日付を入力してください。</source>
        <translation>明治6年（1873年）1月1日より前の日付は旧暦のため扱えません。明治6年1月1日以降の日付を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreachable: EARLIEST_DATE is within 明治</source>
        <translation>unreachable: EARLIEST_DATE is within 明治</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{era}{year}年という年はありません。{era}の最初の年は元年（1年）です。正しい年を入力してください。</source>
        <translation>{era}{year}年という年はありません。{era}の最初の年は元年（1年）です。正しい年を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{era}{year}年という年はありません。{era}は{month_day}までです。正しい年を入力してください。</source>
        <translation>{era}{year}年という年はありません。{era}は{month_day}までです。正しい年を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}という日付はありません。正しい日付を入力してください。</source>
        <translation>{date}という日付はありません。正しい日付を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}という日付はありません。{era}は{month_day}からで、前日までは{other_era}です。正しい日付を入力してください。</source>
        <translation>{date}という日付はありません。{era}は{month_day}からで、前日までは{other_era}です。正しい日付を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}という日付はありません。{era}は{month_day}までで、翌日からは{other_era}です。正しい日付を入力してください。</source>
        <translation>{date}という日付はありません。{era}は{month_day}までで、翌日からは{other_era}です。正しい日付を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>主担当を推進員以外にする理由</source>
        <translation>主担当を推進員以外にする理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>振り分け</source>
        <translation>振り分け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人の同意があるため支援会議（法第9条）には振り分けられません。支援計画策定を選び、支援調整会議で検討してください。</source>
        <translation>本人の同意があるため支援会議（法第9条）には振り分けられません。支援計画策定を選び、支援調整会議で検討してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人の同意が記録されていません。支援計画案は作成できますが、支援調整会議に提出する前に同意を記録してください。</source>
        <translation>本人の同意が記録されていません。支援計画案は作成できますが、支援調整会議に提出する前に同意を記録してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>複合的課題のケースは相談支援包括化推進員を主担当にします。推進員以外を主担当にする場合は、その理由を入力してください。</source>
        <translation>複合的課題のケースは相談支援包括化推進員を主担当にします。推進員以外を主担当にする場合は、その理由を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>コピー元には SQLite のファイルか PostgreSQL の URL を指定してください。</source>
        <translation>コピー元には SQLite のファイルか PostgreSQL の URL を指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コピー元のデータベースを読み取れません。場所(URL)、利用者名とパスワード、サーバーが動いているかを確認してください。</source>
        <translation>コピー元のデータベースを読み取れません。場所(URL)、利用者名とパスワード、サーバーが動いているかを確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コピー元は WelfareDesk のデータベースではないか、空のデータベースです。コピー元の指定を確認してください。</source>
        <translation>コピー元は WelfareDesk のデータベースではないか、空のデータベースです。コピー元の指定を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コピー元とコピー先に同じデータベースが指定されています。</source>
        <translation>コピー元とコピー先に同じデータベースが指定されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コピーの途中でデータベースのサーバーとの接続が切れました。コピー先には何も残っていません。サーバーを確認して、もう一度実行してください。</source>
        <translation>コピーの途中でデータベースのサーバーとの接続が切れました。コピー先には何も残っていません。サーバーを確認して、もう一度実行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ほかの利用者が先にこの記録を保存しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</source>
        <translation>ほかの利用者が先にこの記録を保存しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>データベースのサーバーに接続できません。サーバーが動いているか、接続先（ホスト・ポート）とネットワークを確かめてください。続く場合はシステム管理者に連絡してください。</source>
        <translation>データベースのサーバーに接続できません。サーバーが動いているか、接続先（ホスト・ポート）とネットワークを確かめてください。続く場合はシステム管理者に連絡してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>データベースのサーバーに接続できないため保存できませんでした。入力した内容はそのまま残っています。接続が戻ると画面上部の表示が消えますので、もう一度保存してください。続く場合はシステム管理者に連絡してください。</source>
        <translation>データベースのサーバーに接続できないため保存できませんでした。入力した内容はそのまま残っています。接続が戻ると画面上部の表示が消えますので、もう一度保存してください。続く場合はシステム管理者に連絡してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>データベースがほかの処理で使用中のため保存できませんでした。入力した内容はそのまま残っています。少し待ってから、もう一度保存してください。</source>
        <translation>データベースがほかの処理で使用中のため保存できませんでした。入力した内容はそのまま残っています。少し待ってから、もう一度保存してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ディスクの空き容量が足りないため保存できませんでした。入力した内容はそのまま残っています。不要なファイルを削除するか、システム管理者に連絡してください。</source>
        <translation>ディスクの空き容量が足りないため保存できませんでした。入力した内容はそのまま残っています。不要なファイルを削除するか、システム管理者に連絡してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>データベースのファイルに書き込めません。ファイルの場所と権限を確認するか、システム管理者に連絡してください。</source>
        <translation>データベースのファイルに書き込めません。ファイルの場所と権限を確認するか、システム管理者に連絡してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>閲覧制限</source>
        <translation>閲覧制限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指名の変更</source>
        <translation>指名の変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>解除</source>
        <translation>解除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当</source>
        <translation>担当</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>副担当</source>
        <translation>副担当</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共有</source>
        <translation>共有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>閲覧制限で指名</source>
        <translation>閲覧制限で指名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>閲覧制限の理由</source>
        <translation>閲覧制限の理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>なぜ閲覧を制限するのか</source>
        <translation>なぜ閲覧を制限するのか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指名する職員</source>
        <translation>指名する職員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>解除の理由</source>
        <translation>解除の理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>なぜ閲覧制限を解除するのか</source>
        <translation>なぜ閲覧制限を解除するのか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースには閲覧制限がありません。</source>
        <translation>このケースには閲覧制限がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共有する職員</source>
        <translation>共有する職員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この職員とはすでに共有しています。</source>
        <translation>この職員とはすでに共有しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースはその職員と共有していません。</source>
        <translation>このケースはその職員と共有していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}を入力してください。</source>
        <translation>{what}を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{limit}文字以内で入力してください(いま{count}文字)。</source>
        <translation>{limit}文字以内で入力してください(いま{count}文字)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先にこのケースを更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度操作してください。</source>
        <translation>ほかの利用者が先にこのケースを更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度操作してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選んだ職員は見つからないか、利用が停止されています。</source>
        <translation>選んだ職員は見つからないか、利用が停止されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{role}はケースを閲覧できないため選べません。相談支援員・包括化推進員・主任相談支援員から選んでください。</source>
        <translation>{role}はケースを閲覧できないため選べません。相談支援員・包括化推進員・主任相談支援員から選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケースを共有できるのは、主担当の職員と主任相談支援員です。必要な場合は主任相談支援員に相談してください。</source>
        <translation>ケースを共有できるのは、主担当の職員と主任相談支援員です。必要な場合は主任相談支援員に相談してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>閲覧制限のあるケースは共有できません。見られる職員を変えるには、主任相談支援員が閲覧制限の指名を変更してください。</source>
        <translation>閲覧制限のあるケースは共有できません。見られる職員を変えるには、主任相談支援員が閲覧制限の指名を変更してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このほか、{role}は全員と「{team}」の職員が見られます。</source>
        <translation>このほか、{role}は全員と「{team}」の職員が見られます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このほか、{role}は全員が見られます。</source>
        <translation>このほか、{role}は全員が見られます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ふりがな</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>種別</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当部署</source>
        <translation>担当部署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付時間</source>
        <translation>受付時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当者</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>扱う課題</source>
        <translation>扱う課題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>圏域コード</source>
        <translation>圏域コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ネットワーク</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>備考</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有効</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{choices}のいずれかを選んでください。</source>
        <translation>{choices}のいずれかを選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{limit}文字以内で入力してください。</source>
        <translation>{limit}文字以内で入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力してください。</source>
        <translation>入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>200文字以内で入力してください。</source>
        <translation>200文字以内で入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0から始まる10桁か11桁の番号を入力してください(例 042-123-4567)。</source>
        <translation>0から始まる10桁か11桁の番号を入力してください(例 042-123-4567)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>圏域</source>
        <translation>圏域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登録されていない圏域です。</source>
        <translation>登録されていない圏域です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{code}」は課題の分類にありません。</source>
        <translation>「{code}」は課題の分類にありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定された関係機関は見つかりません。一覧を更新してください。</source>
        <translation>指定された関係機関は見つかりません。一覧を更新してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1(はい)か0(いいえ)で入力してください。</source>
        <translation>1(はい)か0(いいえ)で入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログインしてから操作してください。</source>
        <translation>ログインしてから操作してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1行目 見出し：1行目は「{items}」にしてください。</source>
        <translation>1行目 見出し：1行目は「{items}」にしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start}行目 {label}：{problem}</source>
        <translation>{start}行目 {label}：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start}行目 名称：{seen}行目と同じ名称です。</source>
        <translation>{start}行目 名称：{seen}行目と同じ名称です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列の数</source>
        <translation>列の数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{expected}列にしてください({count}列あります)。</source>
        <translation>{expected}列にしてください({count}列あります)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{area_code}」は登録されていません。</source>
        <translation>「{area_code}」は登録されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同じ名称の機関が複数登録されているため更新できません。</source>
        <translation>同じ名称の機関が複数登録されているため更新できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>世帯全体</source>
        <translation>世帯全体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定された課題分析の記録は見つかりません。</source>
        <translation>指定された課題分析の記録は見つかりません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先にこのケースを更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</source>
        <translation>ほかの利用者が先にこのケースを更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題分析</source>
        <translation>課題分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題分析日</source>
        <translation>課題分析日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談受付日（{date:%Y-%m-%d}）より前の日付は入力できません。</source>
        <translation>相談受付日（{date:%Y-%m-%d}）より前の日付は入力できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>緊急度</source>
        <translation>緊急度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選択肢から選んでください。</source>
        <translation>選択肢から選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題{number}の{field}</source>
        <translation>課題{number}の{field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>分類</source>
        <translation>分類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>対象者</source>
        <translation>対象者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースの世帯員ではありません。世帯員または世帯全体を選んでください。</source>
        <translation>このケースの世帯員ではありません。世帯員または世帯全体を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>振り分けの理由</source>
        <translation>振り分けの理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>振り分けを選んだ理由を入力してください。</source>
        <translation>振り分けを選んだ理由を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主担当</source>
        <translation>主担当</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主担当を選んでください。</source>
        <translation>主担当を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主担当と同じ職員は副担当にできません。</source>
        <translation>主担当と同じ職員は副担当にできません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケースを担当できる職員（在職中の相談支援員など）を選んでください。</source>
        <translation>ケースを担当できる職員（在職中の相談支援員など）を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>番号</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日時</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>利用者</source>
        <translation>利用者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログインID</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>対象</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>対象の番号</source>
        <translation>対象の番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>詳細</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>データベース</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケース</source>
        <translation>ケース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談</source>
        <translation>相談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人同意</source>
        <translation>本人同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画</source>
        <translation>支援計画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>経過確認</source>
        <translation>経過確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援経過</source>
        <translation>支援経過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議の出席者</source>
        <translation>会議の出席者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議の議題</source>
        <translation>会議の議題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>定型文</source>
        <translation>定型文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選択肢</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下書き</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>権限</source>
        <translation>権限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作記録</source>
        <translation>操作記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>デモデータ</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>検索</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケース一覧</source>
        <translation>ケース一覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一覧の表示</source>
        <translation>一覧の表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>システム</source>
        <translation>システム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>連絡票</source>
        <translation>連絡票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎシート</source>
        <translation>つなぎシート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結記録票</source>
        <translation>終結記録票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画書</source>
        <translation>支援計画書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援経過記録票</source>
        <translation>支援経過記録票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題分析シート</source>
        <translation>課題分析シート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議の次第</source>
        <translation>会議の次第</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席者名簿</source>
        <translation>出席者名簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議録</source>
        <translation>会議録</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>段階</source>
        <translation>段階</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状態</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有効・無効</source>
        <translation>有効・無効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>役割</source>
        <translation>役割</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>チーム</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結日</source>
        <translation>終結日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>次回の確認予定日</source>
        <translation>次回の確認予定日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>決定の内容</source>
        <translation>決定の内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出欠</source>
        <translation>出欠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人確認日</source>
        <translation>本人確認日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意の状況</source>
        <translation>同意の状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話番号</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本文</source>
        <translation>本文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ロック中のアカウント</source>
        <translation>ロック中のアカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>無効のアカウント</source>
        <translation>無効のアカウント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（不明）</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（システム）</source>
        <translation>（システム）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作記録（閲覧した人の一覧）</source>
        <translation>操作記録（閲覧した人の一覧）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>帳票</source>
        <translation>帳票</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>拒否した操作: {action}</source>
        <translation>拒否した操作: {action}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拒否した操作: その他</source>
        <translation>拒否した操作: その他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>帳票: {form}</source>
        <translation>帳票: {form}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}ほか{others}項目</source>
        <translation>{text}ほか{others}項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{others}項目</source>
        <translation>{others}項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>変更した項目: {text}</source>
        <translation>変更した項目: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{plan_no}版</source>
        <translation>第{plan_no}版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状態: {status}</source>
        <translation>状態: {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>役割: {role}</source>
        <translation>役割: {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count}件</source>
        <translation>{count}件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count}件を表示</source>
        <translation>{count}件を表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>異常なし</source>
        <translation>異常なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>改ざんあり</source>
        <translation>改ざんあり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>連鎖の検証: {count}件、{result}</source>
        <translation>連鎖の検証: {count}件、{result}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>閲覧した人の一覧</source>
        <translation>閲覧した人の一覧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>初期設定はすでに済んでいます。ログインしてください。</source>
        <translation>初期設定はすでに済んでいます。ログインしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログインIDまたはパスワードが違います。もう一度入力してください。</source>
        <translation>ログインIDまたはパスワードが違います。もう一度入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このアカウントは使用停止されています。システム管理者に連絡してください。</source>
        <translation>このアカウントは使用停止されています。システム管理者に連絡してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログインの失敗が続いたため、このアカウントは{hour}時{minute}分までロックされています。時間をおいてから、もう一度お試しください。</source>
        <translation>ログインの失敗が続いたため、このアカウントは{hour}時{minute}分までロックされています。時間をおいてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{era}{era_year}年度（{year}年度）</source>
        <translation>{era}{era_year}年度（{year}年度）</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>現在のパスワード</source>
        <translation>現在のパスワード</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>月火水木金土日</source>
        <translation>月火水木金土日</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{items}、{item}</source>
        <translation>{items}、{item}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ひらがなかカタカナで入力してください。</source>
        <translation>ひらがなかカタカナで入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ひらがなかカタカナで入力してください。漢字・英字・数字・記号は使えません。</source>
        <translation>ひらがなかカタカナで入力してください。漢字・英字・数字・記号は使えません。</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>{name}（{role}）</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>{name}（{login}）</source>
        <translation>{name}（{login}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{form}（PDFに保存）</source>
        <translation>{form}（PDFに保存）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{form}（プリンターへ）</source>
        <translation>{form}（プリンターへ）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>現在のパスワードが違います。もう一度入力してください。</source>
        <translation>現在のパスワードが違います。もう一度入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新しいパスワード(確認)</source>
        <translation>新しいパスワード(確認)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新しいパスワードと同じものを、もう一度入力してください。</source>
        <translation>新しいパスワードと同じものを、もう一度入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新しいパスワード</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>いまのパスワードと違うものにしてください。</source>
        <translation>いまのパスワードと違うものにしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログインIDを入力してください。</source>
        <translation>ログインIDを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログインIDは半角英数字で、空白を入れずに入力してください。</source>
        <translation>ログインIDは半角英数字で、空白を入れずに入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名を入力してください。</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{login}」はすでに使われています。別のIDにしてください。</source>
        <translation>「{login}」はすでに使われています。別のIDにしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL のサーバーで使用中のデータベースは、プログラムからは上書きしません。サーバーに新しい空のデータベースを作り(docs/server.md の「バックアップからの復元」)、コマンド welfaredesk --db 今のデータベースのURL backup restore バックアップのファイル --to 新しいデータベースのURL で復元してから、各パソコンの接続先を新しいデータベースに切り替えてください。</source>
        <translation>PostgreSQL のサーバーで使用中のデータベースは、プログラムからは上書きしません。サーバーに新しい空のデータベースを作り(docs/server.md の「バックアップからの復元」)、コマンド welfaredesk --db 今のデータベースのURL backup restore バックアップのファイル --to 新しいデータベースのURL で復元してから、各パソコンの接続先を新しいデータベースに切り替えてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>パスフレーズが違います。バックアップを作成したときのパスフレーズを入力してください。</source>
        <translation>パスフレーズが違います。バックアップを作成したときのパスフレーズを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>バックアップのファイルが壊れているか、WelfareDesk のバックアップではありません。別のバックアップを選んでください。</source>
        <translation>バックアップのファイルが壊れているか、WelfareDesk のバックアップではありません。別のバックアップを選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>間隔</source>
        <translation>間隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1日から{max_interval_days}日までの日数を入力してください。</source>
        <translation>1日から{max_interval_days}日までの日数を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残す数</source>
        <translation>残す数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1から{max_keep}までの数を入力してください。</source>
        <translation>1から{max_keep}までの数を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存先フォルダー</source>
        <translation>保存先フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ドライブ名(または / )から始まるフォルダーを指定してください。</source>
        <translation>ドライブ名(または / )から始まるフォルダーを指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このフォルダーは作成できません。場所と書き込みの権限を確認してください。</source>
        <translation>このフォルダーは作成できません。場所と書き込みの権限を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの管理者が先に自動バックアップの設定を保存しました。画面を開き直して、最新の設定を確認してください。</source>
        <translation>ほかの管理者が先に自動バックアップの設定を保存しました。画面を開き直して、最新の設定を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>パスフレーズ</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{passphrase_min_length}文字以上で入力してください。</source>
        <translation>{passphrase_min_length}文字以上で入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>バックアップの保存先に、使用中のデータベースのファイルは指定できません。別のファイル名を指定してください。</source>
        <translation>バックアップの保存先に、使用中のデータベースのファイルは指定できません。別のファイル名を指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>データベースを読み取れないため、バックアップを作成できませんでした。少し待ってから、もう一度実行してください。</source>
        <translation>データベースを読み取れないため、バックアップを作成できませんでした。少し待ってから、もう一度実行してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>バックアップのファイルを書き込めませんでした。保存先の場所、空き容量、書き込みの権限を確認してください。</source>
        <translation>バックアップのファイルを書き込めませんでした。保存先の場所、空き容量、書き込みの権限を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自動バックアップの保存先フォルダーを作成できませんでした。システム管理者に保存先の設定を確認してもらってください。</source>
        <translation>自動バックアップの保存先フォルダーを作成できませんでした。システム管理者に保存先の設定を確認してもらってください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>バックアップのファイルが見つかりません。ファイルの場所を確認してください。</source>
        <translation>バックアップのファイルが見つかりません。ファイルの場所を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このバックアップは暗号化されています。作成したときのパスフレーズを入力してください。</source>
        <translation>このバックアップは暗号化されています。作成したときのパスフレーズを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>バックアップを復号するための一時ファイルを書き込めませんでした。データベースのフォルダーの空き容量を確認してください。</source>
        <translation>バックアップを復号するための一時ファイルを書き込めませんでした。データベースのフォルダーの空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>バックアップを復元できませんでした。ほかのパソコンやプログラムがこのデータベースを使っていないか、空き容量と書き込みの権限を確認してください。復元前のデータベースは次の場所に残っています: {aside}</source>
        <translation>バックアップを復元できませんでした。ほかのパソコンやプログラムがこのデータベースを使っていないか、空き容量と書き込みの権限を確認してください。復元前のデータベースは次の場所に残っています: {aside}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このバックアップは、より新しい版の WelfareDesk で作成されています。WelfareDesk を最新版に更新してから復元してください。(バックアップの版: {revision} / このプログラムの版: {head_revision})</source>
        <translation>このバックアップは、より新しい版の WelfareDesk で作成されています。WelfareDesk を最新版に更新してから復元してください。(バックアップの版: {revision} / このプログラムの版: {head_revision})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このバックアップの操作記録(監査証跡)の連鎖が壊れています。改ざんのおそれがあるため復元しません。別のバックアップを選んでください。</source>
        <translation>このバックアップの操作記録(監査証跡)の連鎖が壊れています。改ざんのおそれがあるため復元しません。別のバックアップを選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コピー元の操作記録(監査証跡)の連鎖が番号 {event_id} で壊れているため、コピーを取り消しました。コピー元で welfaredesk --db コピー元 audit verify を実行し、システム管理者が原因を確かめてください。</source>
        <translation>コピー元の操作記録(監査証跡)の連鎖が番号 {event_id} で壊れているため、コピーを取り消しました。コピー元で welfaredesk --db コピー元 audit verify を実行し、システム管理者が原因を確かめてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コピー元のバックアップは暗号化されています。作成したときのパスフレーズを入力してください。</source>
        <translation>コピー元のバックアップは暗号化されています。作成したときのパスフレーズを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>バックアップのファイルを読み取れません。権限を確認してください。</source>
        <translation>バックアップのファイルを読み取れません。権限を確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>書き出す内容</source>
        <translation>書き出す内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容が空です。</source>
        <translation>内容が空です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存先</source>
        <translation>保存先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ファイルの種類は .txt か .md にしてください。</source>
        <translation>ファイルの種類は .txt か .md にしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>・</source>
        <translation>・</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースの{kinds}が残っています({count}か所)。該当する箇所を消すか言い換えてから保存してください。</source>
        <translation>このケースの{kinds}が残っています({count}か所)。該当する箇所を消すか言い換えてから保存してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ファイルを保存できませんでした。保存先のフォルダーと空き容量を確かめてください。({reason})</source>
        <translation>ファイルを保存できませんでした。保存先のフォルダーと空き容量を確かめてください。({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>自分の担当</source>
        <translation>自分の担当</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限超過</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要確認</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>包括化推進員主担当</source>
        <translation>包括化推進員主担当</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>すべてのケース</source>
        <translation>すべてのケース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>複合的課題</source>
        <translation>複合的課題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>経済的困窮</source>
        <translation>経済的困窮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>緊急</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談先が分からなかった</source>
        <translation>相談先が分からなかった</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年齢</source>
        <translation>年齢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意</source>
        <translation>同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最終接触からの日数</source>
        <translation>最終接触からの日数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>次の期限</source>
        <translation>次の期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付日</source>
        <translation>受付日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}（無効）</source>
        <translation>{name}（無効）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表示の名前</source>
        <translation>表示の名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名前を入力してください。</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{name}」は最初から用意されている表示の名前です。別の名前にしてください。</source>
        <translation>「{name}」は最初から用意されている表示の名前です。別の名前にしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{name}」という表示はすでにあります。別の名前にするか、上書きしてください。</source>
        <translation>「{name}」という表示はすでにあります。別の名前にするか、上書きしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この表示は見つかりません。一覧を更新してください。</source>
        <translation>この表示は見つかりません。一覧を更新してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>対象のケース</source>
        <translation>対象のケース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当を変えるケースを一覧で選んでください。</source>
        <translation>担当を変えるケースを一覧で選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新しい主担当</source>
        <translation>新しい主担当</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主担当にできる職員（相談支援員・推進員・主任相談支援員）を選んでください。</source>
        <translation>主担当にできる職員（相談支援員・推進員・主任相談支援員）を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当の変更</source>
        <translation>担当の変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{case_number} は終結しているため担当を変えられません。終結したケースを選択から外してください。</source>
        <translation>{case_number} は終結しているため担当を変えられません。終結したケースを選択から外してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text}：
{value}</source>
        <translation>{text}：
{value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}：{value}</source>
        <translation>{text}：{value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>差し戻しの理由</source>
        <translation>差し戻しの理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>差し戻す理由を入力してください。</source>
        <translation>差し戻す理由を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースの終結はすでに承認待ちです。主任相談支援員の承認または差し戻しを待ってください。</source>
        <translation>このケースの終結はすでに承認待ちです。主任相談支援員の承認または差し戻しを待ってください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結の理由</source>
        <translation>終結の理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結の理由を選んでください。</source>
        <translation>終結の理由を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引継ぎ先</source>
        <translation>引継ぎ先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>他機関への引継ぎで終結する場合は、引継ぎ先の機関を選んでください。</source>
        <translation>他機関への引継ぎで終結する場合は、引継ぎ先の機関を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談受付日（{date}）より前の日付は入力できません。</source>
        <translation>相談受付日（{date}）より前の日付は入力できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結に至る経過</source>
        <translation>終結に至る経過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>どのような経過で支援を終えるのかを入力してください。</source>
        <translation>どのような経過で支援を終えるのかを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再開の理由</source>
        <translation>再開の理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケースを再開する理由を入力してください。</source>
        <translation>ケースを再開する理由を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースは終結していないため、再開できません。</source>
        <translation>このケースは終結していないため、再開できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースには承認された終結の記録がありません。システム管理者に相談してください。</source>
        <translation>このケースには承認された終結の記録がありません。システム管理者に相談してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースには終結の記録がまだありません。終結を記録してから印刷してください。</source>
        <translation>このケースには終結の記録がまだありません。終結を記録してから印刷してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定された終結の記録は見つかりません。</source>
        <translation>指定された終結の記録は見つかりません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先にこの終結の記録を更新しました。画面を読み込み直してください。</source>
        <translation>ほかの利用者が先にこの終結の記録を更新しました。画面を読み込み直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この終結は承認待ちではありません。画面を読み込み直してください。</source>
        <translation>この終結は承認待ちではありません。画面を読み込み直してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(詳細: {detail})</source>
        <translation>(詳細: {detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>サーバーが見つかりません(ホスト名を解決できません)。</source>
        <translation>サーバーが見つかりません(ホスト名を解決できません)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ホスト名の綴りを確認してください。名前で見つからない場合は IP アドレスを入力してください。</source>
        <translation>ホスト名の綴りを確認してください。名前で見つからない場合は IP アドレスを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>サーバーが接続を拒否しました(そのポートで PostgreSQL が動いていません)。</source>
        <translation>サーバーが接続を拒否しました(そのポートで PostgreSQL が動いていません)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ポート番号を確認し、サーバーが起動しているかシステム管理者に確認してください。</source>
        <translation>ポート番号を確認し、サーバーが起動しているかシステム管理者に確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>サーバーから応答がありません(時間切れ)。</source>
        <translation>サーバーから応答がありません(時間切れ)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ネットワークの接続、ホスト名・ポート番号、ファイアウォールの設定をシステム管理者に確認してください。</source>
        <translation>ネットワークの接続、ホスト名・ポート番号、ファイアウォールの設定をシステム管理者に確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>パスワードが違います(またはこのユーザー名ではログインできません)。</source>
        <translation>パスワードが違います(またはこのユーザー名ではログインできません)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ユーザー名とパスワードを確認して入力し直してください。</source>
        <translation>ユーザー名とパスワードを確認して入力し直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>パスワードが必要です。</source>
        <translation>パスワードが必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>パスワードを入力してください。</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このユーザー名はサーバーに登録されていません。</source>
        <translation>このユーザー名はサーバーに登録されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ユーザー名を確認するか、システム管理者に登録を依頼してください。</source>
        <translation>ユーザー名を確認するか、システム管理者に登録を依頼してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この名前のデータベースはサーバーにありません。</source>
        <translation>この名前のデータベースはサーバーにありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>データベース名を確認するか、システム管理者に作成を依頼してください。</source>
        <translation>データベース名を確認するか、システム管理者に作成を依頼してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>サーバーがこのパソコン・ユーザーからの接続を許可していません。</source>
        <translation>サーバーがこのパソコン・ユーザーからの接続を許可していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>サーバーの接続許可(pg_hba.conf)と権限の設定をシステム管理者に確認してください。</source>
        <translation>サーバーの接続許可(pg_hba.conf)と権限の設定をシステム管理者に確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗号化(TLS)の接続を確立できませんでした。</source>
        <translation>暗号化(TLS)の接続を確立できませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗号化の設定と証明書ファイルがサーバーに合っているか、システム管理者に確認してください。「証明書を確認」では、証明書に書かれたホスト名と同じ名前で接続します。</source>
        <translation>暗号化の設定と証明書ファイルがサーバーに合っているか、システム管理者に確認してください。「証明書を確認」では、証明書に書かれたホスト名と同じ名前で接続します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>証明書ファイルを読み取れません。</source>
        <translation>証明書ファイルを読み取れません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>証明書ファイルの場所を選び直してください。</source>
        <translation>証明書ファイルの場所を選び直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>サーバーが起動中または停止中です。</source>
        <translation>サーバーが起動中または停止中です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>少し待ってから、もう一度試してください。</source>
        <translation>少し待ってから、もう一度試してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>データベースのファイルを開けません。</source>
        <translation>データベースのファイルを開けません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ファイルの場所と権限を確認してください。WelfareDesk のデータベースでない可能性もあります。</source>
        <translation>ファイルの場所と権限を確認してください。WelfareDesk のデータベースでない可能性もあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接続できませんでした。</source>
        <translation>接続できませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容を確認し、続く場合は下の詳細をシステム管理者に伝えてください。</source>
        <translation>入力した内容を確認し、続く場合は下の詳細をシステム管理者に伝えてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接続できませんでした: {summary}</source>
        <translation>接続できませんでした: {summary}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接続先: {location}</source>
        <translation>接続先: {location}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>サーバー: PostgreSQL {server_version}</source>
        <translation>サーバー: PostgreSQL {server_version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>なし</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>データベースの版: {database_revision} / このプログラムの版: {program_revision}</source>
        <translation>データベースの版: {database_revision} / このプログラムの版: {program_revision}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最新です。</source>
        <translation>最新です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更新が必要です</source>
        <translation>更新が必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(管理者が db upgrade を実行してください)。</source>
        <translation>(管理者が db upgrade を実行してください)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>システム管理者が welfaredesk --db … db upgrade を実行してから使ってください。</source>
        <translation>システム管理者が welfaredesk --db … db upgrade を実行してから使ってください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(次に開くとき、複製を取ってから自動で更新されます)。</source>
        <translation>(次に開くとき、複製を取ってから自動で更新されます)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このプログラムより新しい版です。</source>
        <translation>このプログラムより新しい版です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このパソコンの WelfareDesk を最新版に更新してください。</source>
        <translation>このパソコンの WelfareDesk を最新版に更新してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>空のデータベースです(初期設定が必要)。</source>
        <translation>空のデータベースです(初期設定が必要)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>システム管理者が welfaredesk --db … db upgrade を実行するか、このまま開いて最初の管理者を登録してください。</source>
        <translation>システム管理者が welfaredesk --db … db upgrade を実行するか、このまま開いて最初の管理者を登録してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WelfareDesk のデータベースではありません(ほかのプログラムの表があります)。</source>
        <translation>WelfareDesk のデータベースではありません(ほかのプログラムの表があります)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>データベース名を確認してください。</source>
        <translation>データベース名を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ファイルがまだありません(開くと新しく作成されます)。</source>
        <translation>ファイルがまだありません(開くと新しく作成されます)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接続できました。</source>
        <translation>接続できました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ファイルを開けました。</source>
        <translation>ファイルを開けました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{opened}データベースは{verdict}</source>
        <translation>{opened}データベースは{verdict}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>同意日</source>
        <translation>同意日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意を得た日を入力してください。</source>
        <translation>同意を得た日を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意の方法</source>
        <translation>同意の方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>署名か口頭かを選んでください。</source>
        <translation>署名か口頭かを選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意の範囲</source>
        <translation>同意の範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意の範囲は、同意の状況が「同意あり」のときだけ選べます。</source>
        <translation>同意の範囲は、同意の状況が「同意あり」のときだけ選べます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意の範囲(関係機関)</source>
        <translation>同意の範囲(関係機関)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係機関を一覧から選んでください。</source>
        <translation>関係機関を一覧から選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意の範囲(会議)</source>
        <translation>同意の範囲(会議)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議を一覧から選んでください。</source>
        <translation>会議を一覧から選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「同意あり」か「同意なし」を選んでください。</source>
        <translation>「同意あり」か「同意なし」を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>確認予定日を過ぎたケース</source>
        <translation>確認予定日を過ぎたケース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主担当なし</source>
        <translation>主担当なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（利用停止）</source>
        <translation>（利用停止）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>複合的な課題のケース</source>
        <translation>複合的な課題のケース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>うち包括化推進員が主担当</source>
        <translation>うち包括化推進員が主担当</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>このケースには印刷できる連絡票がありません。</source>
        <translation>このケースには印刷できる連絡票がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>閲覧制限のある記録があります。主任相談支援員に確認してください。</source>
        <translation>閲覧制限のある記録があります。主任相談支援員に確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>閲覧制限のある記録があります。{contacts}に確認してください。</source>
        <translation>閲覧制限のある記録があります。{contacts}に確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当外の記録があります。主任相談支援員に確認してください。</source>
        <translation>担当外の記録があります。主任相談支援員に確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選んだ方の記録は見つからないか、閲覧する権限がありません。</source>
        <translation>選んだ方の記録は見つからないか、閲覧する権限がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選んだ方には担当外の進行中のケースがあります。主任相談支援員に確認してください。</source>
        <translation>選んだ方には担当外の進行中のケースがあります。主任相談支援員に確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受付日を入力してください。</source>
        <translation>受付日を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付経路</source>
        <translation>受付経路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付者</source>
        <translation>受付者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>職員を一覧から選んでください。</source>
        <translation>職員を一覧から選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談者</source>
        <translation>相談者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談者の氏名</source>
        <translation>相談者の氏名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人以外からの相談です。相談者の氏名（機関名）を入力してください。</source>
        <translation>本人以外からの相談です。相談者の氏名（機関名）を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談者の続柄・関係</source>
        <translation>相談者の続柄・関係</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談者の連絡先</source>
        <translation>相談者の連絡先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紹介元機関</source>
        <translation>紹介元機関</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名(姓)</source>
        <translation>氏名(姓)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓を入力してください。</source>
        <translation>姓を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名(名)</source>
        <translation>氏名(名)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ふりがな(姓)</source>
        <translation>ふりがな(姓)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ふりがな(名)</source>
        <translation>ふりがな(名)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>圏域を一覧から選んでください。</source>
        <translation>圏域を一覧から選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主訴</source>
        <translation>主訴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談の内容（主訴）を入力してください。</source>
        <translation>相談の内容（主訴）を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題</source>
        <translation>課題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題を一覧から選んでください。</source>
        <translation>課題を一覧から選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最も困っていること(◎)</source>
        <translation>最も困っていること(◎)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◎はチェックした課題の中から一つ選んでください。</source>
        <translation>◎はチェックした課題の中から一つ選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>チェックした課題のうち、最も困っていることに◎を一つ付けてください。</source>
        <translation>チェックした課題のうち、最も困っていることに◎を一つ付けてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>初期対応</source>
        <translation>初期対応</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>世帯員{number}の{field}</source>
        <translation>世帯員{number}の{field}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>続柄</source>
        <translation>続柄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>続柄を選んでください。</source>
        <translation>続柄を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状況</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状況を一覧から選んでください。</source>
        <translation>状況を一覧から選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付時刻</source>
        <translation>受付時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付時刻を入力してください。</source>
        <translation>受付時刻を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時刻として読み取れません。「10:30」のように入力してください。</source>
        <translation>時刻として読み取れません。「10:30」のように入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付日より後の日付です。生年月日と受付日を確かめてください。</source>
        <translation>受付日より後の日付です。生年月日と受付日を確かめてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力できない制御文字が含まれています。その文字を消してから保存してください。</source>
        <translation>入力できない制御文字が含まれています。その文字を消してから保存してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>改行や制御文字は入力できません。その文字を消してから保存してください。</source>
        <translation>改行や制御文字は入力できません。その文字を消してから保存してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{limit}文字以内で入力してください（今は{count}文字です）。</source>
        <translation>{limit}文字以内で入力してください（今は{count}文字です）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字とハイフンで、0から始まる番号を入力してください（例：03-1234-5678）。</source>
        <translation>数字とハイフンで、0から始まる番号を入力してください（例：03-1234-5678）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市外局番から10桁か11桁で入力してください（今は{count}桁です）。</source>
        <translation>市外局番から10桁か11桁で入力してください（今は{count}桁です）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}を選んでください。</source>
        <translation>{label}を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}を一覧から選んでください。</source>
        <translation>{label}を一覧から選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名一致</source>
        <translation>氏名一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓一致</source>
        <translation>姓一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ふりがな一致</source>
        <translation>ふりがな一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ふりがな(姓)一致</source>
        <translation>ふりがな(姓)一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日一致</source>
        <translation>生年月日一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話番号一致</source>
        <translation>電話番号一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>相談台帳から取り込み</source>
        <translation>相談台帳から取り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性別</source>
        <translation>性別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>圏域・地区</source>
        <translation>圏域・地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談経路</source>
        <translation>相談経路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談内容(主訴)</source>
        <translation>相談内容(主訴)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結理由</source>
        <translation>終結理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ファイルが見つかりません: {name}</source>
        <translation>ファイルが見つかりません: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 97-2003 形式(.xls)は読めません。Excel で「.xlsx」形式か CSV で保存し直してください。</source>
        <translation>Excel 97-2003 形式(.xls)は読めません。Excel で「.xlsx」形式か CSV で保存し直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読めるのは .xlsx と .csv のファイルです。Excel で保存し直してください。</source>
        <translation>読めるのは .xlsx と .csv のファイルです。Excel で保存し直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel ファイルを読めません。ファイルが壊れていないか、パスワードが掛かっていないか確かめてください。</source>
        <translation>Excel ファイルを読めません。ファイルが壊れていないか、パスワードが掛かっていないか確かめてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel ファイルにシートがありません。</source>
        <translation>Excel ファイルにシートがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV ファイルの文字コードを判定できません。UTF-8 か Shift_JIS で保存し直してください。</source>
        <translation>CSV ファイルの文字コードを判定できません。UTF-8 か Shift_JIS で保存し直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ファイルに表がありません。1行目に見出し、2行目から相談を並べてください。</source>
        <translation>ファイルに表がありません。1行目に見出し、2行目から相談を並べてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列{letter}</source>
        <translation>列{letter}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字とハイフンで、0から始まる番号にしてください(例:03-1234-5678)。</source>
        <translation>数字とハイフンで、0から始まる番号にしてください(例:03-1234-5678)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市外局番から10桁か11桁にしてください(今は{count}桁です)。</source>
        <translation>市外局番から10桁か11桁にしてください(今は{count}桁です)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{limit}文字以内にしてください。</source>
        <translation>{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{text}」：{problem}</source>
        <translation>「{text}」：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{text}」は一覧にありません。次のどれかにしてください：{allowed}</source>
        <translation>「{text}」は一覧にありません。次のどれかにしてください：{allowed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付日が空欄です。受付日を入れてください。</source>
        <translation>受付日が空欄です。受付日を入れてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名が空欄です。氏名を入れてください。</source>
        <translation>氏名が空欄です。氏名を入れてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名が長すぎるか、使えない文字が含まれています。</source>
        <translation>氏名が長すぎるか、使えない文字が含まれています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付日より後の日付です。生年月日を確かめてください。</source>
        <translation>受付日より後の日付です。生年月日を確かめてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>歳</source>
        <translation>歳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{value}」は年齢として読めません。</source>
        <translation>「{value}」は年齢として読めません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日から数えると受付日に{expected}歳です。年齢か生年月日を確かめてください。</source>
        <translation>生年月日から数えると受付日に{expected}歳です。年齢か生年月日を確かめてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{value}」は性別として読めません。男・女・その他・不明のどれかにしてください。</source>
        <translation>「{value}」は性別として読めません。男・女・その他・不明のどれかにしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{value}」は圏域の一覧にありません。次のどれかにしてください：{allowed}</source>
        <translation>「{value}」は圏域の一覧にありません。次のどれかにしてください：{allowed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談経路が空欄です。次のどれかにしてください：{allowed}</source>
        <translation>相談経路が空欄です。次のどれかにしてください：{allowed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{limit}文字以内にしてください(今は{count}文字です)。</source>
        <translation>{limit}文字以内にしてください(今は{count}文字です)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>使えない制御文字が含まれています。</source>
        <translation>使えない制御文字が含まれています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{word}」は課題の一覧にありません。次のどれかにしてください：{allowed}</source>
        <translation>「{word}」は課題の一覧にありません。次のどれかにしてください：{allowed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{value}」という利用者がいません。利用者の管理で登録するか、表示名と同じ書き方にしてください。</source>
        <translation>「{value}」という利用者がいません。利用者の管理で登録するか、表示名と同じ書き方にしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{status}」は状況として読めません。「対応中」「支援中」「見守り」「終結」などにしてください。</source>
        <translation>「{status}」は状況として読めません。「対応中」「支援中」「見守り」「終結」などにしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結日があるのに終結していない状況です。どちらかを直してください。</source>
        <translation>終結日があるのに終結していない状況です。どちらかを直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結したケースです。終結日を入れてください。</source>
        <translation>終結したケースです。終結日を入れてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付日より前の日付です。終結日を確かめてください。</source>
        <translation>受付日より前の日付です。終結日を確かめてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結理由を入れてください。次のどれかです：{allowed}</source>
        <translation>終結理由を入れてください。次のどれかです：{allowed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付番号と受付日</source>
        <translation>受付番号と受付日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{row}行目と{what}が同じです(重複)。どちらか一方を消してください。</source>
        <translation>{row}行目と{what}が同じです(重複)。どちらか一方を消してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選んだ人はこの行の候補にありません。候補から選ぶか、新しい人にしてください。</source>
        <translation>選んだ人はこの行の候補にありません。候補から選ぶか、新しい人にしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列の対応</source>
        <translation>列の対応</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{name}」という列はファイルにありません。</source>
        <translation>「{name}」という列はファイルにありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{field}」に二つの列が割り当てられています。一つにしてください。</source>
        <translation>「{field}」に二つの列が割り当てられています。一つにしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「受付日」に当たる列を選んでください。</source>
        <translation>「受付日」に当たる列を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「氏名」に当たる列を選んでください。</source>
        <translation>「氏名」に当たる列を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>閲覧権限のないケース</source>
        <translation>閲覧権限のないケース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生活困窮者自立支援法第9条</source>
        <translation>生活困窮者自立支援法第9条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>了承すると支援計画は決定（支援決定）になり、ケースは支援提供に進みます。</source>
        <translation>了承すると支援計画は決定（支援決定）になり、ケースは支援提供に進みます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修正のうえ了承すると支援計画は決定（支援決定）になり、ケースは支援提供に進みます。修正の内容を決定の内容に書いてください。</source>
        <translation>修正のうえ了承すると支援計画は決定（支援決定）になり、ケースは支援提供に進みます。修正の内容を決定の内容に書いてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>見直しにすると支援計画は見直し中になり、ケースは支援計画案に戻ります。担当者が新しい版の計画案を作ります。</source>
        <translation>見直しにすると支援計画は見直し中になり、ケースは支援計画案に戻ります。担当者が新しい版の計画案を作ります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>継続にすると支援計画とケースの段階はそのままです。</source>
        <translation>継続にすると支援計画とケースの段階はそのままです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結にすると支援計画は終了になります。ケースの終結は、終結の記録（理由・承認）で行ってください。</source>
        <translation>終結にすると支援計画は終了になります。ケースの終結は、終結の記録（理由・承認）で行ってください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議の種類</source>
        <translation>会議の種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議の種類を一覧から選んでください。</source>
        <translation>会議の種類を一覧から選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開催日</source>
        <translation>開催日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状況を選んでください。</source>
        <translation>状況を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開催日（{date}）がまだ来ていないため「開催済み」にはできません。</source>
        <translation>開催日（{date}）がまだ来ていないため「開催済み」にはできません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>議題にケースがあるため、同意の扱いが異なる種類の会議には変更できません。議題を外してから変更してください。</source>
        <translation>議題にケースがあるため、同意の扱いが異なる種類の会議には変更できません。議題を外してから変更してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>決定を記録した議題があるため、中止にはできません。</source>
        <translation>決定を記録した議題があるため、中止にはできません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>場所</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>場所は200字、議長は100字までです。</source>
        <translation>場所は200字、議長は100字までです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>か月数</source>
        <translation>か月数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1から12までの数を入れてください。</source>
        <translation>1から12までの数を入れてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>毎月の予定を作れるのは定例の会議だけです。随時の会議は一件ずつ予定してください。</source>
        <translation>毎月の予定を作れるのは定例の会議だけです。随時の会議は一件ずつ予定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法的根拠</source>
        <translation>法的根拠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援会議の法的根拠を入力してください（{basis}）。</source>
        <translation>支援会議の法的根拠を入力してください（{basis}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席者</source>
        <translation>出席者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>職員か関係機関のどちらかを選んでください。</source>
        <translation>職員か関係機関のどちらかを選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>職員</source>
        <translation>職員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在職中の職員を一覧から選んでください。</source>
        <translation>在職中の職員を一覧から選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} さんはすでに出席者にいます。</source>
        <translation>{name} さんはすでに出席者にいます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名は100字までです。</source>
        <translation>氏名は100字までです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この機関のこの方はすでに出席者にいます。</source>
        <translation>この機関のこの方はすでに出席者にいます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席者の氏名を入力するか、職員・関係機関を一覧から選んでください。</source>
        <translation>出席者の氏名を入力するか、職員・関係機関を一覧から選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定された出席者は見つかりません。一覧を更新してください。</source>
        <translation>指定された出席者は見つかりません。一覧を更新してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中止した会議には議題を追加できません。</source>
        <translation>中止した会議には議題を追加できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>検討の目的</source>
        <translation>検討の目的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>検討の目的を選んでください。</source>
        <translation>検討の目的を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{case_number} はすでにこの会議の議題にあります。</source>
        <translation>{case_number} はすでにこの会議の議題にあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>決定を記録した議題は外せません。</source>
        <translation>決定を記録した議題は外せません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定された議題は見つかりません。一覧を更新してください。</source>
        <translation>指定された議題は見つかりません。一覧を更新してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>決定を選んでください。</source>
        <translation>決定を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケースのない議題には決定を記録できません。</source>
        <translation>ケースのない議題には決定を記録できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この議題には「{decision}」が記録済みです。決定は変更できません。改めて検討する場合は次の会議の議題にしてください。</source>
        <translation>この議題には「{decision}」が記録済みです。決定は変更できません。改めて検討する場合は次の会議の議題にしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先にこの会議の記録を更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</source>
        <translation>ほかの利用者が先にこの会議の記録を更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>番号 {meeting_id} の会議は見つかりません。会議の一覧で番号を確かめてください。</source>
        <translation>番号 {meeting_id} の会議は見つかりません。会議の一覧で番号を確かめてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中止した会議には{what}を記録できません。</source>
        <translation>中止した会議には{what}を記録できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この会議の開催日（{date}）はまだ来ていません。{what}は会議が開かれてから記録してください。</source>
        <translation>この会議の開催日（{date}）はまだ来ていません。{what}は会議が開かれてから記録してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開始時刻</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開始時刻を入力してください。</source>
        <translation>開始時刻を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時刻として読み取れません。「14:00」のように入力してください。</source>
        <translation>時刻として読み取れません。「14:00」のように入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付番号 {case_number} のケースは見つからないか、閲覧する権限がありません。</source>
        <translation>受付番号 {case_number} のケースは見つからないか、閲覧する権限がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{case_number} には会議に提出された支援計画（会議提出）がないため、プラン検討の議題にはできません。支援計画を会議に提出してから追加するか、別の目的（評価・終結確認・情報共有）を選んでください。</source>
        <translation>{case_number} には会議に提出された支援計画（会議提出）がないため、プラン検討の議題にはできません。支援計画を会議に提出してから追加するか、別の目的（評価・終結確認・情報共有）を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{plan_no}版（{status}）</source>
        <translation>第{plan_no}版（{status}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合計</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窓口全体</source>
        <translation>窓口全体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当の範囲</source>
        <translation>担当の範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>継続中のケース（段階別・{scope}）</source>
        <translation>継続中のケース（段階別・{scope}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今年度に開催した会議（種類別）</source>
        <translation>今年度に開催した会議（種類別）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今年度の会議で検討したケース（目的・決定別、延べ件数）</source>
        <translation>今年度の会議で検討したケース（目的・決定別、延べ件数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未決定</source>
        <translation>未決定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{purpose}：{text}</source>
        <translation>{purpose}：{text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>経過確認の予定（{date}）がすでにあります。その経過確認を記録してから、次の予定を立ててください。</source>
        <translation>経過確認の予定（{date}）がすでにあります。その経過確認を記録してから、次の予定を立ててください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>経過確認の予定日</source>
        <translation>経過確認の予定日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>経過確認を行う予定日を入力してください。</source>
        <translation>経過確認を行う予定日を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先にこの経過確認を更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</source>
        <translation>ほかの利用者が先にこの経過確認を更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この経過確認はすでに記録されています。画面を読み込み直してください。</source>
        <translation>この経過確認はすでに記録されています。画面を読み込み直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>経過確認日</source>
        <translation>経過確認日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>評価の結果</source>
        <translation>評価の結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>継続・見直し・終結のどれにするかを選んでください。</source>
        <translation>継続・見直し・終結のどれにするかを選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>次回の経過確認日</source>
        <translation>次回の経過確認日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援を継続する場合は、次に経過確認を行う日を入力してください。</source>
        <translation>支援を継続する場合は、次に経過確認を行う日を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>経過確認日より後の日付にしてください。</source>
        <translation>経過確認日より後の日付にしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースには決定した支援計画がありません。経過確認は、支援調整会議で決定した支援計画について行います。</source>
        <translation>このケースには決定した支援計画がありません。経過確認は、支援調整会議で決定した支援計画について行います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定された経過確認の記録は見つかりません。</source>
        <translation>指定された経過確認の記録は見つかりません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画の決定日（{date}）より前の日付は入力できません。</source>
        <translation>支援計画の決定日（{date}）より前の日付は入力できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>計画の項目の評価</source>
        <translation>計画の項目の評価</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>決定している支援計画にない項目が含まれています。画面を読み込み直してください。</source>
        <translation>決定している支援計画にない項目が含まれています。画面を読み込み直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number}「{goal}」</source>
        <translation>{number}「{goal}」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>項目{name}の達成状況を選んでください。計画のすべての項目を評価します。</source>
        <translation>項目{name}の達成状況を選んでください。計画のすべての項目を評価します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>指定された支援経過の記録は見つかりません。</source>
        <translation>指定された支援経過の記録は見つかりません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この記録はすでに確認済みです。</source>
        <translation>この記録はすでに確認済みです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>件名</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>件名を入力してください。</source>
        <translation>件名を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100文字以内で入力してください。</source>
        <translation>100文字以内で入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本文を入力してください。</source>
        <translation>本文を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方法</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定された定型文は見つかりません。</source>
        <translation>指定された定型文は見つかりません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期間の終わり</source>
        <translation>期間の終わり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期間の始めより前の日付です。</source>
        <translation>期間の始めより前の日付です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先にこの記録を更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</source>
        <translation>ほかの利用者が先にこの記録を更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>定型文を編集する権限がありません。主任相談支援員またはシステム管理者に相談してください。</source>
        <translation>定型文を編集する権限がありません。主任相談支援員またはシステム管理者に相談してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この記録を直せるのは、記録した職員と主任相談支援員だけです。直す必要があるときは、記録した職員に相談してください。</source>
        <translation>この記録を直せるのは、記録した職員と主任相談支援員だけです。直す必要があるときは、記録した職員に相談してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時刻</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時刻を入力してください。</source>
        <translation>時刻を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日付</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>これから先の時刻は入力できません。</source>
        <translation>これから先の時刻は入力できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時間(分)</source>
        <translation>時間(分)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0から{maximum}までの分数を入力してください。</source>
        <translation>0から{maximum}までの分数を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在職中の職員を選んでください。</source>
        <translation>在職中の職員を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事業区分</source>
        <translation>事業区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援の内容を入力してください。</source>
        <translation>支援の内容を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>次回予定日</source>
        <translation>次回予定日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>次回の予定</source>
        <translation>次回の予定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>次回予定日を入れたときは、予定の内容も入力してください。</source>
        <translation>次回予定日を入れたときは、予定の内容も入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本人の意向</source>
        <translation>本人の意向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>総合的な目標</source>
        <translation>総合的な目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>短期目標</source>
        <translation>短期目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>次回見直し予定日</source>
        <translation>次回見直し予定日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目標</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援内容</source>
        <translation>支援内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当（機関・担当者）</source>
        <translation>担当（機関・担当者）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>頻度・期間</source>
        <translation>頻度・期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースには作成中の支援計画（第{plan_no}版・案）があります。案は一度に一つだけです。その案を編集してください。</source>
        <translation>このケースには作成中の支援計画（第{plan_no}版・案）があります。案は一度に一つだけです。その案を編集してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{plan_no}版が会議に提出されています。新しい版を作るには、会議の決定を待つか、提出を取り下げてください。</source>
        <translation>第{plan_no}版が会議に提出されています。新しい版を作るには、会議の決定を待つか、提出を取り下げてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{plan_no}版は「{status}」のため変更できません。内容を変えるには新しい版を作成してください。</source>
        <translation>第{plan_no}版は「{status}」のため変更できません。内容を変えるには新しい版を作成してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画の本人確認</source>
        <translation>支援計画の本人確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人確認日を記録できるのは「決定」の支援計画だけです。</source>
        <translation>本人確認日を記録できるのは「決定」の支援計画だけです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>決定日（{date}）より前の日付は入力できません。</source>
        <translation>決定日（{date}）より前の日付は入力できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先にこの支援計画を更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</source>
        <translation>ほかの利用者が先にこの支援計画を更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定された支援計画は見つかりません。</source>
        <translation>指定された支援計画は見つかりません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースに第{plan_no}版の支援計画はありません。版の一覧で番号を確かめてください。</source>
        <translation>このケースに第{plan_no}版の支援計画はありません。版の一覧で番号を確かめてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number}行目の{field}</source>
        <translation>{number}行目の{field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この行で目指すことを入力してください（不要な行は削除してください）。</source>
        <translation>この行で目指すことを入力してください（不要な行は削除してください）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当機関</source>
        <translation>担当機関</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当機関を関係機関の一覧から選んでください。</source>
        <translation>担当機関を関係機関の一覧から選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人の同意が記録されていないため、支援計画は支援調整会議に提出できません（支援調整会議は本人の同意があるケースだけを検討します）。本人の同意を得て記録するか、同意が得られない場合は支援会議（法第9条）で情報共有を検討してください。</source>
        <translation>本人の同意が記録されていないため、支援計画は支援調整会議に提出できません（支援調整会議は本人の同意があるケースだけを検討します）。本人の同意を得て記録するか、同意が得られない場合は支援会議（法第9条）で情報共有を検討してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議に提出する前に総合的な目標を入力してください。</source>
        <translation>会議に提出する前に総合的な目標を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会議に提出する前に支援内容を1行以上入力してください。</source>
        <translation>会議に提出する前に支援内容を1行以上入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{issue}：{goal}</source>
        <translation>{issue}：{goal}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>指定されたつなぎの記録は見つかりません。</source>
        <translation>指定されたつなぎの記録は見つかりません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>実施済み・完了したつなぎの内容は変更できません。状況の変更で記録してください。</source>
        <translation>実施済み・完了したつなぎの内容は変更できません。状況の変更で記録してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>実施日</source>
        <translation>実施日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>実施日が予定日から離れすぎています。日付を確かめてください。</source>
        <translation>実施日が予定日から離れすぎています。日付を確かめてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎを行った日（{date}）より前の日付は入力できません。</source>
        <translation>つなぎを行った日（{date}）より前の日付は入力できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>確認予定日</source>
        <translation>確認予定日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースに番号 {referral_id} のつなぎの記録はありません。つなぎの一覧で番号を確かめてください。</source>
        <translation>このケースに番号 {referral_id} のつなぎの記録はありません。つなぎの一覧で番号を確かめてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先にこのつなぎの記録を更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</source>
        <translation>ほかの利用者が先にこのつなぎの記録を更新しました。入力した内容はそのまま残っています。最新の内容を確認してから、もう一度保存してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎ</source>
        <translation>つなぎ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎ先の機関を一覧から選んでください。</source>
        <translation>つなぎ先の機関を一覧から選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{name}」は現在使われていない機関です。別の機関を選んでください。</source>
        <translation>「{name}」は現在使われていない機関です。別の機関を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>予定日</source>
        <translation>予定日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎの方法</source>
        <translation>つなぎの方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎの方法を選んでください。</source>
        <translation>つなぎの方法を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同行する職員</source>
        <translation>同行する職員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同行する職員を1人以上選んでください。</source>
        <translation>同行する職員を1人以上選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぐ理由・依頼事項</source>
        <translation>つなぐ理由・依頼事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>なぜこの機関につなぐのか、何を依頼するのかを入力してください。</source>
        <translation>なぜこの機関につなぐのか、何を依頼するのかを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>予定日より後の日付にしてください（つないだ後に、本人が支援につながったかを確かめる日です）。</source>
        <translation>予定日より後の日付にしてください（つないだ後に、本人が支援につながったかを確かめる日です）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぐ人</source>
        <translation>つなぐ人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースの世帯員ではありません。本人または世帯員を選んでください。</source>
        <translation>このケースの世帯員ではありません。本人または世帯員を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{agency}へのつなぎが「{status}」です。</source>
        <translation>{agency}へのつなぎが「{status}」です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終了していない支援計画があります。</source>
        <translation>終了していない支援計画があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結の承認待ちがすでにあります。</source>
        <translation>終結の承認待ちがすでにあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人 {name}</source>
        <translation>本人 {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}（{relation}）</source>
        <translation>{name}（{relation}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不明</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0～17歳</source>
        <translation>0～17歳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18～39歳</source>
        <translation>18～39歳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>40～64歳</source>
        <translation>40～64歳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>65～74歳</source>
        <translation>65～74歳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>75歳以上</source>
        <translation>75歳以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>対象の年度を西暦（例：2025）で正しく入力してください。</source>
        <translation>対象の年度を西暦（例：2025）で正しく入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ファイルを保存できませんでした。ほかのアプリで開いていないか、保存先のフォルダーに書き込めるかを確かめてください。</source>
        <translation>ファイルを保存できませんでした。ほかのアプリで開いていないか、保存先のフォルダーに書き込めるかを確かめてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終了日</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終了日は開始日と同じ日かそれより後の日付にしてください。</source>
        <translation>終了日は開始日と同じ日かそれより後の日付にしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期間は5年以内にしてください。開始日か終了日を見直してください。</source>
        <translation>期間は5年以内にしてください。開始日か終了日を見直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開始日</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>明治6年以降の日付を入力してください。</source>
        <translation>明治6年以降の日付を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非表示にする件数</source>
        <translation>非表示にする件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1以上の数を入力してください。</source>
        <translation>1以上の数を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} {desk} 実績報告</source>
        <translation>{title} {desk} 実績報告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start}～{end}</source>
        <translation>{start}～{end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窓口全体（閲覧制限のケースは指名されたもののみ）</source>
        <translation>窓口全体（閲覧制限のケースは指名されたもののみ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>すべてのケース（閲覧制限のケースは指名されたもののみ）</source>
        <translation>すべてのケース（閲覧制限のケースは指名されたもののみ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自分と係のケース</source>
        <translation>自分と係のケース</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ケースを開いた日（受付日）で数えた新規相談の件数（新規相談受付件数）。</source>
        <translation>ケースを開いた日（受付日）で数えた新規相談の件数（新規相談受付件数）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケースを開いた日（受付日）で数えた新規相談の件数（新規相談受付件数）。前期間の欄は、前期間の同じ順番の月の件数です。</source>
        <translation>ケースを開いた日（受付日）で数えた新規相談の件数（新規相談受付件数）。前期間の欄は、前期間の同じ順番の月の件数です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>期間内に開いたケース（新規相談）を数えています。最初の相談受付票の内容によります。</source>
        <translation>期間内に開いたケース（新規相談）を数えています。最初の相談受付票の内容によります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>期間内に開いたケース（新規相談）を数えています。ケースの「複合的な課題」の印によります。</source>
        <translation>期間内に開いたケース（新規相談）を数えています。ケースの「複合的な課題」の印によります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>期間内に開いたケース（新規相談）を数えています。現在の主担当が包括化推進員（権限または職種）かどうかで分けています。</source>
        <translation>期間内に開いたケース（新規相談）を数えています。現在の主担当が包括化推進員（権限または職種）かどうかで分けています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>期間内に開いたケース（新規相談）を数えています。ケースの地区によります。地区のないケースは「不明」です。</source>
        <translation>期間内に開いたケース（新規相談）を数えています。ケースの地区によります。地区のないケースは「不明」です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>期間内に開いたケース（新規相談）を数えています。本人の受付日時点の年齢です(生年月日がなければ最初の相談で聞いた年齢)。どちらもない人は「不明」です。</source>
        <translation>期間内に開いたケース（新規相談）を数えています。本人の受付日時点の年齢です(生年月日がなければ最初の相談で聞いた年齢)。どちらもない人は「不明」です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>期間内に開いたケース（新規相談）を数えています。本人の性別です。</source>
        <translation>期間内に開いたケース（新規相談）を数えています。本人の性別です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>期間内の支援経過記録を1件ずつ数えています（活動件数）。時間は記録された所要時間（分）の合計を時間にしたものです。</source>
        <translation>期間内の支援経過記録を1件ずつ数えています（活動件数）。時間は記録された所要時間（分）の合計を時間にしたものです。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>期間内の支援経過記録を1件ずつ数えています（活動件数）。時間は記録された所要時間（分）の合計を時間にしたものです。事業区分の記録がない活動は「事業区分なし」です。</source>
        <translation>期間内の支援経過記録を1件ずつ数えています（活動件数）。時間は記録された所要時間（分）の合計を時間にしたものです。事業区分の記録がない活動は「事業区分なし」です。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>つなぎ日が期間内のつなぎ（同行支援・引継ぎを含む）を、つなぎ先1か所につき1件で数えています。「同行」が同行支援の件数です。</source>
        <translation>つなぎ日が期間内のつなぎ（同行支援・引継ぎを含む）を、つなぎ先1か所につき1件で数えています。「同行」が同行支援の件数です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>つなぎ日が期間内のつなぎ（同行支援・引継ぎを含む）を、つなぎ先1か所につき1件で数えています。結果は現在の状況です。</source>
        <translation>つなぎ日が期間内のつなぎ（同行支援・引継ぎを含む）を、つなぎ先1か所につき1件で数えています。結果は現在の状況です。</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>月別の新規相談件数</source>
        <translation>月別の新規相談件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>相談経路別の新規相談件数</source>
        <translation>相談経路別の新規相談件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談者別の新規相談件数</source>
        <translation>相談者別の新規相談件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>複合的な課題の有無別の新規相談件数</source>
        <translation>複合的な課題の有無別の新規相談件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>複合的な課題</source>
        <translation>複合的な課題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>あり</source>
        <translation>あり</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>主担当の職種別の新規相談件数</source>
        <translation>主担当の職種別の新規相談件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>その他の職員</source>
        <translation>その他の職員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>地区別の新規相談件数</source>
        <translation>地区別の新規相談件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地区</source>
        <translation>地区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>年齢層別の新規相談件数</source>
        <translation>年齢層別の新規相談件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年齢層</source>
        <translation>年齢層</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>性別の新規相談件数</source>
        <translation>性別の新規相談件数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>課題の分類別の新規相談件数</source>
        <translation>課題の分類別の新規相談件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題の分類</source>
        <translation>課題の分類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題の記録なし</source>
        <translation>課題の記録なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期間内に開いたケースの課題を大分類で数えています。1件のケースが複数の分類に入るため、各行の和は合計（ケース数）と一致しません。</source>
        <translation>期間内に開いたケースの課題を大分類で数えています。1件のケースが複数の分類に入るため、各行の和は合計（ケース数）と一致しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period} 件数</source>
        <translation>{period} 件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period} 時間</source>
        <translation>{period} 時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期間内の支援経過記録を1件ずつ数えています（活動件数）。</source>
        <translation>期間内の支援経過記録を1件ずつ数えています（活動件数）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>記録者なし</source>
        <translation>記録者なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方法別の活動件数</source>
        <translation>方法別の活動件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>職員別の活動件数と時間</source>
        <translation>職員別の活動件数と時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事業区分別の活動件数と時間（按分用）</source>
        <translation>事業区分別の活動件数と時間（按分用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事業区分なし</source>
        <translation>事業区分なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>アウトリーチの件数</source>
        <translation>アウトリーチの件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>区分</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>アウトリーチの活動件数</source>
        <translation>アウトリーチの活動件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>訪問（アウトリーチ）で受け付けた新規相談</source>
        <translation>訪問（アウトリーチ）で受け付けた新規相談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活動件数は「アウトリーチ」の印がある支援経過記録の件数、新規相談は最初の相談受付票の相談経路が訪問（アウトリーチ）のケースの件数です。</source>
        <translation>活動件数は「アウトリーチ」の印がある支援経過記録の件数、新規相談は最初の相談受付票の相談経路が訪問（アウトリーチ）のケースの件数です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎ日が期間内のつなぎ（同行支援・引継ぎを含む）を、つなぎ先1か所につき1件で数えています。</source>
        <translation>つなぎ日が期間内のつなぎ（同行支援・引継ぎを含む）を、つなぎ先1か所につき1件で数えています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎ先の種類別のつなぎ件数</source>
        <translation>つなぎ先の種類別のつなぎ件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎ先の種類</source>
        <translation>つなぎ先の種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方法別のつなぎ件数（同行支援）</source>
        <translation>方法別のつなぎ件数（同行支援）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>結果別のつなぎ件数</source>
        <translation>結果別のつなぎ件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>結果</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>支援計画の作成・見直し件数</source>
        <translation>支援計画の作成・見直し件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>作成（初回の計画）</source>
        <translation>作成（初回の計画）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>見直し（2回目以降の計画）</source>
        <translation>見直し（2回目以降の計画）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>決定日が期間内の支援計画を数えています。ケースの最初の計画を作成、2回目以降の計画を見直しとしています。</source>
        <translation>決定日が期間内の支援計画を数えています。ケースの最初の計画を作成、2回目以降の計画を見直しとしています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period} 開催回数</source>
        <translation>{period} 開催回数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period} 検討ケース</source>
        <translation>{period} 検討ケース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>種類別の会議の開催回数と検討したケース数</source>
        <translation>種類別の会議の開催回数と検討したケース数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期間内に開催済みの会議の回数と、その議題のうちケースについてのものの延べ件数です（中止・予定の会議は数えません）。</source>
        <translation>期間内に開催済みの会議の回数と、その議題のうちケースについてのものの延べ件数です（中止・予定の会議は数えません）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結理由別の終結件数</source>
        <translation>終結理由別の終結件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結日が期間内の、承認された終結を数えています（その後再開したケースを含みます）。</source>
        <translation>終結日が期間内の、承認された終結を数えています（その後再開したケースを含みます）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period}末</source>
        <translation>{period}末</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>その後終結したケース</source>
        <translation>その後終結したケース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>職員別の担当件数（期間末に継続中のケース）</source>
        <translation>職員別の担当件数（期間末に継続中のケース）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期間の末日に継続中だったケースを、現在の主担当で数えています。</source>
        <translation>期間の末日に継続中だったケースを、現在の主担当で数えています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>段階別の継続中のケース（期間末）</source>
        <translation>段階別の継続中のケース（期間末）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期間の末日に継続中だったケースを現在の段階で数えています（段階の履歴は残らないため）。その後終結したケースは別の行です。</source>
        <translation>期間の末日に継続中だったケースを現在の段階で数えています（段階の履歴は残らないため）。その後終結したケースは別の行です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新規相談受付件数</source>
        <translation>新規相談受付件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>プラン作成件数</source>
        <translation>プラン作成件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>プラン見直し件数</source>
        <translation>プラン見直し件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>他機関・制度へのつなぎ件数</source>
        <translation>他機関・制度へのつなぎ件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>うち同行支援の件数</source>
        <translation>うち同行支援の件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎを行ったケース数（実数）</source>
        <translation>つなぎを行ったケース数（実数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援終了件数</source>
        <translation>支援終了件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>うち情報提供のみで終了した件数</source>
        <translation>うち情報提供のみで終了した件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活動件数（支援経過記録）</source>
        <translation>活動件数（支援経過記録）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援調整会議の開催回数</source>
        <translation>支援調整会議の開催回数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援会議の開催回数</source>
        <translation>支援会議の開催回数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相談支援包括化推進会議の開催回数</source>
        <translation>相談支援包括化推進会議の開催回数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国への報告項目（主な指標）</source>
        <translation>国への報告項目（主な指標）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指標</source>
        <translation>指標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新規相談受付件数：期間内に開いたケース。プラン作成件数：決定日が期間内の初回の支援計画。プラン見直し件数：決定日が期間内の2回目以降の計画。つなぎ件数：つなぎ日が期間内のつなぎ（つなぎ先1か所につき1件）。支援終了件数：終結日が期間内の承認された終結。情報提供のみで終了：そのうち終結理由が「情報提供のみ」のもの。活動件数：日時が期間内の支援経過記録。会議の開催回数：期間内に開催済みの会議。</source>
        <translation>新規相談受付件数：期間内に開いたケース。プラン作成件数：決定日が期間内の初回の支援計画。プラン見直し件数：決定日が期間内の2回目以降の計画。つなぎ件数：つなぎ日が期間内のつなぎ（つなぎ先1か所につき1件）。支援終了件数：終結日が期間内の承認された終結。情報提供のみで終了：そのうち終結理由が「情報提供のみ」のもの。活動件数：日時が期間内の支援経過記録。会議の開催回数：期間内に開催済みの会議。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}（{kana}）</source>
        <translation>{name}（{kana}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>「{action}」を行う権限がありません。必要な場合は主任相談支援員またはシステム管理者に相談してください。</source>
        <translation>「{action}」を行う権限がありません。必要な場合は主任相談支援員またはシステム管理者に相談してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定されたケースは見つからないか、閲覧する権限がありません。</source>
        <translation>指定されたケースは見つからないか、閲覧する権限がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このケースは終結しています。{what}を記録するには、先にケースを再開してください。</source>
        <translation>このケースは終結しています。{what}を記録するには、先にケースを再開してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>窓口の名前</source>
        <translation>窓口の名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窓口の所在地</source>
        <translation>窓口の所在地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窓口の電話番号</source>
        <translation>窓口の電話番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付番号の形</source>
        <translation>受付番号の形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>休日相談窓口の日</source>
        <translation>休日相談窓口の日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承認が必要な終結の理由</source>
        <translation>承認が必要な終結の理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先に窓口の設定を変更しました。入力した内容はそのまま残っています。最新の設定を確認してから、もう一度保存してください。</source>
        <translation>ほかの利用者が先に窓口の設定を変更しました。入力した内容はそのまま残っています。最新の設定を確認してから、もう一度保存してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窓口の名前を入力してください。</source>
        <translation>窓口の名前を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字とハイフン、かっこだけで入力してください(例: 042-000-1234)。</source>
        <translation>数字とハイフン、かっこだけで入力してください(例: 042-000-1234)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>和暦か西暦のどちらかを選んでください。</source>
        <translation>和暦か西暦のどちらかを選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>休日相談窓口の日の決め方を選んでください。</source>
        <translation>休日相談窓口の日の決め方を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結の理由の一覧にない理由が含まれています。一覧から選び直してください。</source>
        <translation>終結の理由の一覧にない理由が含まれています。一覧から選び直してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>モニタリング</source>
        <translation>モニタリング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎの確認</source>
        <translation>つなぎの確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>計画の見直し</source>
        <translation>計画の見直し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>次回の対応</source>
        <translation>次回の対応</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力途中</source>
        <translation>入力途中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存していない受付の入力</source>
        <translation>保存していない受付の入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存していない課題分析の入力</source>
        <translation>保存していない課題分析の入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存していない支援計画の入力</source>
        <translation>保存していない支援計画の入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存していない支援経過の入力</source>
        <translation>保存していない支援経過の入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>モニタリングを行う</source>
        <translation>モニタリングを行う</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}につながったか確認する</source>
        <translation>{name}につながったか確認する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画（第{plan_no}版）を見直す</source>
        <translation>支援計画（第{plan_no}版）を見直す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}の支援経過に記した次回の対応</source>
        <translation>{date}の支援経過に記した次回の対応</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}（{held_at:%H:%M}）</source>
        <translation>{name}（{held_at:%H:%M}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}さんの支援経過（{date}）を確認する</source>
        <translation>{name}さんの支援経過（{date}）を確認する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援経過（{date}）を確認する</source>
        <translation>支援経過（{date}）を確認する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}さんが申請した終結を確かめて承認する</source>
        <translation>{name}さんが申請した終結を確かめて承認する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申請された終結を確かめて承認する</source>
        <translation>申請された終結を確かめて承認する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}（{saved} 自動保存）</source>
        <translation>{text}（{saved} 自動保存）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>相談受付（{channel}）</source>
        <translation>相談受付（{channel}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人同意：{status}</source>
        <translation>本人同意：{status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課題分析（第{sequence}回）</source>
        <translation>課題分析（第{sequence}回）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}：振り分け {decision}</source>
        <translation>{title}：振り分け {decision}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎ：{name}（{status}）</source>
        <translation>つなぎ：{name}（{status}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つなぎ：{name}（実施）</source>
        <translation>つなぎ：{name}（実施）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画 第{plan_no}版 作成（現在：{status}）</source>
        <translation>支援計画 第{plan_no}版 作成（現在：{status}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援計画 第{plan_no}版 決定（支援決定）</source>
        <translation>支援計画 第{plan_no}版 決定（支援決定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind}：{purpose}</source>
        <translation>{kind}：{purpose}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援経過（{method}）</source>
        <translation>支援経過（{method}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}：{decision}</source>
        <translation>{title}：{decision}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結（{reason}）</source>
        <translation>終結（{reason}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結を申請（{reason}）：承認待ち</source>
        <translation>終結を申請（{reason}）：承認待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終結の申請（{reason}）：差し戻し</source>
        <translation>終結の申請（{reason}）：差し戻し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ケースを再開</source>
        <translation>ケースを再開</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ロックまでの失敗回数</source>
        <translation>ロックまでの失敗回数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ロック時間(分)</source>
        <translation>ロック時間(分)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自動ロックまでの時間(分)</source>
        <translation>自動ロックまでの時間(分)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>パスワードの最小文字数</source>
        <translation>パスワードの最小文字数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>役割を変える</source>
        <translation>役割を変える</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自分のアカウントは使用停止にできません。ほかのシステム管理者に依頼してください。</source>
        <translation>自分のアカウントは使用停止にできません。ほかのシステム管理者に依頼してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>使用停止にする</source>
        <translation>使用停止にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>チーム名</source>
        <translation>チーム名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>チーム名を入力してください。</source>
        <translation>チーム名を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100文字以内にしてください。</source>
        <translation>100文字以内にしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{name}」はすでにあります。別の名前にしてください。</source>
        <translation>「{name}」はすでにあります。別の名前にしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low}から{high}までの数を入力してください(いま{value})。</source>
        <translation>{low}から{high}までの数を入力してください(いま{value})。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定された利用者は見つかりません。一覧を更新してください。</source>
        <translation>指定された利用者は見つかりません。一覧を更新してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選んだチームが見つかりません。一覧から選び直してください。</source>
        <translation>選んだチームが見つかりません。一覧から選び直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有効なシステム管理者がこのアカウントだけなので、{what}ことはできません。先にほかの職員をシステム管理者にしてください。</source>
        <translation>有効なシステム管理者がこのアカウントだけなので、{what}ことはできません。先にほかの職員をシステム管理者にしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ほかの利用者が先にこのアカウントを更新しました。入力した内容はそのまま残っています。一覧で最新の内容を確認してから、もう一度保存してください。</source>
        <translation>ほかの利用者が先にこのアカウントを更新しました。入力した内容はそのまま残っています。一覧で最新の内容を確認してから、もう一度保存してください。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../welfaredesk/gui/help_viewer.py" line="+99"/>
        <source>WelfareDesk user guide</source>
        <translation>WelfareDesk 利用の手引き</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contents</source>
        <translation>目次(&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User guide</source>
        <translation>利用の手引き</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../welfaredesk/gui/idle_lock.py" line="+303"/>
        <source>The login failed. Enter the password again.</source>
        <translation>ログインできませんでした。もう一度入力してください。</translation>
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
        <translation>（未選択）</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Situation: separate several with commas (e.g. {examples}).</source>
        <translation>状況は「、」で区切って複数入力できます（例：{examples}）。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Age {age}</source>
        <translation>{age}歳</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>An existing person: their stored record is used.</source>
        <translation>すでに登録されている方です。登録済みの記録を使います。</translation>
    </message>
    <message>
        <location line="+210"/>
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
        <location line="+61"/>
        <source>Already known? (household member {number})</source>
        <translation>登録済みの人の候補(世帯員{number})</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+63"/>
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
        <location line="+28"/>
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
        <location line="+365"/>
        <source>People already registered who match the name, furigana, date of birth or phone of the client or of a household member appear here. Nothing is merged unless you choose.</source>
        <translation>本人または世帯員と、氏名・ふりがな・生年月日・電話番号が一致する登録済みの人をここに表示します。選ばない限り、まとめられることはありません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Register for this person</source>
        <translation>この人の相談として登録</translation>
    </message>
    <message>
        <location filename="../../welfaredesk/gui/intake_dialog.py" line="-582"/>
        <location filename="../../ui/intake_dialog.ui" line="-354"/>
        <source>Relation</source>
        <translation>続柄</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="+5"/>
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
        <location filename="../../welfaredesk/gui/intake_dialog.py" line="+366"/>
        <location filename="../../ui/intake_dialog.ui" line="+32"/>
        <source>Already known?</source>
        <translation>登録済みの人の候補</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="+36"/>
        <source>Add the selected person to this household as a member, using their existing record (no second record is made).</source>
        <translation>選んだ方を、この世帯の世帯員として登録します。すでにある記録を使うので、同じ方の記録が二つになることはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use as a household member</source>
        <translation>世帯員として登録(&amp;U)</translation>
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
        <location filename="../../welfaredesk/gui/ledger_import_wizard.py" line="+198"/>
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
        <translation>ファイルを選ぶ(&amp;C)…</translation>
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
        <translation>ファイルを読んでいます…</translation>
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
        <translation>{file}: {kind}。見出しは{header}行目、データは{rows}行、列は{columns}列(うち見出しから分かった列 {known})。</translation>
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
        <translation>ファイルのすべての行を確認しています…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No row of the file can be imported.</source>
        <translation>取り込める行がありません。ファイルを直してから、もう一度確認してください。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{total} rows: {ready} can be imported, {problems} with problems, {undecided} waiting for a decision, {already} imported before.</source>
        <translation>全{total}行: 取り込める行 {ready}、問題のある行 {problems}、判断が必要な行 {undecided}、取り込み済みの行 {already}。</translation>
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
        <translation>ファイル: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows to import: {count} (each becomes a case with a contact slip)</source>
        <translation>取り込む行: {count}行(1行ごとに連絡票とケースを作ります)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of them, new cases for people already known: {count}</source>
        <translation>うち、すでに相談歴のある人の新しいケース: {count}件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows left out (problems or no decision): {count}</source>
        <translation>取り込まない行(問題あり・未判断): {count}行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows imported before (skipped): {count}</source>
        <translation>取り込み済みで飛ばす行: {count}行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All rows are saved together, or none. Press Import to start, or try it first without saving.</source>
        <translation>すべての行をまとめて保存します。途中で失敗したときは何も保存しません。「取り込む」を押すと始まります。先に保存せずに試すこともできます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Trying the import...</source>
        <translation>試しに取り込んでいます(保存はしません)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing the rows...</source>
        <translation>取り込んでいます…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was imported: the file has rows with problems or waiting for a decision. Go back to the check.</source>
        <translation>何も取り込みませんでした。問題のある行か判断が必要な行が残っています。確認の画面に戻ってください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trial run: {count} cases would be created. Nothing was saved; untick the trial to import.</source>
        <translation>試しに実行しました: {count}件のケースを作成できます。何も保存していません。取り込むには「試しに実行」のチェックを外してください。</translation>
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
        <location filename="../../welfaredesk/gui/idle_lock.py" line="-222"/>
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
        <translation>ログイン中: {name}({role}、ログインID {login})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter your password to continue.</source>
        <translation>続けるには、パスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../../welfaredesk/gui/login_dialog.py" line="+77"/>
        <source>&amp;Database connection...</source>
        <translation>データベースの接続先(&amp;D)…</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location filename="../../welfaredesk/gui/main_window.py" line="+200"/>
        <source>Case records are not shown to the role “{role}”. Log in with a counselor&apos;s or supervisor&apos;s account to work with cases.</source>
        <translation>「{role}」のアカウントでは、ケースの記録は表示されません。ケースを扱うときは、相談支援員や主任相談支援員のアカウントでログインしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the work of this account from the menus above.</source>
        <translation>このアカウントで使える機能は、上のメニューから開きます。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All stages</source>
        <translation>すべての段階</translation>
    </message>
    <message>
        <location line="+114"/>
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
        <translation>すべてを検索(&amp;E)…</translation>
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
        <location line="+41"/>
        <source>Only a system administrator can make backups.</source>
        <translation>バックアップはシステム管理者だけが行えます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a ledger...</source>
        <translation>相談台帳の取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Statistics and reports...</source>
        <translation>統計・実績報告(&amp;S)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Database connection...</source>
        <translation>データベースの接続先(&amp;D)…</translation>
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
        <location line="+180"/>
        <source>Your password was changed ({name}).</source>
        <translation>パスワードを変更しました({name})。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="+14"/>
        <source>WelfareDesk - General Welfare Consultation Desk</source>
        <translation>WelfareDesk — 福祉総合相談窓口</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Workspace tabs</source>
        <translation>作業のタブ</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+132"/>
        <source>Case list</source>
        <translation>ケース一覧</translation>
    </message>
    <message>
        <location line="-93"/>
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
        <location filename="../../welfaredesk/gui/application.py" line="+485"/>
        <location filename="../../ui/main_window.ui" line="+83"/>
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
        <location line="+14"/>
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
        <translation>設定(&amp;S)…</translation>
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
        <source>&amp;User guide</source>
        <translation>利用の手引き(&amp;U)</translation>
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
        <location filename="../../welfaredesk/gui/meetings.py" line="-1039"/>
        <location line="+30"/>
        <source>Meetings</source>
        <translation>会議</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+159"/>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+80"/>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+56"/>
        <location line="+106"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Cases</source>
        <translation>ケース</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+2"/>
        <source>Period end</source>
        <translation>期間の終わり</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Meeting details</source>
        <translation>会議の詳細</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+837"/>
        <source>Minutes</source>
        <translation>会議録</translation>
    </message>
    <message>
        <location line="-834"/>
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
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>会議の日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>開始時刻</translation>
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
        <source>Number of following months</source>
        <translation>続けて予定する月数</translation>
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
        <location line="+16"/>
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
        <location line="+42"/>
        <source>Meeting decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision note</source>
        <translation>決定の内容</translation>
    </message>
    <message>
        <location line="-50"/>
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
        <location line="+14"/>
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
        <location line="+69"/>
        <location line="+451"/>
        <source>Cases: {n}, decided: {d}</source>
        <translation>{n}件・決定{d}</translation>
    </message>
    <message>
        <location line="-377"/>
        <source>Choose a meeting from the list</source>
        <translation>一覧から会議を選んでください</translation>
    </message>
    <message>
        <location line="+61"/>
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
        <location line="+16"/>
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
        <location line="-554"/>
        <location line="+627"/>
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
        <location filename="../../welfaredesk/gui/ops.py" line="+372"/>
        <source>WelfareDesk</source>
        <translation>WelfareDesk</translation>
    </message>
    <message>
        <location filename="../../welfaredesk/gui/widgets/messages.py" line="+67"/>
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
        <location filename="../../welfaredesk/gui/monitoring_tab.py" line="+146"/>
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
        <location line="+224"/>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="-223"/>
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
        <location line="+13"/>
        <source>Reviews recorded</source>
        <translation>記録済みの経過確認</translation>
    </message>
    <message>
        <location line="-6"/>
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
        <location line="+162"/>
        <source>Decision</source>
        <translation>評価の結果</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+161"/>
        <source>Reviewed by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>The review&apos;s details</source>
        <translation>選んだ経過確認の詳細</translation>
    </message>
    <message>
        <location line="+52"/>
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
        <location filename="../../welfaredesk/gui/application.py" line="+257"/>
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
        <translation>保存しています…</translation>
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
        <location line="+23"/>
        <source>Note templates</source>
        <translation>定型文の一覧</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+20"/>
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
        <translation>確認(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print progress record</source>
        <translation>支援経過記録票を印刷(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Templates...</source>
        <translation>定型文の管理(&amp;T)…</translation>
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
        <location line="+8"/>
        <source>Words in the notes</source>
        <translation>記録の中の語句</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>A&amp;waiting confirmation</source>
        <translation>確認待ち(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by method</source>
        <translation>方法で絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by staff</source>
        <translation>記録者で絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From (date)</source>
        <translation>期間の開始日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (date)</source>
        <translation>期間の終了日</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Progress notes</source>
        <translation>支援経過記録の一覧</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+4"/>
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
        <translation>支援経過記録票を準備しています…</translation>
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
        <location line="+50"/>
        <source>Preview of the printed form</source>
        <translation>印刷する帳票のプレビュー</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../../welfaredesk/gui/plan_tab.py" line="-1265"/>
        <source>Versions</source>
        <translation>版の一覧</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan versions</source>
        <translation>支援計画の版の一覧</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+18"/>
        <source>The chosen plan</source>
        <translation>選んだ支援計画の内容</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+7"/>
        <source>Plan items</source>
        <translation>支援計画の項目の一覧</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+254"/>
        <source>Issue</source>
        <translation>課題</translation>
    </message>
    <message>
        <location line="-253"/>
        <location line="+254"/>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="-253"/>
        <location line="+37"/>
        <location line="+209"/>
        <location line="+8"/>
        <source>Support</source>
        <translation>支援内容</translation>
    </message>
    <message>
        <location line="-253"/>
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
        <location line="+253"/>
        <source>Frequency and period</source>
        <translation>頻度・期間</translation>
    </message>
    <message>
        <location line="-252"/>
        <location line="+253"/>
        <source>Funding programme</source>
        <translation>事業区分</translation>
    </message>
    <message>
        <location line="-230"/>
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
        <location line="+66"/>
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
        <location line="+375"/>
        <source>Client&apos;s wishes</source>
        <translation>本人の意向</translation>
    </message>
    <message>
        <location line="-364"/>
        <location line="+365"/>
        <source>Overall goal</source>
        <translation>総合的な目標</translation>
    </message>
    <message>
        <location line="-364"/>
        <location line="+365"/>
        <source>Short-term goals</source>
        <translation>短期目標</translation>
    </message>
    <message>
        <location line="-364"/>
        <location line="+365"/>
        <source>Next review</source>
        <translation>次回見直し予定日</translation>
    </message>
    <message>
        <location line="-363"/>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+3"/>
        <location line="+6"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Saving...</source>
        <translation>保存しています…</translation>
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
        <location line="+65"/>
        <source>Preparing the support plan...</source>
        <translation>支援計画書を作成しています…</translation>
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
        <location filename="../../welfaredesk/gui/referral_tab.py" line="+896"/>
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
        <location line="+3"/>
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
        <location line="+33"/>
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
        <location line="+7"/>
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
        <location line="+7"/>
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
        <location line="-1021"/>
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
        <location line="+23"/>
        <source>Planned</source>
        <translation>予定日</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+293"/>
        <source>Referred to</source>
        <translation>つなぎ先</translation>
    </message>
    <message>
        <location line="-292"/>
        <location line="+295"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="-294"/>
        <location line="+301"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="-300"/>
        <location line="+302"/>
        <source>Confirm by</source>
        <translation>確認予定日</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>Confirmed</source>
        <translation>確認日</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="-91"/>
        <source>Referrals</source>
        <translation>つなぎの一覧</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The referral&apos;s details</source>
        <translation>選んだつなぎの詳細</translation>
    </message>
    <message>
        <location line="+69"/>
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
        <location line="+75"/>
        <source>The confirmation is overdue.</source>
        <translation>確認期限超過：確認予定日を過ぎても、つないだ先で支援が始まったかを確認できていません。</translation>
    </message>
    <message>
        <location line="-45"/>
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
        <location line="+2"/>
        <source>Referral no.</source>
        <translation>つなぎ番号</translation>
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
        <location line="+98"/>
        <source>Hidden: a small count could single out a person.</source>
        <translation>少ない数のため伏せています（個人が特定されないように）。</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+16"/>
        <source>Statistics and reports</source>
        <translation>統計・実績報告</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+27"/>
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
        <location line="+135"/>
        <source>Measure (policy)</source>
        <translation>施策</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+32"/>
        <source>Programme results</source>
        <translation>事業実績</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-evaluation (A to D)</source>
        <translation>事業評価</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Counting the figures...</source>
        <translation>集計しています…</translation>
    </message>
    <message>
        <location line="+173"/>
        <location line="+61"/>
        <source>Saving the file...</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <location line="-506"/>
        <source>For submission outside the desk (hide small counts)</source>
        <translation>外部への提出用（少ない数を伏せる）</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>e.g. 2025-04-01</source>
        <translation>例: R7.4.1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Count</source>
        <translation>集計(&amp;C)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tables of the report</source>
        <translation>集計表の一覧</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The chosen table</source>
        <translation>選んだ表</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chart of the chosen table</source>
        <translation>選んだ表のグラフ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This draft is not saved. Export it to Excel, then edit it there.</source>
        <translation>この下書きは保存されません。Excelに出力してから編集してください。</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+114"/>
        <source>Counted: {count} tables.</source>
        <translation>集計しました（表 {count}）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a fiscal year or a date range, then press Count.</source>
        <translation>年度か期間を選んで「集計」を押してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title} (cases counted: {scope})</source>
        <translation>{title}（対象: {scope}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} (period: {period}, cases counted: {scope})</source>
        <translation>{title}（期間: {period}&#x3000;対象: {scope}）</translation>
    </message>
    <message>
        <location line="+136"/>
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
        <location line="+30"/>
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
        <location line="-28"/>
        <location line="+33"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+33"/>
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
        <location line="+19"/>
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
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
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
        <translation>保存しています…</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <location filename="../../welfaredesk/gui/application.py" line="-154"/>
        <source>Demo user: demo / password: ********</source>
        <translation>デモ用の利用者: demo ／ パスワード: ********</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <location filename="../../welfaredesk/gui/search_tab.py" line="+310"/>
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
        <location line="-7"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <location line="+97"/>
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
        <location filename="../../welfaredesk/gui/referral_tab.py" line="+707"/>
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
        <location filename="../../welfaredesk/gui/settings_dialog.py" line="+608"/>
        <source>Backup folder</source>
        <translation>バックアップの保存先フォルダー</translation>
    </message>
    <message>
        <location line="-417"/>
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
        <location line="+115"/>
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
        <location line="+13"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+47"/>
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
        <location line="+41"/>
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
        <location filename="../../welfaredesk/gui/setup_dialog.py" line="+62"/>
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
        <location filename="../../welfaredesk/gui/timeline_tab.py" line="+102"/>
        <source>Stage: {stage}</source>
        <translation>段階：{stage}</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <location filename="../../welfaredesk/gui/application.py" line="-263"/>
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
        <translation>接続先を変更(&amp;C)…</translation>
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
        <location filename="../../welfaredesk/gui/tasks_tab.py" line="+91"/>
        <source>Today&apos;s tasks</source>
        <translation>今日の仕事の一覧</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>Terms</name>
    <message>
        <location filename="../../welfaredesk/gui/terms.py" line="+26"/>
        <source>Complex needs: one household has several problems of different fields at once (older age, disability, children, poverty …). A case with difficult complex needs is led by an inclusive support coordinator and is taken to the coordination meeting.</source>
        <translation>複合的課題：一つの世帯が、分野の違う課題(高齢・障がい・子ども・生活困窮 など)をいくつも同時に抱えている状態です。困難な複合的課題は包括化推進員が主担当となって支援を進め、支援調整会議で検討します。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Coordination meeting: the support plan of a case is examined and the roles of the city&apos;s offices and the agencies are settled. Only cases whose person has consented may be put on its agenda.</source>
        <translation>支援調整会議: ケースの支援計画を個別に検討し、庁内関係課・関係機関の役割を調整する会議です。本人の同意があるケースだけを議題にできます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Support meeting (Article 9 of the Act on Self-Reliance Support for Needy Persons): the agencies share information on people who have not consented. No consent is needed; its members are bound to confidentiality, with penalties.</source>
        <translation>支援会議(生活困窮者自立支援法第9条): 本人の同意が得られない人について、関係機関の間で情報を共有する会議です。本人の同意は要りません。構成員には守秘義務があり、違反には罰則があります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inclusive support promotion meeting: how the agencies work together; no individual case and no personal information is brought to it.</source>
        <translation>相談支援包括化推進会議: 関係機関の連携の方法を話し合う会議です。個別のケースや個人情報は持ち込みません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other meetings the desk holds with the agencies.</source>
        <translation>窓口が関係機関と開くその他の会議です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Without consent the case cannot go to the coordination meeting, and information is handed to an agency only when a support meeting (Article 9) decided to share it. Its members are bound to confidentiality.</source>
        <translation>同意がないときは、支援調整会議の議題にできません。関係機関に情報を渡せるのは、支援会議(法第9条)で共有を決めたときだけです。支援会議の構成員には守秘義務があります。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Consent: the person agreed to share these kinds of information with this agency. Only what the recorded consent covers may be handed over.</source>
        <translation>本人同意: 本人がこの機関との情報共有に同意しています。記録した同意の範囲の情報だけを渡せます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support meeting: a support meeting (Article 9) decided to share the information without the person&apos;s consent. Name the meeting; what was learnt there stays confidential, with penalties.</source>
        <translation>支援会議: 支援会議(法第9条)で、本人の同意なしに情報を共有すると決めました。その会議(開催日など)を記録してください。会議で知ったことには守秘義務があり、違反には罰則があります。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accompanied: a worker of the desk goes with the person to the office or agency and hands the case over to its worker in person.</source>
        <translation>同行: 窓口の職員が本人と一緒に庁内関係課・関係機関へ行き、先方の担当者に直接引き継ぎます(同行支援)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone: the desk calls the agency, introduces the person and hands over what they agreed to share; the person goes on their own.</source>
        <translation>電話: 窓口から先方に電話で本人を紹介し、同意を得た情報を伝えます。本人は自分で先方へ行きます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letter: the person takes the referral sheet (or it is sent) to the agency.</source>
        <translation>文書: つなぎシート(紹介状)を本人が持参するか、先方へ送ります。</translation>
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
        <location filename="../../welfaredesk/gui/user_admin.py" line="+74"/>
        <source>WelfareDesk - User administration</source>
        <translation>WelfareDesk - 利用者の管理</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User administration</source>
        <translation>利用者の管理</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Users</source>
        <translation>ユーザーの一覧</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <translation>最終ログイン: {when}</translation>
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
