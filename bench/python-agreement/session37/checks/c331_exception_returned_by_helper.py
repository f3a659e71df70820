import threading

log = []


def try_parse(text):
    try:
        return int(text), None
    except ValueError as e:
        return None, e


def worker(text):
    value, err = try_parse(text)
    if err is not None:
        log.append(err.args[0])
    else:
        log.append(value)


threads = [threading.Thread(target=worker, args=(t,)) for t in ("3", "z")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log, key=str))
