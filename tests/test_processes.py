"""Processes give back the C heap's free pages as they go."""

from __future__ import annotations

import platform

import pytest

from scrape import processes
from scrape.processes import Trimmer, return_free_memory

on_glibc = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc's malloc_trim")


@on_glibc
def test_the_c_heap_is_trimmed_on_glibc() -> None:
    assert return_free_memory() is True


def test_nothing_is_trimmed_where_the_c_library_cannot(monkeypatch) -> None:
    monkeypatch.setattr(processes, "_malloc_trim", lambda: None)
    assert return_free_memory() is False


def test_a_trimmer_trims_once_every_so_many_ticks(monkeypatch) -> None:
    calls: list[None] = []
    monkeypatch.setattr(processes, "return_free_memory", lambda: calls.append(None) or True)
    trimmer = Trimmer(every=10)
    for _ in range(25):
        trimmer.tick()
    assert len(calls) == trimmer.trims == 2
