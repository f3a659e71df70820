import threading

log = ""
names = []
lock = threading.Lock()


def greet(name, n):
    global log
    text = f"{name.upper()}:{n:02d}"
    with lock:
        log += text + ";"
        names.append(name.title())


ts = [threading.Thread(target=greet, args=(nm, i)) for i, nm in enumerate(["ann", "bo"])]
for t in ts:
    t.start()
for t in ts:
    t.join()
joined = ",".join(sorted(names))
print(log, joined)
