"""Text and JSON views of one register post and of its event log."""

from __future__ import annotations

from datetime import date
from typing import Any

from remiss.config import Config
from remiss.limits import rimligt_datum
from remiss.register.lista import ORIMLIGT, beslutsvag
from remiss.register.service import Handelse, RegisterPost
from remiss.register.status import STATUS_SV, status_sv
from remiss.register.workdays import workdays_between
from remiss.sprak import antal, lokal_tid


def post_dict(post: RegisterPost) -> dict[str, Any]:
    """Given a post, return it as JSON-ready data (the remiss in its documented JSON form)."""
    data = {k: v for k, v in post.__dict__.items() if k not in ("remiss", "varningar")}
    data["remiss"] = post.remiss.to_dict()
    return data


def format_post(post: RegisterPost, config: Config, *, idag: date, handelser: int = 0) -> str:
    """Given a post, the config and today, return the Swedish text shown by `remiss visa`."""
    remiss = post.remiss
    lines = [f"#{post.id}  {remiss.titel or '(utan titel)'}", ""]
    svar = date.fromisoformat(post.svarsdatum) if post.svarsdatum else None
    fields: list[tuple[str, str | None]] = [
        ("Avsändare", remiss.avsandare),
        ("Diarienummer", " ".join(x for x in (remiss.diarienummer, remiss.klassificering) if x) or None),
        ("Eget dnr", post.eget_dnr),
        ("Datum", remiss.datum),
        ("Inkommen", post.inkommen),
        ("Svarsdatum", _svarsdatum(post, svar, idag)),
        ("Svarsadress", remiss.svarsadress),
        ("Kopia", ", ".join(remiss.kopia) or None),
        ("Status", status_sv(post.status)),
        ("Handläggare", post.handlaggare),
    ]
    path = beslutsvag(svar, post.status, idag=idag, sammantradesdagar=config.sammantradesdagar,
                      beredningstid=config.beredningstid)
    if path.text:
        fields.append(("Beslutsväg", path.text))
    if remiss.handlaggare.namn:
        contact = ", ".join(x for x in (remiss.handlaggare.namn, remiss.handlaggare.telefon,
                                        remiss.handlaggare.epost) if x)
        fields.append(("Avsändarens kontakt", contact))
    if post.bilagor:
        fields.append(("Bilagor", ", ".join(post.bilagor)))
    fields += [("Källa", _kalla(post)),
               ("Sha256", post.sha256), ("Registrerad", lokal_tid(post.registrerad)),
               ("Ändrad", lokal_tid(post.andrad))]
    width = max(len(name) for name, _ in fields)
    lines += [f"{name + ':':<{width + 1}} {value or '–'}" for name, value in fields]
    lines.append("")
    lines.append(f"Remissinstanser ({len(remiss.remissinstanser)}):")
    for number, instans in enumerate(remiss.remissinstanser, start=1):
        extra = "".join(f" <{instans.epost}>" if instans.epost else "")
        group = f" [{instans.grupp}]" if instans.grupp else ""
        lines.append(f"  {number:>3}. {instans.namn}{extra}{group}")
    for warning in remiss.varningar:
        lines.append(f"Varning: {warning}")
    lines.append("")
    lines.append(f"{antal(handelser, 'händelse', 'händelser')} i loggen (remiss historik {post.id}).")
    return "\n".join(lines)


def _kalla(post: RegisterPost) -> str:
    """Given a post, return where it was read: the file and pages, and the missiv of an e-mail."""
    remiss = post.remiss
    text = f"{post.kalla_fil}, sidor {remiss.sidor[0]}–{remiss.sidor[1]}"
    if remiss.epost is not None:
        missiv = "e-postens text" if remiss.epost.missiv == "brödtext" else f"bilagan {remiss.epost.missiv}"
        text += f" (missiv: {missiv})"
    return text


def _svarsdatum(post: RegisterPost, svar: date | None, idag: date) -> str | None:
    """Given a post and today, return the svarsdatum with working days left and the original date."""
    if svar is None:
        return None
    if not (rimligt_datum(svar) and rimligt_datum(idag)):
        return f"{post.svarsdatum} ({ORIMLIGT})"
    days = workdays_between(idag, svar)
    text = f"{post.svarsdatum} ({days} arbetsdagar kvar)" if svar >= idag else \
        f"{post.svarsdatum} (försenad {-days} arbetsdagar)"
    if post.ursprungligt_svarsdatum:
        text += f", ursprungligen {post.ursprungligt_svarsdatum}"
    return text


HIDDEN = ("anteckning", "varningar", "angrar", "angrar_tid")


def format_change(event: Handelse) -> str:
    """Given an event, return its changes as "fält: före → efter; …"."""
    before = event.fore or {}
    after = dict(event.efter or {})
    if event.handelse == "registrerad":
        parts = [f"{key}={_show(value)}" for key, value in after.items() if value is not None]
    else:
        parts = [_change(key, before.get(key), value) for key, value in after.items() if key not in HIDDEN]
    if after.get("angrar_tid"):
        parts.insert(0, f"ångrar ändringen {lokal_tid(after['angrar_tid'])}")
    if after.get("anteckning"):
        parts.append(f"anteckning: {after['anteckning']}")
    return "; ".join(parts) or event.handelse


def _change(key: str, before: Any, after: Any) -> str:
    """Given a field and its values before and after, return "fält: före → efter" ("+A, −B" for instanser)."""
    if key == "remissinstanser":
        old = [i.get("namn") for i in before or []]
        new = [i.get("namn") for i in after or []]
        diff = [f"+{n}" for n in new if n not in old] + [f"−{n}" for n in old if n not in new]
        return f"remissinstanser: {', '.join(diff) or 'ordning'}"
    return f"{key}: {_show(before)} → {_show(after)}"


def _show(value: Any) -> str:
    """Given a logged value, return it for display ("–" for none; lists and contacts joined)."""
    if isinstance(value, dict):
        value = ", ".join(str(v) for v in value.values() if v)
    elif isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    if value is None or value == "":
        return "–"
    return status_sv(value) if value in STATUS_SV else str(value)


def format_history(events: list[Handelse]) -> str:
    """Given events, return one block per event: time, user, action and the changes."""
    lines = []
    for event in events:
        lines.append(f"{lokal_tid(event.tid)}  {event.anvandare}  {event.handelse}")
        lines.append(f"    {format_change(event)}")
    return "\n".join(lines)
