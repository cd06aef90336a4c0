"""Render synthetic UK scenes with identifying text and number plates, with their boxes.

Scenes: a patient wristband, a ward whiteboard, a letter on a desk, a phone chat screenshot, cars
with UK plates (current, prefix, suffix, Northern Ireland) and a notice board with no identifier.
Each renders in variants: upright, rotated (+20, -25 degrees), blurred, JPEG re-compressed, low
contrast and small. Every person, number and address is invented; NHS numbers pass modulus 11.

Boxes follow the images-dev annotation format (``[x, y, w, h]`` in pixels of the stored image):
``kind`` "text" around each identifier (``attrs.entity`` is its PII-SPEC type, never its value)
``kind`` "plate" around each plate and ``kind`` "barcode" around the wristband's bars (not decodable:
``attrs.decodable`` is false). Deterministic: the same seed gives the same files.

    python samples/images/make_scenes.py OUT_DIR [--seed 7]
    from make_scenes import render, SCENES, VARIANTS   # in tests: one image at a time
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
LABELLED = ("barcode", "plate", "text")  # every instance of these kinds is boxed in every scene
VARIANTS = ("plain", "rot20", "rot-25", "blur", "jpeg", "lowcontrast", "small")
NAMES = [("Joan", "Smith"), ("Marjorie", "Flint"), ("Peter", "Holloway"), ("Aisha", "Khan"),
         ("Reginald", "Pascoe"), ("Grace", "Okafor"), ("Thomas", "Whitfield"), ("Eileen", "Trevithick")]
STREETS = ["Station Road", "Mill Lane", "Quay Court", "Church Street", "Victoria Terrace"]
POSTCODES = ["EX2 7LB", "TR7 2QA", "PL4 8AA", "EX39 1QS", "TQ1 3HR"]


def font(size: int, bold: bool = False, mono: bool = False) -> ImageFont.ImageFont:
    name = "DejaVuSansMono" if mono else "DejaVuSans"
    path = FONT_DIR / f"{name}{'-Bold' if bold else ''}.ttf"
    return ImageFont.truetype(str(path), size) if path.exists() else ImageFont.load_default(size=size)


def nhs_number(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(v * (10 - i) for i, v in enumerate(d)) % 11
        if check == 11:
            check = 0
        if check != 10:
            s = "".join(map(str, d + [check]))
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def dob(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1930, 2015)}"


class Canvas:
    """A PIL drawing that records a box for every identifier it writes."""

    def __init__(self, size, colour="white"):
        self.image = Image.new("RGB", size, colour)
        self.draw = ImageDraw.Draw(self.image)
        self.boxes = []

    def text(self, xy, label, value="", entity=None, size=24, fill="black", bold=False, mono=False):
        """Write ``label`` then ``value``; the value's box is recorded when ``entity`` is given."""
        f = font(size, bold, mono)
        x, y = xy
        self.draw.text((x, y), label, font=f, fill=fill)
        if value:
            vx = x + self.draw.textlength(label, font=f)
            self.draw.text((vx, y), value, font=f, fill=fill)
            if entity:
                x0, y0, x1, y1 = self.draw.textbbox((vx, y), value, font=f)
                x0, y0 = int(x0), int(y0)
                self.boxes.append({"kind": "text", "box": [x0, y0, math.ceil(x1) - x0, math.ceil(y1) - y0],
                                   "attrs": {"entity": entity}})
        return self.draw.textbbox((x, y), label + value, font=f)

    def plate(self, xy, reg, height=44, colour=(250, 204, 20)):
        """A UK-style plate: yellow (rear) or white (front) panel, black characters, dark border."""
        f = font(int(height * 0.72), bold=True)
        tw = self.draw.textlength(reg, font=f)
        x, y = xy
        w = int(tw + height * 0.9)
        self.draw.rounded_rectangle([x, y, x + w, y + height], radius=4, fill=colour, outline=(30, 30, 30), width=2)
        self.draw.text((x + (w - tw) / 2, y + height * 0.1), reg, font=f, fill="black")
        self.boxes.append({"kind": "plate", "box": [x, y, w + 1, height + 1], "attrs": {"plate_text": reg}})


def wristband(rng: random.Random) -> Canvas:
    c = Canvas((760, 360), (222, 214, 200))
    c.draw.rounded_rectangle([30, 90, 730, 270], radius=30, fill="white", outline=(150, 150, 150), width=3)
    first, last = rng.choice(NAMES)
    c.text((70, 105), "", f"{last.upper()}, {first}", "PERSON", size=26, bold=True)
    c.text((70, 145), "DOB: ", dob(rng), "DATE_OF_BIRTH", size=22)
    c.text((70, 180), "NHS No: ", nhs_number(rng), "NHS_NUMBER", size=22)
    c.text((70, 215), "Hosp No: ", f"K{rng.randint(1000000, 9999999)}", "HOSPITAL_NUMBER", size=22)
    bars = []
    for i in range(38):  # a barcode-like strip, so the digits sit next to bars as on a real band
        if rng.random() < 0.6:
            bars.append([470 + i * 6, 120, 472 + i * 6 + rng.randint(0, 2), 240])
            c.draw.rectangle(bars[-1], fill="black")
    x0, x1 = bars[0][0], bars[-1][2]
    c.boxes.append({"kind": "barcode", "box": [x0, 120, x1 - x0 + 1, 121], "attrs": {"decodable": False}})
    return c


def whiteboard(rng: random.Random) -> Canvas:
    c = Canvas((820, 560), (200, 200, 195))
    c.draw.rectangle([30, 30, 790, 530], fill=(248, 248, 245), outline=(120, 120, 120), width=6)
    c.text((60, 50), "Ward 7 - Bay 3", size=32, fill=(20, 60, 160), bold=True)
    people = rng.sample(NAMES, 5)
    for i, (first, last) in enumerate(people):
        y = 120 + i * 78
        c.text((60, y), f"Bed {i + 1}", size=28, fill=(20, 20, 20))
        c.text((200, y), "", f"{first} {last}", "PERSON", size=30, fill=(30, 30, 120))
        c.text((560, y), rng.choice(["NBM", "Obs 4hrly", "Home today", "Falls risk", "Physio"]), size=24,
               fill=(160, 30, 30))
    return c


def letter(rng: random.Random) -> Canvas:
    c = Canvas((900, 700), (120, 84, 52))  # a desk
    c.draw.polygon([(120, 40), (800, 60), (780, 680), (100, 660)], fill=(250, 250, 246))
    first, last = rng.choice(NAMES)
    num = rng.randint(2, 99)
    c.text((160, 90), "Mrs ", f"{first} {last}", "PERSON", size=22)
    c.text((160, 120), "", f"{num} {rng.choice(STREETS)}", "STREET_ADDRESS", size=22)
    c.text((160, 150), "Exeter", size=22)
    c.text((160, 180), "", rng.choice(POSTCODES), "POSTCODE", size=22)
    c.text((160, 250), "NHS number: ", nhs_number(rng), "NHS_NUMBER", size=22)
    c.text((160, 280), "Date of birth: ", dob(rng), "DATE_OF_BIRTH", size=22)
    c.text((160, 340), "Dear Mrs ", last, "PERSON", size=22)
    c.text((160, 380), "Your outpatient appointment is confirmed", size=22)
    c.text((160, 410), "for Tuesday at 10:30 in Clinic B.", size=22)
    c.text((160, 470), "Yours sincerely,", size=22)
    return c


def chat(rng: random.Random) -> Canvas:
    c = Canvas((480, 860), (236, 229, 221))
    c.draw.rectangle([0, 0, 480, 70], fill=(7, 94, 84))
    c.text((20, 20), "Ward 7 team", size=26, fill="white", bold=True)
    first, last = rng.choice(NAMES)
    rows = [("Can you check on ", f"{first} {last}", "PERSON"), ("NHS no ", nhs_number(rng), "NHS_NUMBER"),
            ("Call his son on ", f"07700 900{rng.randint(100, 999)}", "PHONE_NUMBER"),
            ("Thank you, on my way", "", None), ("Bay 2 needs obs", "", None)]
    for i, (label, value, entity) in enumerate(rows):
        y = 100 + i * 140
        mine = i % 2 == 1
        x = 150 if mine else 20
        c.draw.rounded_rectangle([x, y, x + 310, y + 100], radius=14, fill=(220, 248, 198) if mine else "white")
        c.text((x + 14, y + 14), label.strip(), size=20)
        if value:
            c.text((x + 14, y + 50), "", value, entity, size=22)
    return c


def cars(rng: random.Random) -> Canvas:
    c = Canvas((1000, 620), (110, 120, 128))
    regs = [f"{rng.choice('ABDEFGHKLMNOPRSVWY')}{rng.choice('ABCDEFGHJKLMNOPRSTUVWXY')}{rng.randint(51, 73)} "
            + "".join(rng.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3)),
            f"{rng.choice('ABCDEFGHJKLMNPRSTVWXY')}{rng.randint(1, 999)} ABC",
            f"ABC {rng.randint(1, 999)}{rng.choice('ABCDEFGHJKLMNPRSTVWXY')}",
            f"{rng.choice(['AIJ', 'BXZ', 'KIL', 'OIW'])} {rng.randint(1000, 9999)}"]
    for i, reg in enumerate(regs):
        x, y = 40 + (i % 2) * 480, 30 + (i // 2) * 300
        body = tuple(rng.randint(40, 220) for _ in range(3))
        c.draw.rounded_rectangle([x, y + 30, x + 420, y + 250], radius=26, fill=body)
        c.draw.rectangle([x + 40, y + 50, x + 380, y + 120], fill=(40, 50, 60))
        for lx in (x + 15, x + 355):
            c.draw.rectangle([lx, y + 140, lx + 50, y + 170], fill=(200, 40, 30))
        c.plate((x + 110, y + 170), reg, colour=(250, 204, 20) if i % 2 == 0 else (245, 245, 245))
    return c


def notices(rng: random.Random) -> Canvas:
    c = Canvas((760, 480), (180, 150, 110))
    for i, line in enumerate(["Ward 7", "Thank you", "Please wash your hands", "Visiting 2pm - 8pm",
                              "Band 6 nurse", "Bay 3"]):
        c.text((50 + (i % 2) * 360, 50 + (i // 2) * 140), line, size=28 if i < 2 else 22, bold=i < 2)
    return c


SCENES = {"wristband": wristband, "whiteboard": whiteboard, "letter": letter, "chat": chat, "cars": cars,
          "notices": notices}


def _rotate(image: Image.Image, boxes: list, angle: float):
    """Rotate counter-clockwise by ``angle`` degrees (expanding the canvas); boxes become the upright
    boxes around their rotated corners."""
    w, h = image.size
    out = image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=image.getpixel((1, 1)))
    W, H = out.size
    a = math.radians(angle)
    cos, sin = math.cos(a), math.sin(a)

    def move(px, py):
        dx, dy = px - w / 2, py - h / 2
        return W / 2 + dx * cos + dy * sin, H / 2 - dx * sin + dy * cos

    new = []
    for b in boxes:
        x, y, bw, bh = b["box"]
        pts = [move(px, py) for px, py in ((x, y), (x + bw, y), (x + bw, y + bh), (x, y + bh))]
        x0, y0 = min(p[0] for p in pts), min(p[1] for p in pts)
        x1, y1 = max(p[0] for p in pts), max(p[1] for p in pts)
        new.append(dict(b, box=[int(x0), int(y0), math.ceil(x1 - x0), math.ceil(y1 - y0)]))
    return out, new


def _scale(boxes: list, f: float) -> list:
    return [dict(b, box=[int(b["box"][0] * f), int(b["box"][1] * f), math.ceil(b["box"][2] * f),
                         math.ceil(b["box"][3] * f)]) for b in boxes]


def apply_variant(image: Image.Image, boxes: list, variant: str):
    """One variant of a rendered scene: the image and its boxes in the new image's pixels."""
    if variant.startswith("rot"):
        return _rotate(image, boxes, float(variant[3:]))
    if variant == "blur":
        return image.filter(ImageFilter.GaussianBlur(1.4)), boxes
    if variant == "jpeg":
        buf = io.BytesIO()
        image.save(buf, "JPEG", quality=25)
        return Image.open(io.BytesIO(buf.getvalue())).convert("RGB"), boxes
    if variant == "lowcontrast":
        return ImageEnhance.Contrast(image).enhance(0.3), boxes
    if variant == "small":
        f = 0.5
        return image.resize((int(image.width * f), int(image.height * f)), Image.LANCZOS), _scale(boxes, f)
    if variant != "plain":
        raise ValueError(f"unknown variant {variant!r}: use one of {', '.join(VARIANTS)}")
    return image, boxes


def render(scene: str, variant: str = "plain", seed: int = 7, kinds=("plate", "text")):
    """``(PIL image, boxes)`` of one scene in one variant; the same arguments give the same pixels.
    ``kinds``: the boxes wanted; the wristband's barcode box only when ``"barcode"`` is asked for, so
    text and plate tests that check every box they get are not handed bars to read."""
    rng = random.Random(f"{seed}:{scene}")
    canvas = SCENES[scene](rng)
    return apply_variant(canvas.image, [b for b in canvas.boxes if b["kind"] in kinds], variant)


def write_all(out_dir: Path, seed: int = 7) -> dict:
    """Render every scene in every variant into ``out_dir`` (JPEG) with an ``annotations.json``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    images = []
    for scene in SCENES:
        for variant in VARIANTS:
            image, boxes = render(scene, variant, seed, LABELLED)
            name = f"{scene}_{variant}.jpg"
            image.save(out_dir / name, "JPEG", quality=88)
            images.append({"file": name, "width": image.width, "height": image.height, "group": scene,
                           "variant": variant, "labelled": list(LABELLED), "boxes": boxes})
    doc = {"format": "phiscrub image annotations v1; box = [x, y, w, h] in pixels of the stored image "
                     "(origin top-left)", "kinds": ["face", "plate", "text", "barcode"],
           "labelled_kinds": {i["file"]: i["labelled"] for i in images}, "images": images}
    (out_dir / "annotations.json").write_text(json.dumps(doc, indent=1) + "\n")
    return doc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    doc = write_all(args.out_dir, args.seed)
    print(f"{len(doc['images'])} images written to {args.out_dir}")


if __name__ == "__main__":
    main()
