# BUG: race: every Downloader increments the shared class counter without a lock (lost update)
import threading

URLS = ["/a.html", "/b.css", "/c.js"]


class Downloader(threading.Thread):
    completed = 0
    bytes_total = 0

    def __init__(self, url):
        super().__init__(name=f"dl{url}")
        self.url = url
        self.size = 0

    def run(self):
        self.size = len(self.url) * 100
        done = Downloader.completed
        Downloader.bytes_total += self.size
        Downloader.completed = done + 1


if __name__ == "__main__":
    downloads = [Downloader(u) for u in URLS]
    for d in downloads:
        d.start()
    for d in downloads:
        d.join()
    assert Downloader.completed == len(URLS), f"lost update: {Downloader.completed}"
