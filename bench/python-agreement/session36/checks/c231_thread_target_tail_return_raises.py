"""A thread target whose tail `return int(text)` raises: the thread dies of ValueError in CPython."""
import threading

log = []


def parse(text):
    return int(text)


t = threading.Thread(target=parse, args=("x",))
t.start()
t.join()
log.append("joined")
print(log)
