# A list's bound append as a Thread's target.
import threading

out = []
ts = [threading.Thread(target=out.append, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
