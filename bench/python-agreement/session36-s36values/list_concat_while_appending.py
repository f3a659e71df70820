# BUG: the reporter joins the two logs without the lock the writer takes, so its count can miss a write that went into the first log after the copy.
"""A writer appends to two lists made in a dict of lists; a reporter joins them with `+`."""
import threading

logs = {"in": [], "out": []}
reports = []


def writer():
    for n in range(2):
        logs["in"].append(n)
        logs["out"].append(-n)


def reporter():
    everything = logs["in"] + logs["out"]
    reports.append(len(everything))


threads = [threading.Thread(target=writer), threading.Thread(target=reporter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(reports, sorted(logs["in"] + logs["out"]))
