# Calls whose arguments are known at import time and that CPython answers with an exception, each as a
# bare statement or a value in a thread's `try`: min([]), max(""), len(5), sorted([1, "a"]),
# "abc".index("z"), divmod(1, 0), int("3.5"), float("x"); the messages are read through `as e`.
import threading

caught = []
counted = 0


def probe():
    global counted
    try:
        min([])
    except ValueError as e:
        caught.append(str(e))
    try:
        smallest = max("")
        counted += smallest
    except ValueError as e:
        caught.append(str(e))
    try:
        len(5)
    except TypeError as e:
        caught.append(str(e))
    try:
        sorted([1, "a"])
    except TypeError as e:
        caught.append(str(e))
    for call in range(4):
        try:
            if call == 0:
                "abc".index("z")
            elif call == 1:
                divmod(1, 0)
            elif call == 2:
                int("3.5")
            else:
                float("x")
        except (ValueError, ZeroDivisionError):
            counted += 1


t = threading.Thread(target=probe)
t.start()
t.join()
print(caught, counted)
