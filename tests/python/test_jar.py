"""write_jar: reproducible entries, directory entries, and no partial file on failure."""
import os
import zipfile

import pytest

from clamp_annotations.jar import write_jar

ENTRIES = {'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\r\n\r\n', 'b/c/D.class': 'xyz', 'a.py': 'pass\n'}


def infos(path):
    archive = zipfile.ZipFile(path)
    try:
        return [(i.filename, i.date_time) for i in archive.infolist()]
    finally:
        archive.close()


def test_entries_are_sorted_after_the_manifest_with_a_directory_entry_each(tmpdir):
    path = str(tmpdir.join('out.jar'))
    write_jar(path, ENTRIES)
    assert [name for name, _ in infos(path)] == [
        'META-INF/', 'META-INF/MANIFEST.MF', 'a.py', 'b/', 'b/c/', 'b/c/D.class']


def test_times_are_fixed_or_taken_from_source_date_epoch(tmpdir, monkeypatch):
    monkeypatch.delenv('SOURCE_DATE_EPOCH', raising=False)
    write_jar(str(tmpdir.join('fixed.jar')), ENTRIES)
    assert set(t for _, t in infos(str(tmpdir.join('fixed.jar')))) == {(1980, 2, 1, 0, 0, 0)}
    monkeypatch.setenv('SOURCE_DATE_EPOCH', '1700000000')
    write_jar(str(tmpdir.join('epoch.jar')), ENTRIES)
    assert set(t for _, t in infos(str(tmpdir.join('epoch.jar')))) == {(2023, 11, 14, 22, 13, 20)}


def test_a_failed_write_leaves_the_previous_jar_and_no_partial_file(tmpdir):
    path = str(tmpdir.join('out.jar'))
    write_jar(path, ENTRIES)
    before = tmpdir.join('out.jar').read_binary()
    with pytest.raises(TypeError):
        write_jar(path, dict(ENTRIES, bad=object()))
    assert tmpdir.join('out.jar').read_binary() == before
    assert os.listdir(str(tmpdir)) == ['out.jar']
