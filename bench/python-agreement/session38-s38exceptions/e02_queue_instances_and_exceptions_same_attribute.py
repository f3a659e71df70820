# Workers put either a result object or the exception they caught on one queue; both classes have a
# `code` attribute, and the reader reads `item.code` of each without testing its class.
import queue
import threading


class Reply:
    def __init__(self, code):
        self.code = code


class ApiError(Exception):
    def __init__(self, url, code):
        super().__init__(f"{url}: {code}")
        self.url = url
        self.code = code


outbox = queue.Queue()
log = []


def fetch(url, code):
    try:
        if code >= 500:
            raise ApiError(url, code)
        outbox.put(Reply(code))
    except ApiError as e:
        outbox.put(e)


threads = [threading.Thread(target=fetch, args=a) for a in (("/a", 200), ("/b", 503))]
for t in threads:
    t.start()
for t in threads:
    t.join()


def drain():
    for _ in range(2):
        item = outbox.get()
        log.append(item.code)


drain()
print(sorted(log))
