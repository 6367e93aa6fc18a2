"""The code blocks of the manual (README.md and docs/**/*.md) and what each one's marker says it is.

Every fenced block has a marker, an HTML comment on the line right before its opening fence, which
renders as nothing: ``<!-- sample: NAME [file: PATH | excerpt: PATH | fragment: WHY | raises | output] -->``.
Blocks with one NAME on a page form one sample, in page order. test_doc_samples.py runs them.
"""
import fnmatch
import os
import re
from collections import OrderedDict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

_FENCE = re.compile(r'^(?P<indent> *)(?P<fence>`{3,}|~{3,})\s*(?P<language>[\w+-]*)')
_MARKER = re.compile(r'^<!-- sample: (?P<name>[A-Za-z][\w-]*)'
                     r'(?: (?P<kind>file|excerpt|fragment|raises|output)(?:: (?P<argument>.*?))?)? -->$')
_NEEDS_ARGUMENT = ('file', 'excerpt', 'fragment')


class Block(object):
    """One fenced block: its page, the line of its opening fence, its language, its text (without the
    indentation of the fence) and what its marker says (``kind`` None for code that runs)."""

    def __init__(self, page, line, language, text, name, kind, argument):
        self.page, self.line, self.language, self.text = page, line, language, text
        self.name, self.kind, self.argument = name, kind, argument

    def __repr__(self):
        return '%s:%d' % (self.page, self.line)


class Sample(object):
    """The blocks of one NAME on one page."""

    def __init__(self, page, name):
        self.page, self.name, self.blocks = page, name, []

    @property
    def id(self):
        return '%s::%s' % (self.page, self.name)

    @property
    def fragment(self):
        """Why the sample does not run, when it is a fragment."""
        return self.blocks[0].argument if self.blocks[0].kind == 'fragment' else None


def pages(root=ROOT):
    """README.md and every page below docs/, as paths relative to ``root``, in a stable order."""
    found = ['README.md']
    for directory, subdirectories, files in os.walk(os.path.join(root, 'docs')):
        subdirectories.sort()
        found.extend(os.path.relpath(os.path.join(directory, name), root)
                     for name in sorted(fnmatch.filter(files, '*.md')))
    return found


def blocks(page, text):
    """The fenced blocks of a page's ``text``, and a list of what is wrong with its markers."""
    lines = text.split('\n')
    found, problems = [], []
    opened = None  # (line index, indent, fence, language) of the block being read
    for index, line in enumerate(lines):
        if opened is None:
            fence = _FENCE.match(line)
            if fence:
                opened = (index, fence.group('indent'), fence.group('fence'), fence.group('language'))
            elif line.strip().startswith('<!-- sample:') and not _FENCE.match(_next(lines, index)):
                problems.append('%s:%d: a sample marker not right before a fence' % (page, index + 1))
            continue
        start, indent, fence, language = opened
        if line.strip().startswith(fence[0] * len(fence)) and not line.strip().strip(fence[0]):
            content = [l[len(indent):] if l.startswith(indent) else l.lstrip() for l in lines[start + 1:index]]
            marker = _MARKER.match(lines[start - 1].strip()) if start else None
            if marker is None:
                problems.append('%s:%d: a ```%s block without a marker (<!-- sample: NAME ... -->) on the line '
                                'before it' % (page, start + 1, language))
            elif marker.group('kind') in _NEEDS_ARGUMENT and not marker.group('argument'):
                problems.append('%s:%d: "%s" needs what follows its colon' % (page, start, marker.group('kind')))
            else:
                found.append(Block(page, start + 1, language, '\n'.join(content) + '\n', marker.group('name'),
                                   marker.group('kind'), marker.group('argument')))
            opened = None
    if opened is not None:
        problems.append('%s:%d: a fence that is never closed' % (page, opened[0] + 1))
    return found, problems


def _next(lines, index):
    return lines[index + 1] if index + 1 < len(lines) else ''


def samples(root=ROOT):
    """Every page's samples, and what is wrong with the pages' markers."""
    found, problems = [], []
    for page in pages(root):
        with open(os.path.join(root, page)) as f:
            page_blocks, page_problems = blocks(page, f.read())
        page_samples, grouping_problems = grouped(page_blocks)
        found.extend(page_samples)
        problems.extend(page_problems + grouping_problems)
    return found, problems


def grouped(page_blocks):
    """The samples that the blocks of one page form, and what is wrong with them."""
    found, problems = OrderedDict(), []
    for block in page_blocks:
        found.setdefault(block.name, Sample(block.page, block.name)).blocks.append(block)
    for sample in found.values():
        fragments = [block for block in sample.blocks if block.kind == 'fragment']
        if fragments and len(fragments) != len(sample.blocks):
            problems.append('%s: a fragment shares its name with blocks that run (%s)'
                            % (sample.id, ', '.join(map(repr, sample.blocks))))
        follows_code = False  # whether a raises or output block here would show what Python code did
        for block in sample.blocks:
            if block.kind not in ('raises', 'output'):
                follows_code = block.language == 'python' and block.kind in (None, 'file')
            elif not follows_code:
                problems.append('%r: a %s block follows no Python code of %s' % (block, block.kind, sample.name))
    return list(found.values()), problems
