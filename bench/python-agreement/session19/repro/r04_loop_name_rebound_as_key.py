# SILENT ERROR (weft-start f99a086): a module-level name bound by a `for` loop weft unrolls at import time
# (`for name in ["a", "b"]`) and later rebound to a run-time value (`name = q.get()`) is still the loop's last
# constant where it is a dict key: the scenario says `set: "seen['b'] = 1"`. CPython: seen={"a": 1, "b": 1};
# weft explore "complete": len(seen)=1 seen["b"]=1 only. Held-out m04 (variants/m04_process_queue_v2.py):
# every weft outcome fails its assert (outputs all under the key "q"), CPython never does.
import queue

q = queue.Queue()
seen = {}

if __name__ == "__main__":
    for name in ["a", "b"]:
        q.put(name)
    for _ in range(2):
        name = q.get()
        seen[name] = 1
