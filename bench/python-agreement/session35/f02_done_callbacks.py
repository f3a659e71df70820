"""A chain of futures: each download's done callback submits the parse step, and a final tally reads all."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

pages = {"home": 3, "about": 1, "blog": 5}
parsed = {}
parse_futures = []
lock = threading.Lock()
pool = ThreadPoolExecutor(max_workers=3)


def download(name):
    time.sleep(0.001 * pages[name])
    return name, "<p>" * pages[name]


def parse(name, html):
    return name, html.count("<p>")


def on_downloaded(fut):
    name, html = fut.result()
    with lock:
        parse_futures.append(pool.submit(parse, name, html))


downloads = []
for name in pages:
    f = pool.submit(download, name)
    f.add_done_callback(on_downloaded)
    downloads.append(f)
wait(downloads)
while True:
    with lock:
        if len(parse_futures) == len(pages):
            break
    time.sleep(0.001)
for f in wait(parse_futures).done:
    name, count = f.result()
    parsed[name] = count
pool.shutdown()
print("paragraphs:", dict(sorted(parsed.items())))
print("matches:", parsed == pages)
