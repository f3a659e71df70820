import threading

values = (0, "", None, "0", 0.0)
truthy = 0
nones = 0
got = None


def scan():
    global truthy, nones, got
    for v in values:
        if v:
            truthy += 1
        if v is None:
            nones += 1
    got = {"a": 1}.get("b")


t = threading.Thread(target=scan)
t.start()
t.join()
got_none = 1 if got is None else 0
print(truthy, nones, got_none)
