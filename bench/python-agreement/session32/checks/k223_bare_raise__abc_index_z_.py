# `"abc".index("z")` as a bare statement in a thread's try: CPython raises and the handler counts it.
import math
import threading

caught = 0


def work():
    global caught
    try:
        "abc".index("z")
    except (ValueError, TypeError, ZeroDivisionError):
        caught += 1


t = threading.Thread(target=work)
t.start()
t.join()
print(caught)
