# Expected: `if x not in seen: seen.append(x)` in one thread over [10, 20, 10] gives seen == [10, 20] (no bug; CPython tests list membership by value). Reduced from session14b/t03_seen_list.py.
import threading

seen = []


def crawl(urls):
    for url in urls:
        if url not in seen:
            seen.append(url)


t = threading.Thread(target=crawl, args=([10, 20, 10],))
t.start()
t.join()
print(seen)
