#!/usr/bin/env python3
"""Checks a headless-Chromium screenshot of one of Funnel's SVG charts.

Usage: check-chart-screenshot.py CHART.svg SCREENSHOT.png
       check-chart-screenshot.py --page SCREENSHOT.png WIDTH HEIGHT

The SVG says where its marks are: every element with a `data-check` attribute is a
bar (rect), a stage (rect) or a point (circle) whose centre must show its fill
colour in the screenshot. Besides that the PNG must be the SVG's size, and not
blank: at least 2% of its pixels not the background (a line chart draws
little ink; a blank or error page has none of the marks anyway). A page (--page) is checked
for its size and for not being blank only. Python's standard library only
(zlib for the PNG), so CI needs nothing but Chromium and a CJK font.
"""
import struct
import sys
import xml.etree.ElementTree as ET
import zlib

SVG = "{http://www.w3.org/2000/svg}"


def read_png(path):
    """(width, height, rows of (r, g, b) tuples) of an 8-bit RGB or RGBA PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat, width, height, depth, colour, interlace = 8, b"", 0, 0, 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    if depth != 8 or colour not in (2, 6) or interlace != 0:
        raise SystemExit(f"{path}: expected an 8-bit RGB(A) PNG, not interlaced "
                         f"(depth {depth}, colour type {colour}, interlace {interlace})")
    channels = 3 if colour == 2 else 4
    stride = width * channels
    raw = zlib.decompress(idat)
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + predictor) & 255
        rows.append([tuple(line[x * channels:x * channels + 3]) for x in range(width)])
        previous = line
    return width, height, rows


def colour(text):
    text = text.strip()
    if not (text.startswith("#") and len(text) == 7):
        raise SystemExit(f"expected a #rrggbb colour, found {text!r}")
    return tuple(int(text[i:i + 2], 16) for i in (1, 3, 5))


def near(a, b, tolerance=12):
    return all(abs(x - y) <= tolerance for x, y in zip(a, b))


def drawn_share(pixels, width, height):
    background = pixels[0][0]
    marked = sum(1 for row in pixels[:height] for p in row[:width] if not near(p, background, 24))
    return marked / float(width * height)


def page(png_path, width, height):
    png_width, png_height, pixels = read_png(png_path)
    failures = []
    if (png_width, png_height) != (width, height):
        failures.append(f"screenshot is {png_width}x{png_height}, the window {width}x{height}")
    share = drawn_share(pixels, min(width, png_width), min(height, png_height))
    if share < 0.03:
        failures.append(f"only {share:.1%} of the page differs from the background: blank?")
    return report(png_path, failures, f"{png_width}x{png_height}, {share:.1%} drawn")


def report(png_path, failures, summary):
    if failures:
        print(f"{png_path}: FAILED", file=sys.stderr)
        for failure in failures:
            print("  " + failure, file=sys.stderr)
        return 1
    print(f"{png_path}: {summary}")
    return 0


def main(svg_path, png_path):
    root = ET.parse(svg_path).getroot()
    width, height = int(float(root.get("width"))), int(float(root.get("height")))
    png_width, png_height, pixels = read_png(png_path)
    failures = []
    if (png_width, png_height) != (width, height):
        failures.append(f"screenshot is {png_width}x{png_height}, the SVG {width}x{height}")
        width, height = min(width, png_width), min(height, png_height)

    share = drawn_share(pixels, width, height)
    if share < 0.02:
        failures.append(f"only {share:.1%} of the screenshot differs from the background: blank?")

    checked = 0
    for element in root.iter():
        if element.get("data-check") is None:
            continue
        tag = element.tag.replace(SVG, "")
        if tag == "rect":
            x = float(element.get("x")) + float(element.get("width")) / 2
            y = float(element.get("y")) + float(element.get("height")) / 2
        elif tag == "circle":
            x, y = float(element.get("cx")), float(element.get("cy"))
        else:
            continue
        want = colour(element.get("fill"))
        px, py = int(round(x)), int(round(y))
        if not (0 <= px < width and 0 <= py < height):
            failures.append(f"{element.get('data-check')}: centre ({px}, {py}) is outside the screenshot")
            continue
        got = pixels[py][px]
        if not near(got, want):
            failures.append(f"{element.get('data-check')}: at ({px}, {py}) the screenshot shows "
                            f"#{got[0]:02x}{got[1]:02x}{got[2]:02x}, the SVG fills it #{want[0]:02x}{want[1]:02x}{want[2]:02x}")
        checked += 1
    if checked < 3:
        failures.append(f"only {checked} marks to check in {svg_path}: expected every bar, stage or point")

    return report(png_path, failures, f"{width}x{height}, {share:.1%} drawn, {checked} marks in their colours")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--page":
        sys.exit(page(sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
