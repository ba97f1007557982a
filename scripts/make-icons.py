#!/usr/bin/env python3
"""Draws Leadledger's icon (a rising bar chart on a rounded teal square) as
PNG files in icons/, without any imaging library: plain zlib and struct."""
import struct, zlib, os, sys

def png(path, size):
    bg, fg, accent = (19, 94, 102), (255, 255, 255), (245, 180, 60)
    r = size * 0.2
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            # Rounded square with 2x2 supersampling for soft edges.
            cov = 0
            for sy in (0.25, 0.75):
                for sx in (0.25, 0.75):
                    px, py = x + sx, y + sy
                    cx = min(max(px, r), size - r)
                    cy = min(max(py, r), size - r)
                    if (px - cx) ** 2 + (py - cy) ** 2 <= r * r:
                        cov += 1
            a = int(255 * cov / 4)
            col = bg
            u, v = x / size, y / size
            bars = [(0.22, 0.62), (0.42, 0.48), (0.62, 0.30)]
            for i, (bx, top) in enumerate(bars):
                if bx <= u < bx + 0.14 and top <= v < 0.78:
                    col = accent if i == 2 else fg
            if 0.18 <= u < 0.82 and 0.78 <= v < 0.82:
                col = fg
            row += bytes(col) + bytes([a])
        rows.append(bytes(row))
    raw = b"".join(rows)
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)

out = sys.argv[1] if len(sys.argv) > 1 else "icons"
os.makedirs(out, exist_ok=True)
for name, size in [("32x32.png", 32), ("128x128.png", 128), ("128x128@2x.png", 256), ("icon.png", 512)]:
    png(os.path.join(out, name), size)
print("icons written to", out)
