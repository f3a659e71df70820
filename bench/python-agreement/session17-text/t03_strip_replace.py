"""Log lines cleaned by two workers (strip, lstrip/rstrip with chars, replace, startswith/endswith);
`last` is whichever wrote last."""
import threading

last = ""
errors = 0
lock = threading.Lock()


def clean(line):
    global last, errors
    text = line.strip()
    text = text.lstrip("[").rstrip("]").replace("  ", " ")
    if text.startswith("ERR") and not text.endswith("ok"):
        with lock:
            errors += 1
    last = text.replace(" ", "_", 1)


threads = [threading.Thread(target=clean, args=(l,)) for l in ("  [ERR  disk full]\n", "[INFO all ok]  ")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(last, errors)
