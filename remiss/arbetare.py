"""Worker processes that never outlive the program that started them.

ProcessPoolExecutor's workers wait on a pipe whose write end they hold themselves (fork), so when the
parent is killed (SIGKILL, a closed terminal, an out-of-memory kill) they wait forever. Every pool in
remiss starts its workers through `pool`, whose initializer starts a watcher thread in each worker:
when the parent's pid is no longer the worker's parent, the worker ends at once.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

VAKT_INTERVALL = 0.5  # seconds between the checks of the parent


def pool(max_workers: int, initializer: Callable[[], None] | None = None) -> ProcessPoolExecutor:
    """Given a number of workers (and an initializer), return a pool whose workers end with their parent."""
    return ProcessPoolExecutor(max_workers=max_workers, initializer=_starta_arbetare,
                               initargs=(os.getpid(), initializer))


def _starta_arbetare(foralder: int, initializer: Callable[[], None] | None) -> None:
    """In a new worker: start the watcher of the parent `foralder`, then run the pool's own initializer."""
    vakta_foralder(foralder)
    if initializer is not None:
        initializer()


def vakta_foralder(foralder: int, intervall: float = VAKT_INTERVALL) -> threading.Thread:
    """Given the parent's pid, start a daemon thread that ends this process when that parent is gone."""
    if os.getppid() != foralder:  # the parent died before this worker got here
        os._exit(1)
    thread = threading.Thread(target=_vakt, args=(foralder, intervall), name="remiss-foraldravakt",
                              daemon=True)
    thread.start()
    return thread


def _vakt(foralder: int, intervall: float) -> Any:
    """Check the parent every `intervall` seconds; end the process at once (os._exit) when it is gone."""
    while True:
        time.sleep(intervall)
        if os.getppid() != foralder:
            os._exit(1)
