# A module dict of (cost, links) tuples, read by key at run time: two walkers share a visited list
import threading

PAGES = {
    "home": (2, ["about", "blog"]),
    "about": (1, ["home"]),
    "blog": (3, []),
}
visited = []
cost = 0
seen_links = []
lock = threading.Lock()


def walk(start):
    global cost
    page = start
    for _ in range(2):
        weight, links = PAGES[page]
        with lock:
            visited.append(page)
            cost += weight * len(links)
            for link in links:
                seen_links.append(link)
        if not links:
            return
        page = links[0]


threads = [threading.Thread(target=walk, args=(p,)) for p in ("home", "blog")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("visited:", visited, "cost:", cost, "seen_links:", seen_links)
