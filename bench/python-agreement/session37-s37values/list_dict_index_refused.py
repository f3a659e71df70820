# REFUSED: a dict display of lists walked by .items() to start threads, and also indexed (SITES["news"]),
# which reaches a list the threads were handed (a thread appends to it).
import threading

SITES = {"news": [3, 4], "blog": [5]}
seen = []


def crawl(site, sizes):
    sizes.append(0)


threads = [threading.Thread(target=crawl, args=(s, sizes)) for s, sizes in SITES.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()
seen.append(len(SITES["news"]))
print(seen)
