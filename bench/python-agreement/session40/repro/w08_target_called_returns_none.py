# Wrong words (from check c98): `Thread(target=work())` (work called, not passed) is refused with "`work` returns
# nothing weft can compute"; work returns None, a value weft computes elsewhere; the real point is that the
# target is called in the main thread and the Thread gets target=None.
# CPython: prints calls=1. Command: weft import bench/python-agreement/session40/repro/w08_target_called_returns_none.py
import threading

calls = 0


def work():
    global calls
    calls += 1


t = threading.Thread(target=work())
t.start()
t.join()
print(f"calls={calls}")
