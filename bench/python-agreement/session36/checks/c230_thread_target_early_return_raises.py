"""A thread target whose `return int(text)` sits in an if: the thread dies of ValueError in CPython."""
import threading

log = []


def parse(text):
    if text:
        return int(text)
    return 0


t = threading.Thread(target=parse, args=("x",))
t.start()
t.join()
log.append("joined")
print(log)
