"""The one way beizeng writes or moves a file under the county's folders, and the rules for names made from data.

Why this exists: a return's content, file name and hidden ``_beizeng`` sheet are the sender's
words, and some of them end up in paths (the period names an archive folder, the file name the
stored copy and its feedback).  A period of ``2026-10/../..`` once sent a return and its feedback
out of the county's folders; a symlink planted at ``inbox/rejected/<name>.errors.txt`` pointing at
the working database made the error list replace the warehouse.  So:

- a name taken from data is cleaned and shortened here (:func:`clean_name`), a period is used in a
  path only when it is ``YYYY-MM`` or ``YYYY`` (:func:`period_folder`);
- every write goes to a fresh temporary name in the target's own folder and is renamed over the
  target (a reader never sees half a file), after checking that neither the target nor any folder
  between the county root and it is a symlink, and that the target resolves inside the root
  (:func:`check_target`).  A refused write raises :class:`UnsafePath`, an ``OSError`` whose text is
  one Chinese sentence saying which path and what to do.

A planted link is never followed, never removed (it is evidence, and not ours), never written through.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import secrets
import shutil
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from beizeng.base.periods import is_stored

#: A stored name is cut to this many UTF-8 bytes (suffix included; a 报送平台 upload's inbox name with its mark
#: ``网报-xxxxxxxx_``, 16 bytes).  A path component may hold 255 bytes; the archive prefix ("1a2b3c4d_", 9), a time stamp (".20261201-223000-12", 19), the feedback
#: suffix (".xls.反馈.xlsx", 18) and a temporary name around it (".….12345.0123abcd.tmp", ~20) must fit
#: beside it.  150 bytes is 50 Chinese characters: every real return name seen is far shorter.
MAX_NAME_BYTES = 150
#: A suffix longer than this is not a file type (".xlsx" is 5): it is kept as part of the name.
MAX_SUFFIX_CHARS = 8
#: Characters no name may carry: path separators, and those Windows/SMB clients cannot show or open.
_FORBIDDEN = re.compile(r'[/\\:*?"<>|]')
#: DOS device names that Windows refuses as file names on the county's shared folder.
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
TMP_SUFFIX = ".tmp"


class UnsafePath(OSError):
    """A write or move refused because of where it would land; the text is for the person at the county."""


def is_period(text: object) -> bool:
    """Whether ``text`` is a period that may name a folder: ``YYYY-MM`` or ``YYYY`` as beizeng writes it
    (``periods.is_stored``, the one rule of the shape), nothing else."""
    return is_stored(text)


def period_folder(base: Path, period: str) -> Path:
    """``base/<period>``, only for a period shaped ``YYYY-MM`` or ``YYYY``."""
    if not is_period(period):
        raise UnsafePath(f"期间“{_shown(period)}”不是 YYYY-MM 或 YYYY 形式，不能用作文件夹名（{base}）")
    return base / period


def _visible(ch: str) -> bool:
    """Control, format, surrogate, private and unassigned code points (BEL, NUL, U+200E, U+FFFE) are dropped."""
    return unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn")


def _shown(text: str, limit: int = 60) -> str:
    """A name for a message: invisible characters dropped, cut to ``limit`` characters."""
    clean = "".join(ch for ch in str(text) if _visible(ch))
    return clean if len(clean) <= limit else clean[:limit] + "…"


def _cut(text: str, max_bytes: int) -> str:
    """The longest prefix of ``text`` within ``max_bytes`` UTF-8 bytes, never half a character."""
    return text.encode("utf-8")[:max(max_bytes, 0)].decode("utf-8", "ignore")


def clean_name(name: str, max_bytes: int = MAX_NAME_BYTES) -> str:
    """A file name safe to store: no separators or control characters, no leading dot, at most ``max_bytes``.

    The suffix (.xlsx, .xls …) is kept so the file still opens with a double click; the stem is cut.
    Only what a path needs is changed: the sender's original name stays in ``submissions.file_name``.
    """
    text = unicodedata.normalize("NFC", str(name))
    # every kind of space (NBSP, ideographic, tab) a plain one: a name a shell and a person can type
    text = "".join(" " if ch.isspace() else (ch if _visible(ch) else "") for ch in text)
    stem, suffix = split_name(_FORBIDDEN.sub("_", text))
    suffix = f".{suffix}" if suffix else ""
    if not stem or stem.upper() in _RESERVED:
        stem = f"未命名_{stem}" if stem else "未命名"
    room = max_bytes - len(suffix.encode("utf-8"))
    if len(stem.encode("utf-8")) > room:
        stem = _cut(stem, room - 3).rstrip(". ") + "…" if room > 3 else _cut(stem, room)
    return stem + suffix


#: A name that is nothing but a file type's suffix (".xlsx"): what WeChat leaves of a name made of emoji only.
_BARE_SUFFIX = re.compile(rf"\.([0-9A-Za-z]{{1,{MAX_SUFFIX_CHARS}}})")


def split_name(text: str) -> tuple[str, str]:
    """(stem, suffix without its dot) of a name, for storing it: spaces and dots around it dropped (a leading dot
    would hide the file); a suffix is at most MAX_SUFFIX_CHARS letters or digits, else part of the stem; a name
    that is only a suffix (``.xlsx``) has an empty stem."""
    text = text.strip()
    if bare := _BARE_SUFFIX.fullmatch(text):  # a workbook whose name was lost (emoji only), not a hidden file
        return "", bare.group(1)
    text = text.lstrip(". ").rstrip(". ")
    stem, dot, suffix = text.rpartition(".")
    if not dot or not stem or len(suffix) > MAX_SUFFIX_CHARS or not suffix.isalnum():
        return text, ""
    return stem.rstrip(". "), suffix


def suffix_of(name: str) -> str:
    """A file's type as its name says it, lower case: ``.xlsx`` for ``东镇.XLSX``, for ``东镇.xlsx `` (spaces after
    the extension, as a chat app or a hand-typed rename leaves them) and for ``.xlsx`` (a name that is only its
    extension, which :class:`pathlib.Path` takes for a hidden file without one).  The one rule for every check
    of a file's type by its name (the inbox's, the reader's)."""
    text = name.strip()
    if _BARE_SUFFIX.fullmatch(text):
        return text.lower()
    return Path(text).suffix.strip().lower()


def readable_name(name: str) -> str:
    """A file name as text a person and the database can hold.

    Linux keeps a name as bytes; one that is not UTF-8 (a zip unpacked or a share copied from a
    Chinese Windows machine writes GBK) reaches Python with surrogates, which no database, workbook
    or log line can store: the batch stopped on the first insert.  Such a name is read as GB18030
    (what Chinese Windows writes), else with replacement characters.
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = os.fsencode(name)
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace")


#: What a 报送平台 upload's inbox copy is named before the name the sender gave it: ``网报-`` and 8 random
#: letters (beizeng.web.upload.safe_name; letters only, so that identification never reads them as a period).
UPLOAD_MARK = "网报-"
_UPLOADED = re.compile(re.escape(UPLOAD_MARK) + r"[a-z]{8}_")


def upload_inbox_name(stem: str, suffix: str) -> str:
    """The inbox name of a 报送平台 upload whose (cleaned) name was ``stem`` + ``.suffix``: the mark, 8 random
    letters, and the name cut (:func:`clean_name`) so that the whole stays within :data:`MAX_NAME_BYTES`."""
    prefix = UPLOAD_MARK + "".join(secrets.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8)) + "_"
    room = MAX_NAME_BYTES - len(prefix.encode("utf-8"))
    return prefix + clean_name(f"{stem}.{suffix}" if suffix else stem, room)


def uploaded(name: str) -> bool:
    """Whether a file name is a 报送平台 upload's inbox name (the sender sent it on the page, at a known time)."""
    return bool(_UPLOADED.match(name))


def as_sent(text: str) -> str:
    """A file name, or a message naming files, with every 报送平台 upload named as the sender named it: the inbox
    prefix ``网报-xxxxxxxx_`` taken off.  The one rule for what people are shown; the inbox name stays where a
    path or a key is needed (the inbox, the archive, ``submissions.file_name``)."""
    return _UPLOADED.sub("", text) if UPLOAD_MARK in text else text


def _lexical(path: Path) -> Path:
    """The absolute path with ``.`` and ``..`` worked out on the text alone (no link is followed)."""
    return Path(os.path.normpath(os.path.abspath(path)))


def check_target(path: Path, root: Path) -> Path:
    """``path`` if writing it is safe: inside ``root`` as written and as resolved, no symlink at the
    target or at any folder below ``root`` (the root itself may be a link: a county's share mounted
    somewhere is configured as it is).  Folders that do not exist yet are fine (see :func:`ensure_dir`)."""
    root = _lexical(root)
    target = _lexical(path)
    if target == root or root not in target.parents:
        raise UnsafePath(f"拒绝写入 {_shown(str(path), 200)}：不在本县的文件夹 {root} 之内")
    here = root
    for part in target.relative_to(root).parts:
        here = here / part
        if here.is_symlink():
            what = "目标文件" if here == target else "文件夹"
            raise UnsafePath(f"拒绝写入 {target}：其中的{what} {here} 是符号链接（快捷方式），可能是有人放置的；"
                             "请检查并删除该链接后重新运行")
        if not here.exists():
            break
    real_root = root.resolve()
    real = target.resolve(strict=False)
    if real != real_root and real_root not in real.parents:
        raise UnsafePath(f"拒绝写入 {target}：实际位置 {real} 不在本县的文件夹 {real_root} 之内")
    return target


def ensure_dir(folder: Path, root: Path) -> Path:
    """Create ``folder`` and its parents below ``root``, refusing any symlink on the way."""
    folder = _lexical(folder)
    root = _lexical(root)
    if folder == root:
        root.mkdir(parents=True, exist_ok=True)
        return folder
    check_target(folder, root)
    root.mkdir(parents=True, exist_ok=True)
    here = root
    for part in folder.relative_to(root).parts:
        here = here / part
        try:
            here.mkdir()
        except FileExistsError:
            if here.is_symlink() or not here.is_dir():
                raise UnsafePath(f"无法建立文件夹 {here}：那里已有一个{'符号链接' if here.is_symlink() else '文件'}；"
                                 "请检查并移走它后重新运行") from None
    return folder


def exists(path: Path) -> bool:
    """Whether anything is at ``path``, a dangling or planted symlink included (``Path.exists`` follows links)."""
    return os.path.lexists(path)


def fresh(path: Path, taken: Callable[[Path], bool] | None = None) -> Path:
    """``path`` if nothing is there (not even a link) and ``taken`` does not claim it, else a time-stamped
    name beside it (``name.20261201-223000.xlsx``, then ``-2``, ``-3`` …)."""
    def used(q: Path) -> bool:
        return exists(q) or (taken is not None and taken(q))

    if not used(path):
        return path
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    n = 1
    while True:
        candidate = path.with_name(f"{path.stem}.{stamp}{'' if n == 1 else f'-{n}'}{path.suffix}")
        if not used(candidate):
            return candidate
        n += 1


def _tmp_name(target: Path) -> Path:
    """A temporary name in the target's own folder (so the rename is atomic), hidden, ending in .tmp."""
    head = _cut(target.name, 200)
    return target.with_name(f".{head}.{os.getpid()}.{secrets.token_hex(4)}{TMP_SUFFIX}")


def _claim(tmp: Path) -> int:
    """Create ``tmp`` ourselves, exclusively and without following a link: nobody's file is truncated."""
    return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)


@contextmanager
def atomic_path(target: Path, root: Path) -> Iterator[Path]:
    """A temporary path to write ``target``'s content to (for libraries that save by path, like
    openpyxl); on success it is renamed over ``target``, on failure removed.

    The target is checked before and again just before the rename: a link planted meanwhile is refused.
    """
    ensure_dir(target.parent, root)
    check_target(target, root)
    tmp = _tmp_name(target)
    os.close(_claim(tmp))
    try:
        yield tmp
        if tmp.is_symlink():
            raise UnsafePath(f"拒绝写入 {target}：临时文件 {tmp} 在写入时被换成了符号链接")
        check_target(target, root)
        os.replace(tmp, target)
    finally:
        if exists(tmp):
            tmp.unlink()


def write_bytes(target: Path, data: bytes, root: Path) -> Path:
    """Write ``data`` to ``target`` atomically (temporary name, fsync, rename)."""
    with atomic_path(target, root) as tmp:
        fd = os.open(tmp, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    return target


def write_text(target: Path, text: str, root: Path) -> Path:
    return write_bytes(target, text.encode("utf-8"), root)


def append_text(target: Path, text: str, root: Path) -> Path:
    """Append to a log-like file (the daily receipts): never through a link, never outside ``root``."""
    ensure_dir(target.parent, root)
    check_target(target, root)
    fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.write(text)
    return target


def move(source: Path, target: Path, root: Path) -> Path:
    """Move ``source`` to ``target`` (which must be free: nothing there, not even a link).

    A rename within one file system; across file systems a copy to a temporary name beside the
    target, renamed, and only then the source removed, so a stop in between leaves two copies, never none.
    """
    ensure_dir(target.parent, root)
    check_target(target, root)
    if exists(target):
        raise UnsafePath(f"无法把 {source.name} 放到 {target}：那里已有文件或链接")
    try:
        os.rename(source, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:  # another file system
            raise
        with atomic_path(target, root) as tmp:
            shutil.copy2(source, tmp, follow_symlinks=False)
        source.unlink()
    return target
