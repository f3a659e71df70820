"""Two crawler threads add links with set.update; a third reads the size once."""
import threading

seen = set()
sizes = []


def crawl(links):
    seen.update(links)


def report():
    sizes.append(len(seen))


threads = [threading.Thread(target=crawl, args=(["/a", "/b"],)), threading.Thread(target=crawl, args=(["/b", "/c"],)), threading.Thread(target=report)]
for t in threads:
    t.start()
for t in threads:
    t.join()
final = len(seen)
print(final, sizes)
