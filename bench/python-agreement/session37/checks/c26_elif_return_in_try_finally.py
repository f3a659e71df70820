import threading

log = []


def classify(text):
    try:
        if text == "":
            return 0
        elif text.isdigit():
            return int(text)
        else:
            return float(text)
    finally:
        log.append(f"seen {text}")


def worker(text):
    try:
        classify(text)
        log.append("done")
    except ValueError:
        log.append("bad")


threads = [threading.Thread(target=worker, args=(t,)) for t in ("", "7", "x")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
