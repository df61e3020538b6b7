"""The connection check: can this PC use a database, and what must be done if not.

Used by the settings dialog (データベースの接続先, 接続テスト) and by ``welfaredesk db check``.
It wraps :func:`welfaredesk.storage.probe.probe` (which changes nothing) and says in Japanese
what it found: the server and its version, the database's revision against the program's
(最新です / 更新が必要です / このプログラムより新しい版です / 空のデータベースです), or why it
could not connect and what to do about it.

No user is needed (the check runs before anyone can log in) and nothing is written, so there
is no audit event; the log gets the outcome's kind only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from welfaredesk.domain.text import msg
from welfaredesk.storage.probe import Failure, ProbeResult, SchemaState, probe


@dataclass(frozen=True, slots=True)
class ConnectionReport:
    """The outcome of :func:`check_connection`, ready to show.

    Attributes:
        usable: connected and the program can open the database as it is: the same revision,
            an empty database or a new file (the program sets them up), or an older SQLite
            file (upgraded at start after a copy). An older server database waits for the
            administrator's ``db upgrade``; a newer one, a foreign one or a failure is not.
        connected: the database could be reached.
        summary: one line: 接続できました… or 接続できませんでした….
        findings: the details, one per line (server, version, revision).
        advice: what to do next ("" when nothing).
        detail: the driver's own message of a failure (English, for the administrator).
        backend: ``sqlite`` or ``postgresql``.
        failure: the kind of failure (None when connected).
        state: the database's revision against the program's (None when not connected).
    """

    usable: bool
    connected: bool
    summary: str
    findings: tuple[str, ...]
    advice: str
    detail: str
    backend: str
    failure: Failure | None
    state: SchemaState | None

    def text(self) -> str:
        """Everything, one item per line (the command line prints this)."""
        lines = [self.summary, *self.findings]
        if self.advice:
            lines.append(self.advice)
        if self.detail:
            lines.append(msg("(詳細: {detail})", detail=self.detail))
        return "\n".join(lines)


_FAILURES: dict[Failure, tuple[str, str]] = {
    Failure.HOST_NOT_FOUND: (
        "サーバーが見つかりません(ホスト名を解決できません)。",
        "ホスト名の綴りを確認してください。名前で見つからない場合は IP アドレスを"
        "入力してください。",
    ),
    Failure.REFUSED: (
        "サーバーが接続を拒否しました(そのポートで PostgreSQL が動いていません)。",
        "ポート番号を確認し、サーバーが起動しているかシステム管理者に確認してください。",
    ),
    Failure.TIMEOUT: (
        "サーバーから応答がありません(時間切れ)。",
        "ネットワークの接続、ホスト名・ポート番号、ファイアウォールの設定を"
        "システム管理者に確認してください。",
    ),
    Failure.AUTH: (
        "パスワードが違います(またはこのユーザー名ではログインできません)。",
        "ユーザー名とパスワードを確認して入力し直してください。",
    ),
    Failure.NO_PASSWORD: (
        "パスワードが必要です。",
        "パスワードを入力してください。",
    ),
    Failure.NO_ROLE: (
        "このユーザー名はサーバーに登録されていません。",
        "ユーザー名を確認するか、システム管理者に登録を依頼してください。",
    ),
    Failure.NO_DATABASE: (
        "この名前のデータベースはサーバーにありません。",
        "データベース名を確認するか、システム管理者に作成を依頼してください。",
    ),
    Failure.NOT_ALLOWED: (
        "サーバーがこのパソコン・ユーザーからの接続を許可していません。",
        "サーバーの接続許可(pg_hba.conf)と権限の設定をシステム管理者に確認してください。",
    ),
    Failure.TLS: (
        "暗号化(TLS)の接続を確立できませんでした。",
        "暗号化の設定と証明書ファイルがサーバーに合っているか、システム管理者に確認して"
        "ください。「証明書を確認」では、証明書に書かれたホスト名と同じ名前で接続します。",
    ),
    Failure.CERTIFICATE_FILE: (
        "証明書ファイルを読み取れません。",
        "証明書ファイルの場所を選び直してください。",
    ),
    Failure.SERVER_STARTING: (
        "サーバーが起動中または停止中です。",
        "少し待ってから、もう一度試してください。",
    ),
    Failure.FILE: (
        "データベースのファイルを開けません。",
        "ファイルの場所と権限を確認してください。WelfareDesk のデータベースでない"
        "可能性もあります。",
    ),
    Failure.OTHER: (
        "接続できませんでした。",
        "入力した内容を確認し、続く場合は下の詳細をシステム管理者に伝えてください。",
    ),
}


def check_connection(path_or_url: str | Path, *, password: str | None = None) -> ConnectionReport:
    """Check a database without changing it.

    Args:
        path_or_url: a SQLite file or a URL, as ``--db`` takes it.
        password: a server password to try (never stored or logged here).
    """
    return report(probe(path_or_url, password=password))


def report(result: ProbeResult) -> ConnectionReport:
    """The Japanese report of a probe."""
    server = result.backend == "postgresql"
    if result.failure is not None:
        summary, advice = _FAILURES[result.failure]
        return ConnectionReport(
            usable=False,
            connected=False,
            summary=msg("接続できませんでした: {summary}", summary=summary),
            findings=(msg("接続先: {location}", location=result.location),),
            advice=advice,
            detail=result.detail,
            backend=result.backend,
            failure=result.failure,
            state=None,
        )
    state = result.state
    findings: list[str] = [msg("接続先: {location}", location=result.location)]
    if server:
        findings.append(
            msg("サーバー: PostgreSQL {server_version}", server_version=result.server_version)
        )
    else:
        findings.append(f"SQLite {result.server_version}")
    database_revision = result.revision or "なし"
    findings.append(
        msg(
            "データベースの版: {database_revision} / このプログラムの版: {program_revision}",
            database_revision=database_revision,
            program_revision=result.program_revision,
        )
    )
    advice = ""
    usable = False
    if state is SchemaState.CURRENT:
        verdict = "最新です。"
        usable = True
    elif state is SchemaState.OLDER:
        verdict = "更新が必要です"
        if server:
            verdict = msg(
                "{verdict}{hint}",
                verdict=verdict,
                hint="(管理者が db upgrade を実行してください)。",
            )
            advice = "システム管理者が welfaredesk --db … db upgrade を実行してから使ってください。"
        else:
            verdict = msg(
                "{verdict}{hint}",
                verdict=verdict,
                hint="(次に開くとき、複製を取ってから自動で更新されます)。",
            )
            usable = True
    elif state is SchemaState.NEWER:
        verdict = "このプログラムより新しい版です。"
        advice = "このパソコンの WelfareDesk を最新版に更新してください。"
    elif state is SchemaState.EMPTY:
        verdict = "空のデータベースです(初期設定が必要)。"
        advice = (
            "システム管理者が welfaredesk --db … db upgrade を実行するか、このまま開いて"
            "最初の管理者を登録してください。"
        )
        usable = True
    elif state is SchemaState.FOREIGN:
        verdict = "WelfareDesk のデータベースではありません(ほかのプログラムの表があります)。"
        advice = "データベース名を確認してください。"
    else:  # MISSING
        verdict = "ファイルがまだありません(開くと新しく作成されます)。"
        usable = True
    return ConnectionReport(
        usable=usable,
        connected=True,
        summary=_connected_summary(server, state, verdict),
        findings=tuple(findings),
        advice=advice,
        detail="",
        backend=result.backend,
        failure=None,
        state=state,
    )


def _connected_summary(server: bool, state: SchemaState | None, verdict: str) -> str:
    if state is SchemaState.MISSING:
        return verdict
    opened = "接続できました。" if server else "ファイルを開けました。"
    if state in (SchemaState.EMPTY, SchemaState.FOREIGN):
        return msg("{opened}{verdict}", opened=opened, verdict=verdict)
    return msg("{opened}データベースは{verdict}", opened=opened, verdict=verdict)
