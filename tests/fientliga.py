"""Hostile files made in a second or two and small on disk: zip and Flate bombs, a giant image, bad XML.

A bomb is made without compressing a gigabyte: after a full flush zlib forgets what came before, so
compressing the same 1 MiB chunk again gives the same bytes, and the compressed block is repeated.
Used by tests/test_limits.py and bench/bench_fientliga.py.
"""

from __future__ import annotations

import io
import os
import resource
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

MiB = 1 << 20


def _deflate(head: bytes, chunk: bytes, times: int, tail: bytes) -> tuple[bytes, int, int]:
    """Given head + chunk*times + tail, return (raw deflate data, crc32, adler32), compressing chunk once."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    assert block == again, "zlib gave different bytes after a full flush"
    end = packer.compress(tail) + packer.flush(zlib.Z_FINISH)
    crc, adler = zlib.crc32(head), zlib.adler32(head)
    for _ in range(times):
        crc, adler = zlib.crc32(chunk, crc), zlib.adler32(chunk, adler)
    crc, adler = zlib.crc32(tail, crc), zlib.adler32(tail, adler)
    return start + block * times + end, crc, adler


def _minimal_docx() -> dict[str, bytes]:
    """Return the parts of a small real .docx made by python-docx."""
    from docx import Document

    document = Document()
    document.add_paragraph("Yttrande över remiss")
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_docx(path: Path, document_xml: bytes) -> Path:
    """Given a path and the bytes of word/document.xml, write a .docx with it and return the path."""
    parts = _minimal_docx()
    parts["word/document.xml"] = document_xml
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def write_docx_bomb(path: Path, gib: float = 1.0) -> Path:
    """Given a path, write a .docx whose document.xml expands to `gib` GiB (a few MB on disk)."""
    chunk = b"<w:p><w:r><w:t>aaaa</w:t></w:r></w:p>" * (MiB // 38)
    times = int(gib * 1024 * MiB / len(chunk))
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w='
            b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
    tail = b"</w:body></w:document>"
    data, crc, _ = _deflate(head, chunk, times, tail)
    entries = [(name, zlib.compress(part, 9)[2:-4], zlib.crc32(part), len(part))
               for name, part in _minimal_docx().items() if name != "word/document.xml"]
    entries.append(("word/document.xml", data, crc, len(head) + len(chunk) * times + len(tail)))
    path.write_bytes(_zip(entries))
    return path


def _zip(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """Given (name, raw deflate data, crc32, uncompressed size) entries, return a zip archive's bytes."""
    out = io.BytesIO()
    central = []
    for name, data, crc, size in entries:
        offset = out.tell()
        encoded = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size,
                              len(encoded), 0) + encoded + data)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(data),
                                   size, len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
    start = out.tell()
    for record in central:
        out.write(record)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), out.tell() - start,
                          start, 0))
    return out.getvalue()


def write_pdf(path: Path, objects: list[bytes]) -> Path:
    """Given the bodies of objects 1..n (1 is the catalog), write a PDF with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    path.write_bytes(out.getvalue())
    return path


def _stream(dictionary: bytes, data: bytes) -> bytes:
    """Given a stream dictionary's entries and the data, return the stream object body."""
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _zlib_stream(chunk: bytes, times: int) -> bytes:
    """Given a chunk and a count, return zlib data (header, deflate, adler32) of chunk*times."""
    data, _, adler = _deflate(b"", chunk, times, b"")
    return b"\x78\xda" + data + struct.pack(">I", adler)


def write_flate_bomb_pdf(path: Path, gib: float = 1.0) -> Path:
    """Given a path, write a one-page PDF whose content stream expands to `gib` GiB of spaces."""
    times = int(gib * 1024)
    content = _stream(b"/Filter /FlateDecode", _zlib_stream(b" " * MiB, times))
    return write_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        content,
    ])


def write_image_bomb_pdf(path: Path, side: int = 40000) -> Path:
    """Given a path, write a one-page PDF without text holding one side×side gray image (all white)."""
    row = b"\xff" * side
    rows_per_chunk = max([r for r in range(1, max(2, MiB // side + 1)) if side % r == 0])
    chunk = row * rows_per_chunk
    times = side // rows_per_chunk
    image = _stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 8 /Filter /FlateDecode" % (side, times * rows_per_chunk),
                    _zlib_stream(chunk, times))
    content = _stream(b"", b"q 595 0 0 842 0 0 cm /Im0 Do Q")
    return write_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Im0 5 0 R >> >> >>",
        content,
        image,
    ])


def run_measured(code: str, *, cwd: Path | None = None, limit_mb: int = 4096,
                 env: dict[str, str] | None = None, stdin: int | None = None) -> tuple[int, str, str, float]:
    """Given Python code, run it in a child with at most limit_mb of address space; return
    (exit status, stdout, stderr, peak resident memory in MB) — the memory is measured, not timed."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit_mb * MiB, limit_mb * MiB))

    process = subprocess.Popen([sys.executable, "-c", code], cwd=cwd, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, preexec_fn=limit, env=env,
                               stdin=stdin if stdin is not None else subprocess.DEVNULL)
    out, err = process.communicate(timeout=300)
    # communicate() has reaped the child; its rusage comes from RUSAGE_CHILDREN only when it is the
    # only child, so the peak is read from the child's own report below when present.
    peak = _peak_from(err)
    return process.returncode, out.decode(), err.decode(), peak


PEAK_MARK = "REMISS_PEAK_KB="
# the child's own peak: VmHWM counts only the memory of the program after exec, while Linux's ru_maxrss also
# keeps the forked parent's size from before exec (a test suite of 600 MB made every child 'use' 615 MB)
PEAK_REPORT = (
    "import atexit, resource, sys\n"
    "def _remiss_peak_kb():\n"
    "    try:\n"
    "        with open('/proc/self/status') as status:\n"
    "            for line in status:\n"
    "                if line.startswith('VmHWM:'):\n"
    "                    return int(line.split()[1])\n"
    "    except OSError:\n"
    "        pass\n"
    "    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "atexit.register(lambda: print('" + PEAK_MARK + "%d' % _remiss_peak_kb(), file=sys.stderr))\n"
)


def _peak_from(err: bytes) -> float:
    """Given a child's stderr, return the peak memory in MB it reported (-1 when it did not)."""
    for line in err.decode(errors="replace").splitlines():
        if line.startswith(PEAK_MARK):
            return int(line[len(PEAK_MARK):]) / 1024
    return -1.0


def measured_cli(args: list[str]) -> str:
    """Given remiss's arguments, return Python code that runs the CLI and prints its peak memory at exit."""
    return (
        PEAK_REPORT
        + "from remiss.cli import cli\n"
        f"cli.main(args={args!r}, prog_name='remiss', standalone_mode=True)\n"
    )


def child_env() -> dict[str, str]:
    """Return the environment for a child run, with the working directory's package importable."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    return env


def write_many_pages_pdf(path: Path, pages: int = 20_000) -> Path:
    """Given a path, write a PDF of `pages` text pages that share one content stream (small on disk)."""
    text = b"BT /F1 11 Tf 56 780 Td 14 TL " + b" ".join(
        b"(Rad %d med vanlig text om remissen och dess bilagor.) '" % n for n in range(40)) + b" ET"
    kids = b" ".join(b"%d 0 R" % (5 + n) for n in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               _stream(b"", text)]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                b"/Resources << /Font << /F1 3 0 R >> >> >>"] * pages
    return write_pdf(path, objects)
