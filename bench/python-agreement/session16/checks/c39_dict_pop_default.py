# check: dict.pop(key, default) claims a job once; two threads race to claim
import threading

pending = {"job1": 5}
claimed = []


def claim(name):
    job = pending.pop("job1", None)
    if job is not None:
        claimed.append(name)


ts = [threading.Thread(target=claim, args=(n,)) for n in ("a", "b")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(claimed, pending)
