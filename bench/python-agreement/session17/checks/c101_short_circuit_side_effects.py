# no bug: `or` stops at the first true operand, so the second check never runs
import threading

calls = []


def cached():
    calls.append("cache")
    return True


def remote():
    calls.append("remote")
    return True


def worker():
    if cached() or remote():
        calls.append("served")


t = threading.Thread(target=worker)
t.start()
t.join()
print(calls)
