import threading

steps = []
log = []


def step(n):
    steps.append(n)


threads = [threading.Thread(target=step, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
frozen = tuple(steps)
log.append(frozen == (1, 2))
log.append(len(frozen))
print(log)  # ordered
