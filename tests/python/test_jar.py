"""write_jar: reproducible entries, directory entries, entries copied from other zips as they are, and no
partial file on failure."""
import os
import zipfile

import pytest

from clamp_annotations._jar import write_jar, zip_entries

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


def test_a_source_date_epoch_later_than_a_zip_entry_holds_is_refused_by_name(tmpdir, monkeypatch):
    monkeypatch.setenv('SOURCE_DATE_EPOCH', '4354819198')
    write_jar(str(tmpdir.join('latest.jar')), ENTRIES)
    assert set(t for _, t in infos(str(tmpdir.join('latest.jar')))) == {(2107, 12, 31, 23, 59, 58)}
    monkeypatch.setenv('SOURCE_DATE_EPOCH', '4354819200')
    with pytest.raises(ValueError) as info:
        write_jar(str(tmpdir.join('out.jar')), ENTRIES)
    assert str(info.value) == ("SOURCE_DATE_EPOCH must be at most 4354819198 (2107-12-31 23:59:58 UTC), the latest "
                               "time a zip entry holds, got '4354819200'")
    assert sorted(os.listdir(str(tmpdir))) == ['latest.jar']


def test_entries_of_another_zip_are_copied_compressed_as_they_are_there(tmpdir):
    source = str(tmpdir.join('source.zip'))
    archive = zipfile.ZipFile(source, 'w')  # stored, unless an entry says otherwise
    archive.writestr('lib/', '')
    archive.writestr('lib/stored.txt', 'kept as it is\n' * 100)
    archive.writestr(zipfile.ZipInfo('lib/deflated.txt'), 'squeezed\n' * 100, zipfile.ZIP_DEFLATED)
    archive.close()
    copied = zip_entries(source)
    assert sorted(copied) == ['lib/deflated.txt', 'lib/stored.txt']
    path = str(tmpdir.join('out.jar'))
    write_jar(path, dict(ENTRIES, **copied))
    archive = zipfile.ZipFile(path)
    try:
        assert archive.testzip() is None
        assert archive.getinfo('lib/stored.txt').compress_type == zipfile.ZIP_STORED
        assert archive.getinfo('lib/deflated.txt').compress_type == zipfile.ZIP_DEFLATED
        assert archive.read('lib/stored.txt') == 'kept as it is\n' * 100
        assert archive.read('lib/deflated.txt') == 'squeezed\n' * 100
        assert archive.getinfo('lib/stored.txt').date_time == archive.getinfo('a.py').date_time
    finally:
        archive.close()


def test_a_failed_write_leaves_the_previous_jar_and_no_partial_file(tmpdir):
    path = str(tmpdir.join('out.jar'))
    write_jar(path, ENTRIES)
    before = tmpdir.join('out.jar').read_binary()
    with pytest.raises(TypeError):
        write_jar(path, dict(ENTRIES, bad=object()))
    assert tmpdir.join('out.jar').read_binary() == before
    assert os.listdir(str(tmpdir)) == ['out.jar']


def test_the_partial_file_of_a_killed_build_is_removed_and_a_running_builds_kept(tmpdir):
    path = str(tmpdir.join('out.jar'))
    tmpdir.join('.out.jar.999999999.abc.partial').write('left by a killed build')
    tmpdir.join('.out.jar.%d.def.partial' % os.getpid()).write('being written by a running build')
    write_jar(path, ENTRIES)
    assert sorted(os.listdir(str(tmpdir))) == ['.out.jar.%d.def.partial' % os.getpid(), 'out.jar']


def test_a_malformed_source_date_epoch_is_refused_by_name(tmpdir, monkeypatch):
    monkeypatch.setenv('SOURCE_DATE_EPOCH', 'abc')
    with pytest.raises(ValueError) as info:
        write_jar(str(tmpdir.join('out.jar')), ENTRIES)
    assert str(info.value) == "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, got 'abc'"
    assert os.listdir(str(tmpdir)) == []
