"""Pictures of ad mockups for the demo: the ad's idea, the dealer, the brand, and the other brands shown."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFont

from resources import font_path

_OTHER_BRANDS = ("Grundfos", "Wilo", "DAB", "Pedrollo", "Джилекс", "Unipump")
_PALETTE = ((31, 78, 121), (46, 125, 50), (142, 36, 170), (191, 54, 12), (0, 105, 92), (69, 90, 100))


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=font) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def mockup_png(idea: str, dealer: str, city: str, other_brands: int, seed: int) -> bytes:
    """A 900×600 PNG: a poster of the idea, the manufacturer's brand, and ``other_brands`` other logos."""
    rnd = random.Random(seed)
    colour = rnd.choice(_PALETTE)
    img = Image.new("RGB", (900, 600), (250, 250, 247))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, 900, 150), fill=colour)
    draw.text((40, 38), "AQUAPUMP", font=_font(54, bold=True), fill=(255, 255, 255))
    draw.text((42, 104), "насосы для дома и дачи", font=_font(22), fill=(230, 236, 240))
    y = 190
    for line in _wrap(draw, idea, _font(34, bold=True), 820)[:3]:
        draw.text((40, y), line, font=_font(34, bold=True), fill=(33, 33, 33))
        y += 46
    draw.text((40, y + 16), f"{dealer} · {city}", font=_font(24), fill=(80, 80, 80))
    draw.text((40, y + 52), "Официальный дилер · скидки до 15 % весь сезон", font=_font(22), fill=(80, 80, 80))
    x = 40
    for name in rnd.sample(_OTHER_BRANDS, k=min(other_brands, len(_OTHER_BRANDS))):
        box = (x, 470, x + 220, 560)
        draw.rounded_rectangle(box, radius=12, outline=(120, 120, 120), width=3, fill=(255, 255, 255))
        draw.text((x + 20, 495), name, font=_font(30, bold=True), fill=(120, 120, 120))
        x += 250
    draw.rectangle((0, 590, 900, 600), fill=colour)
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()
