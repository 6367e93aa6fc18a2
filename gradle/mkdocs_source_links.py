"""MkDocs hook: a page may link a file of the repository outside docs/ as GitHub follows it
(``[`ClampMeta`](../clamp_annotations/_proxy.py)``). The site serves that file too, under ``source/``,
and the link points there, so MkDocs checks it like any other: a link to a file that does not exist
still fails the strict build. Pages (``.md``) outside docs/ are not served: link them by their page."""
import os
import re

from mkdocs.structure.files import File

_LINK = re.compile(r'(\]\()([^)#\s]+)((?:#[^)\s]*)?\))')


def _outside(page_path, target, config):
    """The repository-relative path of the file ``target`` (a link in the page at ``page_path``)
    names outside docs/, or None."""
    if '://' in target or target.endswith('.md'):
        return None
    path = os.path.normpath(os.path.join(os.path.dirname(page_path), target))
    root = os.path.dirname(config['config_file_path'])
    docs = os.path.normpath(config['docs_dir'])
    if path.startswith(docs + os.sep) or not path.startswith(root + os.sep) or not os.path.isfile(path):
        return None
    return os.path.relpath(path, root).replace(os.sep, '/')


def on_files(files, config):
    served = set()
    for page in list(files.documentation_pages()):
        for _, target, _ in _LINK.findall(page.content_string):
            source = _outside(page.abs_src_path, target, config)
            if source and source not in served:
                served.add(source)
                root = os.path.dirname(config['config_file_path'])
                files.append(File.generated(config, 'source/' + source, abs_src_path=os.path.join(root, source)))
    return files


def on_page_markdown(markdown, page, config, files):
    def served(match):
        source = _outside(page.file.abs_src_path, match.group(2), config)
        if source is None:
            return match.group(0)
        up = '../' * page.file.src_uri.count('/')
        return match.group(1) + up + 'source/' + source + match.group(3)
    return _LINK.sub(served, markdown)
