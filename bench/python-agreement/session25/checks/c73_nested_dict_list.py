# check: a dict of lists (setdefault/append) built by threads, then read back
import threading
from collections import defaultdict

by_status = defaultdict(list)
lock = threading.Lock()


def classify(codes):
    for code in codes:
        kind = "ok" if code < 400 else "error"
        with lock:
            by_status[kind].append(code)


t = threading.Thread(target=classify, args=([200, 404, 301, 500],))
t.start()
t.join()
ok_count = len(by_status["ok"])
first_error = by_status["error"][0]
kinds = ",".join(sorted(by_status))
print(ok_count, first_error, kinds)
