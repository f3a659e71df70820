"""session35/f02 without its list of follow-up futures (and its string work): each done callback stores
the count; main polls until every page is in, then compares with the table it walked."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

pages = {"home": 3, "about": 1, "blog": 5}
parsed = {}
lock = threading.Lock()
pool = ThreadPoolExecutor(max_workers=3)


def download(name):
    time.sleep(0.001 * pages[name])
    return name, pages[name]


def on_downloaded(fut):
    name, count = fut.result()
    with lock:
        parsed[name] = count


downloads = []
for name in pages:
    f = pool.submit(download, name)
    f.add_done_callback(on_downloaded)
    downloads.append(f)
wait(downloads)
while True:
    with lock:
        if len(parsed) == len(pages):
            break
    time.sleep(0.001)
pool.shutdown()
matches = parsed["home"] == pages["home"] and parsed["blog"] == pages["blog"]
print("matches:", matches)
