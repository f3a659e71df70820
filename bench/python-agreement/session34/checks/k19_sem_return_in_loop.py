# `with sem:` holding a try/finally with `continue` and `return` inside a loop: released once each pass.
import threading

sem = threading.BoundedSemaphore(1)
handled = []
skipped = 0


def worker(items):
    global skipped
    for item in items:
        with sem:
            try:
                if item < 0:
                    skipped += 1
                    continue
                if item == 0:
                    return
                handled.append(item)
            finally:
                handled.append(-100)


threads = [threading.Thread(target=worker, args=(xs,)) for xs in ([1, -1, 2], [3, 0, 4])]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(handled), skipped)
