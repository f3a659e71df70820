# BUG: pool workers bump a shared hit counter with `hits += 1` and no lock (read-modify-write race).
from concurrent.futures import ThreadPoolExecutor

hits = 0
pages = {"/": 0, "/about": 0}


def handle(path):
    global hits
    hits += 1
    pages[path] = pages[path] + 1
    return len(path)


requests = ["/", "/about", "/", "/"]
with ThreadPoolExecutor(max_workers=2) as pool:
    lengths = list(pool.map(handle, requests))

print("hits", hits, "pages", pages, "lengths", lengths)
assert hits == len(requests), f"lost hits: {hits}"
