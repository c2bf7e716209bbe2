"""Repacks a platform wheel as a pure-Python one (py3-none-any) by dropping its compiled modules.

Used only for MarkupSafe, whose package falls back to its own pure-Python code when its C speedups are
absent (markupsafe/__init__.py imports ._speedups, else ._native). This machine's package index holds
its wheel for CPython 3.11 only, so the image model's pip steps for another Python version find the same
release of the same package, without the speedups, here.

Usage: python3 pure-wheels.py WHEEL OUT_DIR
"""
import os
import sys
import zipfile


def main(wheel, out_dir):
    name, version = os.path.basename(wheel).split('-')[:2]
    target = os.path.join(out_dir, '{}-{}-py3-none-any.whl'.format(name, version))
    with zipfile.ZipFile(wheel) as source, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            if item.filename.endswith('.so') or item.filename.endswith('.pyd'):
                continue
            data = source.read(item.filename)
            if item.filename.endswith('.dist-info/WHEEL'):
                lines = [line for line in data.decode().splitlines() if not line.startswith(('Tag:', 'Root-Is-Purelib:'))]
                data = ('\n'.join(lines + ['Root-Is-Purelib: true', 'Tag: py3-none-any']) + '\n').encode()
            if item.filename.endswith('.dist-info/RECORD'):
                # pip rewrites RECORD on install; entries of dropped files and changed hashes are left out.
                kept = [line for line in data.decode().splitlines() if line and not line.split(',')[0].endswith(('.so', '.pyd', 'WHEEL', 'RECORD'))]
                wheel_info = item.filename[: -len('RECORD')]
                data = ('\n'.join(kept + [wheel_info + 'WHEEL,,', item.filename + ',,']) + '\n').encode()
            out.writestr(item.filename, data)
    print(target)


if __name__ == '__main__':
    main(*sys.argv[1:])
