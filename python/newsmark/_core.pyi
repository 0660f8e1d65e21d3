# Type stubs for the extension module newsmark._core (python/src/lib.rs).
# The documented API is newsmark/__init__.py, which re-exports these.
from typing import Any, Dict, Iterable, List, Optional

__version__: str

def annotate(text: str) -> Dict[str, Any]: ...
def annotate_many(
    texts: Iterable[str], threads: Optional[int] = None
) -> List[Dict[str, Any]]: ...
def annotate_table(
    texts: Iterable[str], threads: Optional[int] = None
) -> Dict[str, List[Any]]: ...
