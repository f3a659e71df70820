import threading
import time

stats = {"ok": 0, "err": 0}
reports = []


def traffic():
    stats["ok"] += 1
    time.sleep(0)
    stats["err"] += 1


def reporter():
    copy = stats.copy()
    reports.append(copy["ok"] + copy["err"])


threads = [threading.Thread(target=traffic), threading.Thread(target=reporter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(stats, reports)
