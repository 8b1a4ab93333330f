"""Extraction on a real Dask cluster gives the single-process timeline (extra ``dask``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import vnlao_events as ve

distributed = pytest.importorskip("distributed")
pytest.importorskip("dask.bag")

from vnlao_events.archive.bag import extract_partition, files_of, timeline_on_dask  # noqa: E402

DATA = Path(__file__).parent / "data"
pytestmark = pytest.mark.dask


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> list[str]:
    """Seeds, dev and dev2 as files, with a name used twice in two folders."""
    root = tmp_path_factory.mktemp("archive")
    seeds = root / "seeds"
    seeds.mkdir()
    for doc in ve.bundled_seeds():
        (seeds / doc.id).write_text(doc.text, "utf-8")
    (root / "again").mkdir()
    shutil.copy(DATA / "dev" / "dev-01.txt", root / "again" / "dev-01.txt")  # same name, path id
    return [str(seeds), str(DATA / "dev"), str(DATA / "dev2"), str(root / "again")]


@pytest.fixture(scope="module")
def client():
    """A local cluster of two worker processes."""
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_local_cluster_gives_the_single_process_json(archive, client):
    """A LocalCluster with 2 workers gives the single-process JSON, byte for byte."""
    expected = ve.to_json(ve.build_timeline(ve.load_documents(archive)))
    assert ve.to_json(timeline_on_dask(archive, npartitions=7)) == expected
    stated = ve.to_json(ve.build_timeline(ve.load_documents(archive), infer=False))
    assert ve.to_json(timeline_on_dask(archive, infer=False, npartitions=2)) == stated


def test_ids_follow_the_single_process_reading(archive):
    """A second file of the same name gets its path as id, as load_documents gives it."""
    ids = [doc.id for doc in ve.load_documents(archive)]
    assert [i for _, _, i in files_of(archive)] == ids


def test_partitions_merge_in_any_order(archive):
    """Partitions extracted apart merge, in either order, to the whole archive's timeline."""
    files = files_of(archive)
    a, b = extract_partition(files[::2]), extract_partition(files[1::2])
    expected = ve.to_json(ve.build_timeline(ve.load_documents(archive)))
    assert ve.to_json((b | a).timeline()) == ve.to_json((a | b).timeline()) == expected


def test_json_lines_partitions(tmp_path):
    """JSON Lines files are partitions: positions (file, line) keep the archive order."""
    import json

    docs = ve.bundled_seeds()
    for n, chunk in enumerate((docs[:2], docs[2:])):
        lines = [json.dumps({"id": d.id, "text": d.text}, ensure_ascii=False) for d in chunk]
        (tmp_path / f"part-{n}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    expected = ve.to_json(ve.build_timeline(ve.load_documents([tmp_path])))
    assert ve.to_json(timeline_on_dask([tmp_path], scheduler="sync")) == expected
