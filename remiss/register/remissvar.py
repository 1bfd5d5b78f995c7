"""Remissvar in the register: the answers to a remiss we sent, and its direction (inkommande/utgående).

Migration 5 adds `remisser.riktning` ("inkommande" by default; "utgaende" once answers are compiled
against it) and the table `remissvar`, one row per answer (matched or kept apart). `spara_svar` replaces
a remiss's answers with a new sammanställning in one transaction and logs the event.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from remiss.errors import RegisterError
from remiss.register import db
from remiss.register.db import remisser

INKOMMANDE, UTGAENDE = "inkommande", "utgaende"

remissvar = sa.Table(
    "remissvar",
    db.metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("remiss_id", sa.Integer, sa.ForeignKey("remisser.id", ondelete="CASCADE"), nullable=False),
    sa.Column("ordning", sa.Integer, nullable=False),
    sa.Column("instans", sa.Text),  # null: kept apart (ovriga)
    sa.Column("grupp", sa.Text),
    sa.Column("fil", sa.Text, nullable=False),
    sa.Column("bilaga", sa.Text),
    sa.Column("sha256", sa.String(64)),
    sa.Column("avsandare", sa.Text),
    sa.Column("datum", sa.String(10)),
    sa.Column("sen", sa.Boolean, nullable=False),
    sa.Column("stallningstagande", sa.String(20)),
    sa.Column("har_sammanfattning", sa.Boolean, nullable=False),
    sa.Column("sammanfattning", sa.Text),
    sa.Column("galler", sa.Boolean, nullable=False),
    sa.Column("orsak", sa.Text),
)
REMISSVAR_INDEX = sa.Index("ix_remissvar_remiss", remissvar.c.remiss_id)
RIKTNING = sa.column("riktning", sa.String(12))  # added to remisser by the migration below


def migrera(conn: Connection) -> None:
    """Migration 5: add remisser.riktning (default inkommande) and create the table remissvar."""
    existing = {column["name"] for column in sa.inspect(conn).get_columns("remisser")}
    if "riktning" not in existing:
        conn.execute(
            sa.text(f"ALTER TABLE remisser ADD COLUMN riktning VARCHAR(12) NOT NULL DEFAULT '{INKOMMANDE}'")
        )
    remissvar.create(conn, checkfirst=True)
    REMISSVAR_INDEX.create(conn, checkfirst=True)


def svar_rader(remiss_id: int, sammanstallning: Any) -> list[dict[str, Any]]:
    """Given a remiss id and a Sammanstallning, return the remissvar rows (answers, then the others)."""
    rader = []
    for ordning, svar in enumerate([*sammanstallning.svar, *sammanstallning.ovriga], 1):
        rader.append(
            {
                "remiss_id": remiss_id,
                "ordning": ordning,
                "instans": svar.instans,
                "grupp": svar.grupp,
                "fil": svar.fil,
                "bilaga": svar.bilaga,
                "sha256": svar.sha256 or None,
                "avsandare": svar.avsandare,
                "datum": svar.datum,
                "sen": svar.sen,
                "stallningstagande": svar.stallningstagande,
                "har_sammanfattning": svar.har_sammanfattning,
                "sammanfattning": svar.sammanfattning,
                "galler": svar.galler if svar.instans else False,
                "orsak": svar.orsak,
            }
        )
    return rader


def spara_svar(reg: Any, remiss_id: int, sammanstallning: Any, *, user: str | None = None) -> None:
    """Given a Register, an id and a Sammanstallning, store its answers (replacing earlier ones), mark the
    remiss utgående and log one event "remissvar" with the counts."""
    from remiss.register.service import _event

    rader = svar_rader(remiss_id, sammanstallning)

    def work(conn: Connection) -> None:
        row = conn.execute(
            sa.select(remisser.c.id, RIKTNING).select_from(remisser).where(remisser.c.id == remiss_id)
        ).first()
        if row is None:
            raise RegisterError(f"det finns ingen remiss #{remiss_id} i registret. Se `remiss lista`.")
        fore = (
            conn.execute(
                sa.select(sa.func.count()).select_from(remissvar).where(remissvar.c.remiss_id == remiss_id)
            ).scalar()
            or 0
        )
        conn.execute(remissvar.delete().where(remissvar.c.remiss_id == remiss_id))
        if rader:
            conn.execute(remissvar.insert(), rader)
        conn.execute(
            sa.text("UPDATE remisser SET riktning = :riktning WHERE id = :id"),
            {"riktning": UTGAENDE, "id": remiss_id},
        )
        efter = {
            "svar": len(sammanstallning.svar),
            "saknas": len(sammanstallning.saknas),
            "ovriga": len(sammanstallning.ovriga),
            "riktning": UTGAENDE,
        }
        _event(conn, remiss_id, "remissvar", user, {"svar": int(fore), "riktning": row.riktning}, efter)

    db.in_write(reg.engine, work)


def hamta_svar(reg: Any, remiss_id: int) -> list[dict[str, Any]]:
    """Given a Register and an id, return its stored answers in order (empty when none)."""
    query = sa.select(remissvar).where(remissvar.c.remiss_id == remiss_id).order_by(remissvar.c.ordning)
    return [dict(r._mapping) for r in reg._read(lambda conn: conn.execute(query).all())]


def riktning(reg: Any, remiss_id: int) -> str:
    """Given a Register and an id, return the remiss's direction (inkommande or utgaende)."""
    query = sa.select(RIKTNING).select_from(remisser).where(remisser.c.id == remiss_id)
    return str(reg._read(lambda conn: conn.execute(query).scalar()) or INKOMMANDE)


def saknade_instanser(instanser: list[str], rader: list[dict[str, Any]]) -> list[str]:
    """Given the listed instanser and stored answers, return the instanser that have not answered."""
    besvarade = {r["instans"] for r in rader if r["instans"]} | {r["grupp"] for r in rader if r["grupp"]}
    return [namn for namn in dict.fromkeys(instanser) if namn not in besvarade]


def format_svar(post: Any, rader: list[dict[str, Any]]) -> str:
    """Given a post and its stored answers, return the block `remiss visa` shows: who answered, who not."""
    instanser = [i.namn for i in post.remiss.remissinstanser]
    matchade = [r for r in rader if r["instans"]]
    saknas = saknade_instanser(instanser, rader)
    lines = [f"Remissvar ({len(instanser) - len(saknas)} av {len(instanser)} remissinstanser har svarat):"]
    for r in matchade:
        stall = {"avstar": "avstår", None: "inget tydligt"}.get(
            r["stallningstagande"], r["stallningstagande"]
        )
        extra = "".join((", efter svarsdatum" if r["sen"] else "", "" if r["galler"] else ", ersatt"))
        lines.append(f"  {r['instans']}: {stall} ({r['datum'] or 'utan datum'}{extra})")
    if saknas:
        lines.append(f"Saknas ({len(saknas)}): {', '.join(saknas)}")
    ovriga = [r for r in rader if not r["instans"]]
    if ovriga:
        lines.append(
            f"Övriga svar ({len(ovriga)}): "
            + "; ".join(f"{r['avsandare'] or 'okänd avsändare'} ({r['orsak']})" for r in ovriga)
        )
    return "\n".join(lines)


def lista_utgaende(reg: Any) -> list[tuple[Any, list[dict[str, Any]]]]:
    """Given a Register, return the remisser we sent (riktning utgående) with their stored answers."""
    from remiss.register.service import post_from_row

    query = sa.select(remisser).where(RIKTNING == UTGAENDE).order_by(remisser.c.svarsdatum, remisser.c.id)
    rows = reg._read(lambda conn: conn.execute(query).all())
    return [(post_from_row(row), hamta_svar(reg, row.id)) for row in rows]


def format_utgaende(poster: list[tuple[Any, list[dict[str, Any]]]]) -> str:
    """Given our outgoing remisser and their answers, return the list: answered count and who is missing."""
    if not poster:
        return (
            "Inga utgående remisser i registret (spara svaren med "
            "`remiss sammanstall ID --svar MAPP --spara`)."
        )
    lines = []
    for post, rader in poster:
        instanser = [i.namn for i in post.remiss.remissinstanser]
        saknas = saknade_instanser(instanser, rader)
        lines.append(
            f"#{post.id}  {post.remiss.diarienummer or '–'}  {post.remiss.titel or '(utan titel)'}  "
            f"svarsdatum {post.svarsdatum or '–'}: {len(instanser) - len(saknas)} av {len(instanser)} "
            "har svarat"
        )
        if saknas:
            lines.append(f"    saknas: {', '.join(saknas)}")
    return "\n".join(lines)
