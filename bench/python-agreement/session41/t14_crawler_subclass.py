# bug: none
import threading
import time


class PageFetcher(threading.Thread):
    def __init__(self, url, depth):
        super().__init__(name=f"fetch-{url}")
        self.url = url
        self.depth = depth
        self.links = []
        self.error = None

    def run(self):
        try:
            for level in range(self.depth):
                time.sleep(0.001)
                if "bad" in self.url:
                    raise ConnectionError(f"cannot reach {self.url}")
                self.links.append(f"{self.url}/p{level}")
        except ConnectionError as exc:
            self.error = str(exc)


urls = {"site.org": 2, "bad.net": 3, "blog.io": 1}
fetchers = [PageFetcher(u, d) for u, d in urls.items()]
for f in fetchers:
    f.start()
for f in fetchers:
    f.join()

ok = {f.url: len(f.links) for f in fetchers if f.error is None}
errors = [f.error for f in fetchers if f.error]
alive = any(f.is_alive() for f in fetchers)
print(f"ok={ok} errors={errors} alive={alive}")
