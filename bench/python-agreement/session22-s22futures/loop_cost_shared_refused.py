# A `# weft: cpu` cost on a loop that writes shared state: where inside the loop its time goes decides
# what the other thread sees, so weft refuses it and says to annotate the body's lines instead.
import threading

hits = []


def worker():
    for i in range(100):  # weft: cpu 10ms
        hits.append(i)


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(hits))
