"""Cache keys reversed and cut by two workers (s[::-1], s[a:b], s[-3:], s[i]); the last writer of
`latest` wins, so its value depends on the interleaving."""
import threading
import time

latest = ""
first_letters = ""
tail = ""


def worker(key):
    global latest, first_letters, tail
    reversed_key = key[::-1]
    time.sleep(0.001)
    latest = reversed_key[1:4]
    first_letters = first_letters + key[0] + key[-1]
    tail = key[-3:] + key[:2] + key[::2] + key[5:1:-2]


threads = [threading.Thread(target=worker, args=(k,)) for k in ("user:42", "item:7")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(latest, first_letters, tail)
