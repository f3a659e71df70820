import threading

seen = set()
batches = [[1, 2, 3], [3, 4, 5]]
extra = [7, 8]
lock = threading.Lock()


def crawl(i):
    links = batches[i]
    with lock:
        seen.update(links)
    seen.update([10 + i, 20])


threads = [threading.Thread(target=crawl, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
seen.update(extra, (30,))
print("count", len(seen), "has4", 4 in seen, "has8", 8 in seen)
