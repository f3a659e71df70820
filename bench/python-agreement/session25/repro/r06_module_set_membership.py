# SILENT ERROR (weft-start): `x in S` for a module set display S faults in weft ("TypeError: argument
# of type 'int' is not iterable"), single-threaded or in a thread; CPython prints True / ['fine'].
# weft lists only `fault`, "complete". (variants/q05v_loop.py meets it as `if job in FLAKY and ...`.)
import threading

SEEN = {"a", "b"}
flag = "a" in SEEN
out = []


def worker(job):
    if job in SEEN:
        out.append("seen")
    else:
        out.append("fine")


t = threading.Thread(target=worker, args=("c",))
t.start()
t.join()
print(flag, out)
