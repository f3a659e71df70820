# `for k in list(d):` snapshot while another thread deletes keys; `d.get(k)` then may be None.
import threading

sessions = {"a": 1, "b": 2, "c": 3}
seen = []


def reaper():
    for k in ("b", "c"):
        del sessions[k]


def auditor():
    for k in list(sessions):
        seen.append(sessions.get(k))


threads = [threading.Thread(target=auditor), threading.Thread(target=reaper)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen, sessions)
