import threading

slots = threading.BoundedSemaphore(1)
errors = []
uses = []


def user(name):
    with slots:
        uses.append(name)
    try:
        slots.release()
    except ValueError:
        errors.append(name)


threads = [threading.Thread(target=user, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(uses), sorted(errors))
