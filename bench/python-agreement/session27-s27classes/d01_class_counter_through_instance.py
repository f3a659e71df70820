# BUG: class-level counters written through instances without a lock; a second instance still reads
# the class's value, and the class's own attribute never changes.
import threading


class Meter:
    hits = 0
    label = "meter"
    limit = 10

    def bump(self):
        self.hits += 1


first = Meter()
second = Meter()


def work():
    for _ in range(2):
        first.bump()


threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
hits_first = first.hits
hits_second = second.hits
class_hits = Meter.hits
second.label = "renamed"
labels = f"{first.label}/{second.label}/{Meter.label}"
print(hits_first, hits_second, class_hits, labels)
assert hits_first == 4
