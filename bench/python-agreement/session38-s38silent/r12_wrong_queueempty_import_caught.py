# SILENT ERROR (weft `ok` where CPython faults; realistic). CPython (every run): the drain thread dies
# with `_queue.Empty` ("Exception in thread"), the log is ['a', 'b'] and the program exits with a
# traceback printed. weft (start binary): `ok`, ['a', 'b', 'drained'], "complete". The handler names
# asyncio's QueueEmpty (a wrong import, a common slip), which in CPython is not queue.Empty; weft maps
# both to one scenario class `Empty` (crates/pyimport/src/translate/exceptions.rs `MODULE_CLASSES`:
# ("queue.Empty", "Empty") and ("asyncio.QueueEmpty", "Empty"); the same for queue.Full and
# asyncio.QueueFull, checks/c313; and for the two CancelledErrors, r09-r11).
import queue
import threading
from asyncio import QueueEmpty

log = []
jobs = queue.Queue()


def drain():
    while True:
        try:
            item = jobs.get_nowait()
        except QueueEmpty:
            break
        log.append(item)
    log.append("drained")


for job in ["a", "b"]:
    jobs.put(job)
t = threading.Thread(target=drain)
t.start()
t.join()
print(log)
