"""Build the offline docs site (`_docs/`) and README.md: `python tools/build_docs.py [--force] [--n_workers N]`.

The builder is `tools/docsite.py`, exported from `tools/docsite.ipynb`; this file only imports it under its own name,
so that the worker processes of nbdev's processing can find its functions (they cannot in a module run as __main__)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from docsite import grad_nb_docs

if __name__ == '__main__': grad_nb_docs()
