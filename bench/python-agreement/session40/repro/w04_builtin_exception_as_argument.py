# Wrong words (from check c71): passing a built-in exception class as an argument is refused with
# "`ValueError` is not defined (weft reads the program as it stands, top to bottom)"; ValueError is a builtin,
# always defined.
# CPython: prints caught=1. Command: weft import bench/python-agreement/session40/repro/w04_builtin_exception_as_argument.py
import threading

caught = 0


def fail(kind):
    raise kind("x")


def worker():
    global caught
    try:
        fail(ValueError)
    except ValueError:
        caught += 1


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"caught={caught}")
