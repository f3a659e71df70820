"""`print([results[n] for n in range(5)])` after the threads: the comprehension reads each item in
turn (before session 21 the import refused it with "`n` is not defined"). A missing key is
CPython's KeyError: here every key is there."""
import threading

results = {}


def work(n):
    results[n] = n * n


threads = [threading.Thread(target=work, args=(n,)) for n in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([results[n] for n in range(5)])
print(sum(results[n] for n in range(5)))
