# Threads normalise names; string methods and slicing. No bug.
import threading

names = ["  Ada Lovelace", "grace HOPPER ", "alan turing"]
cleaned = []
lock = threading.Lock()


def clean(raw):
    parts = raw.strip().lower().split()
    initials = "".join(p[0].upper() for p in parts)
    short = parts[-1][:3].title()
    with lock:
        cleaned.append(f"{initials}:{short}:{parts[0][::-1]}")


threads = [threading.Thread(target=clean, args=(n,)) for n in names]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(cleaned))
