import threading

results = {}
log = []


def worker(name, text):
    try:
        results[name] = int(text)
    except ValueError as e:
        results[name] = e


threads = [threading.Thread(target=worker, args=a) for a in (("a", "1"), ("b", "x"))]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in ("a", "b"):
    value = results[name]
    if isinstance(value, Exception):
        log.append(value.args[0])
    else:
        log.append(value)
print(sorted(log, key=str))
