"""The built wheel carries the core, the forms and the resources, and its CLI runs from a fresh venv."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_runs(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist),
                    str(ROOT)], check=True, timeout=300, cwd=tmp_path)
    [wheel] = list(dist.glob("mediation_desk-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "mediation_desk/db/migrations/versions/0001_initial_schema.py" in names
    assert any(n.startswith("forms/") for n in names)
    assert any(n.startswith("resources/") for n in names)
    assert any(n.startswith("ui/") for n in names)

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    py = venv / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", str(wheel)], check=True, timeout=600, cwd=tmp_path)
    db = tmp_path / "w.sqlite3"
    cli = venv / "bin" / "mediation-desk-cli"
    # Run from a directory without the source tree, so only the installed copy can be imported.
    done = subprocess.run([str(cli), "--db", str(db), "init", "--committee-name", "测试调委会", "--short-name", "测"],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([str(cli), "--db", str(db), "demo", "--cases", "5"], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    found = subprocess.run([str(py), "-m", "mediation_desk", "--db", str(db), "search", "调字"], capture_output=True,
                           text=True, timeout=120, cwd=tmp_path)
    assert "共 5 件" in found.stdout
    origin = subprocess.run([str(py), "-c", "import mediation_desk, forms; print(mediation_desk.__file__)"],
                            capture_output=True, text=True, timeout=60, cwd=tmp_path).stdout
    assert str(venv) in origin
