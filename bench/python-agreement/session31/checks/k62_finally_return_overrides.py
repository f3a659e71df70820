# `return` in a finally drops the exception; a thread records which path ran
import threading

paths = []


def risky():
    try:
        paths.append("try")
        raise ValueError("x")
    finally:
        paths.append("finally")
        return "from finally"


def worker():
    value = risky()
    paths.append(value)


t = threading.Thread(target=worker)
t.start()
t.join()
print(paths)
