"""Two crawlers share a `seen` set: the test and the add are apart, so a url can be fetched twice."""
import threading

seen = set()
pending = set([1, 2, 3])
fetched = 0


def crawl(url):
    global fetched
    if url not in seen:
        seen.add(url)
        fetched += 1
    pending.discard(url)


threads = [threading.Thread(target=crawl, args=(url,)) for url in (1, 2, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("fetched:", fetched, "pending:", len(pending))
