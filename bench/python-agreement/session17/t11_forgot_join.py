# bug: order violation: the report sums the downloaders' results before joining them
import threading


class Downloader(threading.Thread):
    def __init__(self, url: str):
        super().__init__()
        self.url = url
        self.size = 0

    def run(self):
        self.size = len(self.url) * 10


urls = ["a.example", "bb.example", "ccc.example"]
downloaders = [Downloader(u) for u in urls]
for d in downloaders:
    d.start()
total = sum(d.size for d in downloaders)
for d in downloaders:
    d.join()
print(f"downloaded {total} bytes")
assert total == 300, total
