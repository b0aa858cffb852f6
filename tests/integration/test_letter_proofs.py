"""The commitment letter names the proofs of performance of the dealer's planned channels (issue 13, point 5)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from coop_desk import rules
from coop_desk.demo import DemoProgramme
from coop_desk.demo_states import score_for_allocation
from coop_desk.money import plain_spaces
from coop_desk.services import Services
from models import Stage
from models.enums import DocumentKind
from reports.pdf.letters import proof_line, write_letter

YEAR = 2027


def _text(path: Path) -> str:
    return plain_spaces(" ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages))


def test_the_letter_lists_the_proofs_of_the_dealers_channels(services: Services, tmp_path: Path) -> None:
    DemoProgramme(services, year=YEAR, dealers=4, seed=5, until=Stage.ALLOCATION).run()
    score_for_allocation(services, YEAR)
    view = services.years.get(YEAR)
    table = {c: list(p) for c, p in rules.default_table(view.channels).items()}
    radio = next(c for c in view.channels if c.casefold() == "radio")
    table[radio] = [rules.ProofRequirement(DocumentKind.AIRPLAY_CERTIFICATE, False)]
    services.years.update_settings(YEAR, proofs=table)
    services.allocation.freeze(YEAR)
    letters = [le for le in services.statements.letters(YEAR) if le.activities]
    assert letters
    stored = services.years.get(YEAR).proofs
    for le in letters:
        planned = [c for c in view.channels if c in {a.channel for a in le.activities}]
        assert [c for c, _ in le.proofs] == [c for c in planned if rules.proofs_for(stored, c)]
        assert all(proofs == rules.proofs_for(stored, c) for c, proofs in le.proofs)
    letter = next(le for le in letters if le.proofs)
    ru = _text(write_letter(letter, tmp_path / "ru.pdf", "ru"))
    en = _text(write_letter(letter, tmp_path / "en.pdf", "en"))
    assert "подтверждения выхода рекламы" in ru and "proofs of performance" in en
    for channel, proofs in letter.proofs:
        assert plain_spaces(proof_line(channel, proofs, "ru")) in ru
        assert plain_spaces(proof_line(channel, proofs, "en")) in en


def test_a_proof_line_names_each_proof_and_whether_it_is_required() -> None:
    proofs = (
        rules.ProofRequirement(DocumentKind.SCREENSHOTS),
        rules.ProofRequirement(DocumentKind.PLATFORM_STATISTICS, False),
    )
    assert proof_line("online", proofs, "en") == "online: screenshots (required), platform statistics (optional)"
    assert proof_line("radio", proofs[:1], "ru").endswith("скриншоты (обязательно)")
    assert proof_line("my own channel", proofs[1:], "ru") == "my own channel: статистика площадки (по возможности)"
