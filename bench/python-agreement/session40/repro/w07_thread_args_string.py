# Wrong words (from check c41): `Thread(target=f, args=("ab"))` is refused with "`args` must be a tuple, not a
# string"; CPython accepts any iterable as args (here f gets 'a' and 'b'), so the rule stated is not Python's.
# CPython: prints got=['ab']. Command: weft import bench/python-agreement/session40/repro/w07_thread_args_string.py
import threading

got = []


def target(x, y=None):
    got.append(f"{x}{y}")


t = threading.Thread(target=target, args=("ab"))
t.start()
t.join()
print(f"got={got}")
