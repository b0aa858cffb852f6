"""Scans for the demo's claims: the vendor's invoice, the payment order, the acceptance act (scanned pages, in
Russian, as a dealer scans them) and the proofs of performance of each medium (dated photos, an airplay
certificate, the printed page, screenshots and statistics, a list of participants).

Every file's content is its own (numbers, dates, the dealer), so R8 for files sees one scan per document.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from decimal import Decimal
from functools import cache

from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from models.enums import DocumentKind
from resources import font_path

_A5 = (420.0, 595.0)  # points: a small page keeps the files light
_TITLES = {
    DocumentKind.INVOICE: "СЧЁТ НА ОПЛАТУ",
    DocumentKind.PAYMENT_ORDER: "ПЛАТЁЖНОЕ ПОРУЧЕНИЕ",
    DocumentKind.ACT: "АКТ ПРИЁМКИ-СДАЧИ РАБОТ",
    DocumentKind.AIRPLAY_CERTIFICATE: "ЭФИРНАЯ СПРАВКА",
    DocumentKind.PRINTED_PAGE: "ПОЛОСА ИЗДАНИЯ",
    DocumentKind.PLATFORM_STATISTICS: "СТАТИСТИКА РАЗМЕЩЕНИЯ",
    DocumentKind.PARTICIPANT_LIST: "СПИСОК УЧАСТНИКОВ",
}
_PHOTOS = {
    DocumentKind.SITE_PHOTOS: "рекламная конструкция",
    DocumentKind.EVENT_PHOTOS: "стенд на мероприятии",
    DocumentKind.SHOP_PHOTOS: "материалы в торговом зале",
    DocumentKind.SCREENSHOTS: "скриншот объявления",
    DocumentKind.OTHER_PROOF: "подтверждение",
}


@cache
def _pdf_font() -> str:
    pdfmetrics.registerFont(TTFont("DemoScan", str(font_path("DejaVuSans.ttf"))))
    return "DemoScan"


@cache
def _image_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path("DejaVuSans.ttf")), size)


def _money(amount: Decimal, currency: str) -> str:
    whole, _, cents = f"{amount:.2f}".partition(".")
    return f"{int(whole):,}".replace(",", " ") + f",{cents} {currency}"


def document_pdf(kind: DocumentKind, number: str, day: dt.date, lines: list[str]) -> bytes:
    """A one-page document: its title, number and date, and its lines."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=_A5, invariant=True)
    font = _pdf_font()
    page.setFont(font, 13)
    page.drawString(36, 540, f"{_TITLES.get(kind, 'ДОКУМЕНТ')} № {number}")
    page.setFont(font, 10)
    page.drawString(36, 520, f"от {day:%d.%m.%Y}")
    y = 490.0
    for line in lines:
        page.drawString(36, y, line)
        y -= 18
    page.line(36, 110, 200, 110)
    page.drawString(36, 96, "подпись, печать")
    page.showPage()
    page.save()
    return out.getvalue()


def claim_scan(
    kind: DocumentKind,
    *,
    number: str,
    day: dt.date,
    dealer: str,
    vendor: str,
    idea: str,
    amount: Decimal,
    currency: str,
) -> bytes:
    """The invoice, payment order or act of a demo claim, as a dealer's scanner makes it (a greyish JPEG page)."""
    if kind == DocumentKind.INVOICE:
        lines = [f"Поставщик: {vendor}", f"Покупатель: {dealer}", f"Услуга: {idea[:48]}", ""]
        lines += [f"Итого к оплате: {_money(amount, currency)}"]
    elif kind == DocumentKind.PAYMENT_ORDER:
        lines = [f"Плательщик: {dealer}", f"Получатель: {vendor}", f"Сумма: {_money(amount, currency)}"]
        lines += ["Назначение платежа:", "оплата рекламных услуг", "", "Списано со счёта плательщика"]
    else:
        lines = [f"Исполнитель: {vendor}", f"Заказчик: {dealer}", f"Работы: {idea[:48]}"]
        lines += ["", "Работы выполнены в полном объёме", "и в срок. Претензий нет."]
    img = Image.new("L", (500, 700), 244)
    draw = ImageDraw.Draw(img)
    draw.text((36, 40), _TITLES[kind], font=_image_font(20), fill=20)
    draw.text((36, 72), f"№ {number} от {day:%d.%m.%Y}", font=_image_font(15), fill=30)
    y = 130
    for line in lines:
        draw.text((36, y), line, font=_image_font(13), fill=40)
        y += 24
    draw.line((36, 600, 220, 600), fill=60, width=1)
    draw.text((36, 608), "подпись, печать", font=_image_font(11), fill=90)
    draw.ellipse((300, 560, 420, 680), outline=110, width=3)
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=60)
    return out.getvalue()


def proof_file(kind: DocumentKind, *, day: dt.date, dealer: str, idea: str, seed: int) -> tuple[bytes, str]:
    """A proof of performance of ``kind`` dated ``day``: its bytes and a file name."""
    if kind in _PHOTOS:
        return _photo(kind, day, dealer, seed), f"{kind.value}-{day:%Y%m%d}-{seed % 10000:04d}.jpg"
    rnd = random.Random(seed)
    if kind == DocumentKind.AIRPLAY_CERTIFICATE:
        lines = [f"Рекламодатель: {dealer}", f"Ролик: {idea[:50]}", "Выходы в эфир:"]
        lines += [
            f"  {day + dt.timedelta(days=i):%d.%m.%Y} {rnd.randint(7, 21):02d}:{rnd.choice((0, 15, 30, 45)):02d}"
            for i in range(6)
        ]
    elif kind == DocumentKind.PRINTED_PAGE:
        lines = [f"Выпуск от {day:%d.%m.%Y}, полоса {rnd.randint(2, 24)}", f"Модуль: {idea[:50]}", dealer]
    elif kind == DocumentKind.PLATFORM_STATISTICS:
        lines = [f"Кампания: {idea[:50]}", f"Показы: {rnd.randint(20, 400) * 1000}", f"Клики: {rnd.randint(300, 9000)}"]
    else:
        lines = [f"Мероприятие: {idea[:50]}", *(f"{i}. Участник {rnd.randint(100, 999)}" for i in range(1, 9))]
    number = f"{rnd.randint(10, 9999)}"
    return document_pdf(kind, number, day, lines), f"{kind.value}-{day:%Y%m%d}-{number}.pdf"


def _photo(kind: DocumentKind, day: dt.date, dealer: str, seed: int) -> bytes:
    """A small photo-like JPEG: a scene with the ad in it and the camera's date stamp."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (480, 320), (rnd.randint(120, 200), rnd.randint(150, 210), rnd.randint(170, 230)))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 230, 480, 320), fill=(rnd.randint(60, 110),) * 3)
    left = rnd.randint(40, 160)
    draw.rectangle((left, 60, left + 260, 190), fill=(31, 78, 121), outline=(240, 240, 240), width=4)
    draw.text((left + 16, 80), "AQUAPUMP", font=_image_font(30), fill=(255, 255, 255))
    draw.text((left + 16, 126), _PHOTOS[kind], font=_image_font(14), fill=(230, 236, 240))
    draw.text((left + 16, 150), dealer[:30], font=_image_font(12), fill=(230, 236, 240))
    draw.text((330, 292), f"{day:%d.%m.%Y}", font=_image_font(18), fill=(255, 170, 40))
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=70)
    return out.getvalue()
