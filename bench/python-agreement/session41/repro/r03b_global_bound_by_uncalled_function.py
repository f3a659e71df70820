# SILENT ERROR (r03's construct). `cache_size` is bound only by init_cache(), which nothing calls.
# CPython: NameError at `print(cache_size)` (fault, 10/10). weft: "complete", 1 outcome `ok counts_n=1`.
# Command: /work/notes/s41/weft-start explore r03b_global_bound_by_uncalled_function.py  (checks/nm12)
import threading

counts = {"n": 0}


def init_cache():
    global cache_size
    cache_size = 64


def work():
    counts["n"] += 1


t = threading.Thread(target=work)
t.start()
t.join()
print(cache_size)
