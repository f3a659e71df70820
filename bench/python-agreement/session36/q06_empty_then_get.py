# BUG: deadlock (check-then-act): two downloaders test queue.empty() and then call a blocking get();
# when both see one last URL, one takes it and the other blocks in get() forever.
import queue
import threading
import time

urls = queue.Queue()
for url in ["/a", "/b", "/c"]:
    urls.put(url)
downloaded = {}


def downloader(name):
    while not urls.empty():
        time.sleep(0.001)  # open the connection first
        url = urls.get()
        downloaded[url] = name
        urls.task_done()


threads = [threading.Thread(target=downloader, args=(f"d{i}",)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

count = len(downloaded)
print(f"downloaded={sorted(downloaded)} count={count}")
